/**
 * How each entry type becomes an entry of the model, and which of its own texts get French
 * typography: `resolve` builds with these, the render pool typesets ahead with these. The
 * `satisfies` makes a new entry type of the registry fail to compile until it is listed here.
 */
import type { TextRendering } from "../model/content-files.ts";
import type { Entry, EntryCommon, EntryType } from "../model/types.ts";
import { dynamiqueEntry, dynamiqueShortTexts } from "./dynamique/entry.ts";
import { evenementEntry, evenementShortTexts } from "./evenement/entry.ts";
import type { DynamiqueData, EvenementData, VisiteData } from "./registry.ts";
import { visiteEntry, visiteShortTexts } from "./visite/entry.ts";

interface EntryKind<Data> {
  readonly build: (common: EntryCommon, data: Data, render: TextRendering) => Entry;
  readonly shortTexts: (data: Data) => string[];
}

const ENTRY_KINDS = {
  dynamiques: { build: dynamiqueEntry, shortTexts: dynamiqueShortTexts },
  visites: { build: visiteEntry, shortTexts: visiteShortTexts },
  evenements: { build: evenementEntry, shortTexts: evenementShortTexts },
} satisfies { dynamiques: EntryKind<DynamiqueData>; visites: EntryKind<VisiteData>; evenements: EntryKind<EvenementData> } & Record<EntryType, unknown>;

type EntryFile =
  | { readonly type: "dynamiques"; readonly data: DynamiqueData }
  | { readonly type: "visites"; readonly data: VisiteData }
  | { readonly type: "evenements"; readonly data: EvenementData };

export function buildEntry(file: EntryFile, common: EntryCommon, render: TextRendering): Entry {
  const kind = ENTRY_KINDS[file.type] as EntryKind<EntryFile["data"]>;
  return kind.build(common, file.data, render);
}

/** The texts of an entry's own fields that its type typesets, in the order it typesets them. */
export function ownShortTexts(file: EntryFile): string[] {
  const kind = ENTRY_KINDS[file.type] as EntryKind<EntryFile["data"]>;
  return kind.shortTexts(file.data);
}

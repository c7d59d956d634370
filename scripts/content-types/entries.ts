/**
 * How each entry type becomes an entry of the model, which of its own texts get French
 * typography, which columns it adds to its open-data table and what it adds to its search
 * document: `resolve` builds with these, the render pool typesets ahead with these,
 * publish/open-data.ts and search/search-documents.ts write with these. The
 * `satisfies` makes a new entry type of the registry fail to compile until it is listed here.
 * (The registry cannot hold these: the model's types derive from the builders, and the
 * builders read the registry's frontmatter types.)
 */
import type { TextRendering } from "../model/content-files.ts";
import type { Dynamique, Entry, EntryType, Evenement, Observatory, Visite } from "../model/types.ts";
import type { EntryCommon } from "./shared/entry-common.ts";
import { dynamiqueEntry, dynamiqueShortTexts } from "./dynamique/entry.ts";
import { dynamiqueRecord } from "./dynamique/open-data.ts";
import { dynamiqueSearch } from "./dynamique/search.ts";
import { evenementEntry, evenementShortTexts } from "./evenement/entry.ts";
import { evenementRecord } from "./evenement/open-data.ts";
import { evenementSearch } from "./evenement/search.ts";
import type { DynamiqueData, EvenementData, VisiteData } from "./registry.ts";
import type { OpenRecord } from "./shared/open-data-values.ts";
import type { SearchFields } from "./shared/search-fields.ts";
import { visiteEntry, visiteShortTexts } from "./visite/entry.ts";
import { visiteRecord } from "./visite/open-data.ts";
import { visiteSearch } from "./visite/search.ts";

interface EntryKind<Data, Built extends Entry> {
  readonly build: (common: EntryCommon, data: Data, render: TextRendering) => Built;
  readonly shortTexts: (data: Data) => string[];
  /** Its row of `donnees/<type>.{json,csv}`: the common columns, then its own. */
  readonly openData: (entry: Built, common: OpenRecord, observatory: Observatory) => OpenRecord;
  /** What it adds to its search document, beyond what every entry gives. */
  readonly search: (entry: Built, observatory: Observatory) => SearchFields;
}

const ENTRY_KINDS = {
  dynamiques: { build: dynamiqueEntry, shortTexts: dynamiqueShortTexts, openData: dynamiqueRecord, search: dynamiqueSearch },
  visites: { build: visiteEntry, shortTexts: visiteShortTexts, openData: visiteRecord, search: visiteSearch },
  evenements: { build: evenementEntry, shortTexts: evenementShortTexts, openData: evenementRecord, search: evenementSearch },
} satisfies {
  dynamiques: EntryKind<DynamiqueData, Dynamique>;
  visites: EntryKind<VisiteData, Visite>;
  evenements: EntryKind<EvenementData, Evenement>;
} & Record<EntryType, unknown>;

type EntryFile =
  | { readonly type: "dynamiques"; readonly data: DynamiqueData }
  | { readonly type: "visites"; readonly data: VisiteData }
  | { readonly type: "evenements"; readonly data: EvenementData };

/** The kind of a type, its data and entry widened: `type` picks the matching one at run time. */
const kindOf = (type: EntryType) => ENTRY_KINDS[type] as unknown as EntryKind<EntryFile["data"], Entry>;

export function buildEntry(file: EntryFile, common: EntryCommon, render: TextRendering): Entry {
  return kindOf(file.type).build(common, file.data, render);
}

/** The texts of an entry's own fields that its type typesets, in the order it typesets them. */
export function ownShortTexts(file: EntryFile): string[] {
  return kindOf(file.type).shortTexts(file.data);
}

/** An entry's open-data row: `common`, the columns every entry has, then those of its type. */
export function entryOpenRecord(entry: Entry, common: OpenRecord, observatory: Observatory): OpenRecord {
  return kindOf(entry.type).openData(entry, common, observatory);
}

/** What an entry's type adds to its search document (content-types/<type>/search.ts). */
export function entrySearchFields(entry: Entry, observatory: Observatory): SearchFields {
  return kindOf(entry.type).search(entry, observatory);
}

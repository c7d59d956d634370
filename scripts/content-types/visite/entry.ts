/** A study visit as the site shows it: what its frontmatter adds to the fields every entry has. */
import type { EntryCommon } from "../shared/entry-common.ts";
import { datedEntryFields } from "../shared/dated-entry.ts";
import type { VisiteData } from "../registry.ts";

/** The model's `Visite` is what this returns (model/types.ts): a field added here reaches the templates. */
export function visiteEntry(common: EntryCommon, data: VisiteData) {
  return { ...common, type: "visites" as const, ...datedEntryFields(data), participants: data.participants ?? [] };
}

/** Its own texts that get French typography: none besides the common ones. */
export function visiteShortTexts(): string[] {
  return [];
}

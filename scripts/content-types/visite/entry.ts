/** A study visit as the site shows it: what its frontmatter adds to the fields every entry has. */
import type { EntryCommon, Visite } from "../../model/types.ts";
import { datedEntryFields } from "../shared/dated-entry.ts";
import type { VisiteData } from "../registry.ts";

export function visiteEntry(common: EntryCommon, data: VisiteData): Visite {
  return { ...common, type: "visites", ...datedEntryFields(data), participants: data.participants ?? [] };
}

/** Its own texts that get French typography: none besides the common ones. */
export function visiteShortTexts(): string[] {
  return [];
}

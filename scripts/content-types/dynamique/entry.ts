/** A dynamic as the site shows it: what its frontmatter adds to the fields every entry has. */
import type { Dynamique, EntryCommon } from "../../model/types.ts";
import type { DynamiqueData } from "../registry.ts";

export function dynamiqueEntry(common: EntryCommon, data: DynamiqueData): Dynamique {
  return { ...common, type: "dynamiques", kind: data.kind, founded: data.founded, website: data.website, mentionedBy: [] };
}

/** Its own texts that get French typography: none besides the common ones. */
export function dynamiqueShortTexts(): string[] {
  return [];
}

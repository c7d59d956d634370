/** A dynamic as the site shows it: what its frontmatter adds to the fields every entry has. */
import type { EntryLink } from "../../model/page.ts";
import type { EntryCommon } from "../shared/entry-common.ts";
import type { DynamiqueData } from "../registry.ts";

/** The model's `Dynamique` is what this returns (model/types.ts): a field added here reaches the templates. */
export function dynamiqueEntry(common: EntryCommon, data: DynamiqueData) {
  return {
    ...common,
    type: "dynamiques" as const,
    kind: data.kind,
    founded: data.founded,
    website: data.website,
    /** Visits and events that mention this dynamic (the other side of their `dynamics`), filled by resolve. */
    mentionedBy: [] as readonly EntryLink[],
  };
}

/** Its own texts that get French typography: none besides the common ones. */
export function dynamiqueShortTexts(): string[] {
  return [];
}

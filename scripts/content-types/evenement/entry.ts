/** An event as the site shows it: what its frontmatter adds to the fields every entry has. */
import type { TextRendering } from "../../model/content-files.ts";
import type { EntryCommon } from "../shared/entry-common.ts";
import { datedEntryFields } from "../shared/dated-entry.ts";
import type { EvenementData } from "../registry.ts";

/** The model's `Evenement` is what this returns (model/types.ts): a field added here reaches the templates. */
export function evenementEntry(common: EntryCommon, data: EvenementData, render: TextRendering) {
  return {
    ...common,
    type: "evenements" as const,
    ...datedEntryFields(data),
    place: data.place === undefined ? undefined : render.text(data.place),
    attendance: data.attendance,
    sessions: (data.sessions ?? []).map((session) => ({
      ...session,
      title: render.text(session.title),
      place: session.place === undefined ? undefined : render.text(session.place),
    })),
  };
}

/** Its own texts that `evenementEntry` typesets: its place, its sessions' titles and places. */
export function evenementShortTexts(data: EvenementData): string[] {
  return [
    ...(data.place === undefined ? [] : [data.place]),
    ...(data.sessions ?? []).flatMap((session) => [session.title, ...(session.place === undefined ? [] : [session.place])]),
  ];
}

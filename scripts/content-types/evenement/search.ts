/** What an event adds to its search document: its dates, place, organizers and the titles of its sessions. */
import type { Evenement } from "../../model/types.ts";
import type { SearchFields } from "../shared/search-fields.ts";

export function evenementSearch(entry: Evenement): SearchFields {
  return {
    date: entry.date,
    end: entry.end,
    more: [entry.place, entry.organizers, entry.sessions.map((session) => session.title)],
  };
}

/** What a study visit adds to its search document: its dates, organizers and participants. */
import type { Visite } from "../../model/types.ts";
import type { SearchFields } from "../shared/search-fields.ts";

export function visiteSearch(entry: Visite): SearchFields {
  return { date: entry.date, end: entry.end, more: [entry.organizers, entry.participants] };
}

/** The columns a study visit adds to the common ones in `donnees/visites.{json,csv}`. */
import type { Visite } from "../../model/types.ts";
import { type OpenRecord, iso } from "../shared/open-data-values.ts";

export function visiteRecord(entry: Visite, common: OpenRecord): OpenRecord {
  return { ...common, date: entry.date.iso, fin: iso(entry.end), organisateurs: [...entry.organizers], participants: [...entry.participants], dynamiques: [...entry.dynamics] };
}

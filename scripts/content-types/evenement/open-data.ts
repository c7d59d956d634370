/** The columns an event adds to the common ones in `donnees/evenements.{json,csv}`. */
import type { Evenement } from "../../model/types.ts";
import { type OpenRecord, iso } from "../shared/open-data-values.ts";

export function evenementRecord(entry: Evenement, common: OpenRecord): OpenRecord {
  return {
    ...common,
    date: entry.date.iso,
    fin: iso(entry.end),
    lieu: entry.place ?? null,
    participants_total: entry.attendance ?? null,
    organisateurs: [...entry.organizers],
    dynamiques: [...entry.dynamics],
    seances: entry.sessions.map((session) => ({
      date: session.date.iso,
      titre: session.title,
      lieu: session.place ?? null,
      participants: session.attendance ?? null,
    })),
  };
}

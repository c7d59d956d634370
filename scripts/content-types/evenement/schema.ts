import { z } from "zod";
import type { Vocabulary } from "../vocabulary.ts";
import { commonEntryFields } from "../shared/entry-fields.ts";
import { checkEndNotBeforeStart, datedFields } from "../shared/dated-entry.ts";
import { partialDate } from "../shared/fields.ts";
import { formatPeriod } from "../../dates/format-french.ts";
import { isWithin } from "../../dates/partial-date.ts";
import { issue } from "../../errors/catalogue.ts";

const attendance = z.number().int().min(0);

const session = z.strictObject({
  date: partialDate.meta({ description: "Date de la séance, comprise entre « date » et « end » de l’événement." }),
  title: z.string().trim().min(3).max(160).meta({ description: "Intitulé de la séance." }),
  place: z.string().trim().min(1).max(200).optional().meta({ description: "Lieu de la séance." }),
  attendance: attendance.optional().meta({ description: "Nombre de participants à la séance." }),
});

/** An event: a meeting, a day of talks, the « mois de l’ESS »… */
export function evenementSchema(vocabulary: Vocabulary) {
  return z
    .strictObject({
      ...commonEntryFields(vocabulary),
      ...datedFields,
      place: z.string().trim().min(1).max(200).optional().meta({ description: "Lieu." }),
      attendance: attendance.optional().meta({ description: "Nombre total de participants, s’il est connu." }),
      sessions: z.array(session).optional().meta({
        description: "Séances d’un événement en plusieurs temps : date, title, et si connus place et attendance.",
      }),
    })
    .superRefine((entry, ctx) => {
      checkEndNotBeforeStart(entry, ctx);
      entry.sessions?.forEach((item, index) => {
        if (!isWithin(item.date, entry.date, entry.end)) {
          ctx.addIssue({
            ...issue("sessionOutsideEvent", { session: item.date.iso, period: formatPeriod(entry.date, entry.end) }),
            path: ["sessions", index, "date"],
          });
        }
      });
    });
}

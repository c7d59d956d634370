/** Rules for entries that happen at a date: visites and evenements. */
import { z } from "zod";
import { type PartialDate, firstDay, lastDay } from "../../dates/partial-date.ts";
import { issue } from "../../errors/catalogue.ts";
import { nameList, partialDate, slugReference } from "./fields.ts";

export const datedFields = {
  date: partialDate.meta({ description: "Premier jour (AAAA, AAAA-MM ou AAAA-MM-JJ)." }),
  end: partialDate.optional().meta({ description: "Dernier jour, s’il y en a plusieurs." }),
  organizers: nameList.optional().meta({ description: "Organisateurs." }),
  dynamics: z
    .array(slugReference)
    .optional()
    .meta({ description: "Dynamiques concernées : noms de fichier de content/dynamiques/, sans « .md »." }),
};

/** `end`, when given, is not before `date`: an `end` of « 2018-10 » after a `date` of « 2018-10-15 » is fine. */
export function checkEndNotBeforeStart(
  entry: { date: PartialDate; end?: PartialDate | undefined },
  ctx: z.RefinementCtx,
): void {
  if (entry.end && lastDay(entry.end) < firstDay(entry.date)) {
    ctx.addIssue({ ...issue("endBeforeStart", { end: entry.end.iso, start: entry.date.iso }), path: ["end"] });
  }
}

/** The fields visits and events both take from their frontmatter, as the site shows them. */
export function datedEntryFields(data: {
  date: PartialDate;
  end?: PartialDate | undefined;
  organizers?: string[] | undefined;
  dynamics?: string[] | undefined;
}) {
  return { date: data.date, end: data.end, organizers: data.organizers ?? [], dynamics: data.dynamics ?? [] };
}

import { z } from "zod";
import type { Vocabulary } from "../vocabulary.ts";
import { commonEntryFields } from "../shared/entry-fields.ts";
import { httpUrl, partialDate } from "../shared/fields.ts";
import { issue } from "../../errors/catalogue.ts";
import { closestMatch } from "../../text/suggest.ts";

/** A collective dynamic: a PTCE, a tiers-lieu, a local currency, a TZCLD… */
export function dynamiqueSchema(vocabulary: Vocabulary) {
  const kinds = Object.keys(vocabulary.kinds);
  return z.strictObject({
    ...commonEntryFields(vocabulary),
    kind: z
      .string()
      .superRefine((value, ctx) => {
        if (!kinds.includes(value)) ctx.addIssue(issue("unknownKind", { value, suggestion: closestMatch(value, kinds) }));
      })
      .meta({ description: "Type de dynamique, choisi dans data/kinds.json (ex. « ptce », « tiers-lieu »)." }),
    founded: partialDate.optional().meta({ description: "Date de création, à la précision connue (AAAA, AAAA-MM ou AAAA-MM-JJ)." }),
    website: httpUrl.optional().meta({ description: "Site web (http ou https)." }),
  });
}

import { z } from "zod";
import type { Vocabulary } from "../vocabulary.ts";
import { commonEntryFields } from "../shared/entry-fields.ts";
import { checkEndNotBeforeStart, datedFields } from "../shared/dated-entry.ts";
import { nameList } from "../shared/fields.ts";

/** A study visit to a territory. */
export function visiteSchema(vocabulary: Vocabulary) {
  return z
    .strictObject({
      ...commonEntryFields(vocabulary),
      ...datedFields,
      participants: nameList.optional().meta({
        description: "Participants : organisations ou personnes dans un rôle public.",
      }),
    })
    .superRefine(checkEndNotBeforeStart);
}

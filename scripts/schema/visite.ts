import { z } from "zod";
import type { Vocabulary } from "./vocabulary.ts";
import { commonEntryFields } from "./entry-fields.ts";
import { checkEndNotBeforeStart, datedFields } from "./dated-entry.ts";
import { nameList } from "./fields.ts";

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

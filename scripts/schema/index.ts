/**
 * One schema per content type: the single source of truth for validation,
 * the TypeScript types of the model, the JSON Schemas and the contributor guide.
 */
import type { z } from "zod";
import { dynamiqueSchema } from "./dynamique.ts";
import { evenementSchema } from "./evenement.ts";
import { territoireSchema } from "./territoire.ts";
import { visiteSchema } from "./visite.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** The four content folders; each folder name is the entry's type. */
export const CONTENT_TYPES = ["dynamiques", "visites", "evenements", "territoires"] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The singular names used by `npm run new` and in French text. */
export const SINGULAR: Record<ContentType, string> = {
  dynamiques: "dynamique",
  visites: "visite",
  evenements: "evenement",
  territoires: "territoire",
};

export function buildSchemas(vocabulary: Vocabulary) {
  return {
    dynamiques: dynamiqueSchema(vocabulary),
    visites: visiteSchema(vocabulary),
    evenements: evenementSchema(vocabulary),
    territoires: territoireSchema(),
  } satisfies Record<ContentType, z.ZodType>;
}

export type Schemas = ReturnType<typeof buildSchemas>;

/** The validated frontmatter of each type, derived from its schema. */
export type DynamiqueData = z.output<Schemas["dynamiques"]>;
export type VisiteData = z.output<Schemas["visites"]>;
export type EvenementData = z.output<Schemas["evenements"]>;
export type TerritoireData = z.output<Schemas["territoires"]>;

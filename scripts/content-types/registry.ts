/**
 * The content types, listed once. Each folder of `content-types/` holds one type: its
 * schema (the single source of validation, of the model's types, of the JSON Schemas and
 * of the contributor guide) and its names. Everything that goes over the types reads them here.
 */
import type { z } from "zod";
import { dynamique } from "./dynamique/index.ts";
import { evenement } from "./evenement/index.ts";
import { territoire } from "./territoire/index.ts";
import { visite } from "./visite/index.ts";
import type { ContentTypeLabels } from "./shared/definition.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** In the order of the site's lists, of `npm run check`'s count and of the contributor guide. */
export const CONTENT_TYPE_DEFINITIONS = [dynamique, visite, evenement, territoire] as const;
type Definition = (typeof CONTENT_TYPE_DEFINITIONS)[number];

/** The four content folders; each folder name is the entry's type. */
export type ContentType = Definition["folder"];
export const CONTENT_TYPES: readonly ContentType[] = CONTENT_TYPE_DEFINITIONS.map((definition) => definition.folder);

const byFolder = <T>(pick: (definition: Definition) => T): Record<ContentType, T> =>
  Object.fromEntries(CONTENT_TYPE_DEFINITIONS.map((definition) => [definition.folder, pick(definition)])) as Record<ContentType, T>;

/** The singular names used by `npm run new` and in French text. */
export const SINGULAR: Record<ContentType, string> = byFolder((definition) => definition.singular);

/** The French names of each type, for readers and for `npm run check`. */
export const LABELS: Record<ContentType, ContentTypeLabels> = byFolder((definition) => definition.labels);

export type Schemas = { [D in Definition as D["folder"]]: ReturnType<D["schema"]> };

export function buildSchemas(vocabulary: Vocabulary): Schemas {
  return byFolder((definition) => definition.schema(vocabulary) as z.ZodType) as Schemas;
}

/** The validated frontmatter of each type, derived from its schema. */
export type DynamiqueData = z.output<Schemas["dynamiques"]>;
export type VisiteData = z.output<Schemas["visites"]>;
export type EvenementData = z.output<Schemas["evenements"]>;
export type TerritoireData = z.output<Schemas["territoires"]>;

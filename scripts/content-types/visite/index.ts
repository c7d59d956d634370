/** A study visit (`content/visites/`): its names and its rules. */
import type { ContentTypeDefinition } from "../shared/definition.ts";
import { visiteSchema } from "./schema.ts";

export const visite = {
  folder: "visites",
  singular: "visite",
  labels: { one: "Visite d’étude", many: "Visites d’étude", counted: { one: "visite", many: "visites" } },
  schema: visiteSchema,
} as const satisfies ContentTypeDefinition<"visites", ReturnType<typeof visiteSchema>>;

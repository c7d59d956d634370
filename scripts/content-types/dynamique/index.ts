/** A collective dynamic (`content/dynamiques/`): its names and its rules. */
import type { ContentTypeDefinition } from "../shared/definition.ts";
import { dynamiqueSchema } from "./schema.ts";

export const dynamique = {
  folder: "dynamiques",
  singular: "dynamique",
  labels: { one: "Dynamique", many: "Dynamiques", counted: { one: "dynamique", many: "dynamiques" } },
  schema: dynamiqueSchema,
} as const satisfies ContentTypeDefinition<"dynamiques", ReturnType<typeof dynamiqueSchema>>;

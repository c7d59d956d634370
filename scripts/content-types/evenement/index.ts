/** An event (`content/evenements/`): its names and its rules. */
import type { ContentTypeDefinition } from "../shared/definition.ts";
import { evenementSchema } from "./schema.ts";

export const evenement = {
  folder: "evenements",
  singular: "evenement",
  labels: { one: "Événement", many: "Événements", counted: { one: "événement", many: "événements" } },
  schema: evenementSchema,
} as const satisfies ContentTypeDefinition<"evenements", ReturnType<typeof evenementSchema>>;

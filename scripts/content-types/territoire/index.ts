/** A territory (`content/territoires/`): its names and its rules. */
import type { ContentTypeDefinition } from "../shared/definition.ts";
import { territoireSchema } from "./schema.ts";

export const territoire = {
  folder: "territoires",
  singular: "territoire",
  labels: { one: "Territoire", many: "Territoires", counted: { one: "territoire", many: "territoires" } },
  schema: territoireSchema,
} as const satisfies ContentTypeDefinition<"territoires", ReturnType<typeof territoireSchema>>;

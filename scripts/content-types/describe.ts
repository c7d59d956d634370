/**
 * Reads the schemas back as documentation: field names, whether they are required,
 * and their French descriptions. Used by `npm run new`, CONTRIBUTING.md and the
 * published JSON Schemas, so none of them can drift from validation.
 */
import { z } from "zod";
import { type ContentType, type Schemas } from "./registry.ts";

export interface FieldDescription {
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  throw new TypeError("Un schéma de type de contenu doit être un objet.");
}

export function describeFields(schema: z.ZodType): FieldDescription[] {
  return Object.entries(objectShape(schema)).map(([name, field]) => ({
    name,
    required: !field.safeParse(undefined).success,
    description: field.description ?? "",
  }));
}

/** The JSON Schema of each content type, for editors and for the open-data page. */
export function jsonSchemas(schemas: Schemas): Record<ContentType, unknown> {
  const entries = Object.entries(schemas).map(([type, schema]) => [
    type,
    z.toJSONSchema(schema as z.ZodType, { io: "input", unrepresentable: "any" }),
  ]);
  return Object.fromEntries(entries) as Record<ContentType, unknown>;
}

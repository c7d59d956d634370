/**
 * Step 3 — validate: check each file's frontmatter against the schema of its type,
 * and turn every problem into a French message at the line where it is written.
 */
import type { z } from "zod";
import { type ContentError, type Position, contentError } from "../errors/content-error.ts";
import type { MessageKey } from "../errors/catalogue.ts";
import type { Schemas } from "../content-types/registry.ts";
import type { FieldPath, ParsedFile, ValidFile } from "../model/content-files.ts";
import { slugify } from "../text/slugify.ts";
import { closestMatch } from "../text/suggest.ts";
import { fieldLabel } from "./field-label.ts";
import { invisibleCharacterErrors } from "./validate-characters.ts";
import { bodyNestingErrors } from "./body-nesting.ts";

export type { ValidFile } from "../model/content-files.ts";

export type ValidationResult = { ok: true; file: ValidFile } | { ok: false; errors: ContentError[] };

export function validateFile(file: ParsedFile, schemas: Schemas): ValidationResult {
  const schema: z.ZodType = schemas[file.type];
  const result = schema.safeParse(file.data);
  // One rule for every string of every schema, and for the body (validate-characters.ts).
  const characterErrors = invisibleCharacterErrors(file);
  // A body nested deeper than every renderer can show whole (body-nesting.ts).
  const nestingErrors = bodyNestingErrors(file);
  if (result.success && characterErrors.length === 0 && nestingErrors.length === 0) {
    return { ok: true, file: { ...file, data: result.data } as ValidFile };
  }
  const errors = result.success ? [] : result.error.issues.flatMap((problem) => translateIssue(problem, file, schema));
  return { ok: false, errors: dedupe([...characterErrors, ...nestingErrors, ...errors]) };
}

const EXPECTED: Record<string, string> = {
  string: "un texte",
  number: "un nombre",
  int: "un nombre entier",
  boolean: "true ou false",
  array: "une liste (lignes commençant par « - »)",
  object: "un ensemble de champs « nom: valeur »",
};

function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const segment of path) {
    // A single slug written where a list is allowed (`territory: figeac`) stands for its first item.
    if (typeof value === "string" && segment === 0) continue;
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function translateIssue(problem: z.core.$ZodIssue, file: ParsedFile, schema: z.ZodType): ContentError[] {
  const rawPath = problem.path.filter((segment): segment is string | number => typeof segment !== "symbol");
  // `territory: figeac` is read as a one-item list; speak of the field as it was written.
  const path = rawPath.at(-1) === 0 && typeof valueAt(file.data, rawPath.slice(0, -1)) === "string" ? rawPath.slice(0, -1) : rawPath;
  const field = fieldLabel(path);
  const at = file.locate(path);
  const value = valueAt(file.data, path);
  const error = <K extends MessageKey>(key: K, params: Parameters<typeof contentError<K>>[3]) =>
    contentError(file.path, at, key, params);

  if (problem.code !== "unrecognized_keys" && problem.code !== "custom") {
    if (value === undefined || value === null) return [error("missingField", { field })];
    if (typeof value === "string" && value.trim() === "") return [error("emptyField", { field })];
  } else if (typeof value === "string" && value.trim() === "") {
    return [error("emptyField", { field })];
  }
  switch (problem.code) {
    case "unrecognized_keys": {
      const known = knownFields(schema, path);
      return problem.keys.map((key) =>
        contentError(file.path, file.locate([...path, key], "key"), "unknownField", {
          field: fieldLabel([...path, key]),
          suggestion: closestMatch(key, known),
          known: known.join(", "),
        }),
      );
    }
    case "invalid_type":
      if (problem.expected === "string" && typeof value === "number") return [numberNotText(file, path, at, value, error)];
      return [error("wrongType", { field, expected: EXPECTED[problem.expected] ?? problem.expected })];
    case "too_small":
      if (problem.origin === "string") {
        return [error("textTooShort", { field, minimum: Number(problem.minimum), length: String(value).trim().length })];
      }
      if (problem.origin === "array") return [error("listTooShort", { field, minimum: Number(problem.minimum) })];
      return [error("numberTooSmall", { field, minimum: Number(problem.minimum) })];
    case "too_big":
      if (problem.origin === "number") return [error("numberTooLarge", { field, maximum: Number(problem.maximum) })];
      return [error("textTooLong", { field, maximum: Number(problem.maximum), length: String(value).length })];
    case "invalid_value": {
      const known = problem.values.map(String);
      return [error("invalidValue", { field, value: shown(value), suggestion: closestMatch(shown(value), known), known: known.join(", ") })];
    }
    case "custom":
      return [customIssue(problem, file, field, value, error)];
    default:
      return [error("wrongType", { field, expected: "d’une autre forme" })];
  }
}

/** Refinements either carry their catalogue message already, or only its key. */
function customIssue(
  problem: z.core.$ZodIssueCustom,
  file: ParsedFile,
  field: string,
  value: unknown,
  error: <K extends MessageKey>(key: K, params: Parameters<typeof contentError<K>>[3]) => ContentError,
): ContentError {
  const key = problem.params?.["key"] as MessageKey | undefined;
  switch (key) {
    case "invalidSlug":
      return error("invalidSlug", { value: shown(value), suggestion: slugify(shown(value)) || "nom-du-fichier" });
    case "invalidUrl":
      return error("invalidUrl", { value: shown(value) });
    case "summaryNotPlain":
      return error("summaryNotPlain", {});
    case "missingField":
      return error("missingField", { field });
    default:
      // Checks written inside schemas render their catalogue message already (`issue` in catalogue.ts) and name its key.
      return { file: file.path, ...file.locate(problem.path as FieldPath), key: key ?? "wrongType", message: problem.message || field };
  }
}

/**
 * A text written without quotes that YAML reads as a number (`code: 01004` is the number 1004):
 * the fix is the value as the contributor wrote it, between quotes, read back from the file.
 */
function numberNotText(
  file: ParsedFile,
  path: FieldPath,
  at: Position,
  value: number,
  error: <K extends MessageKey>(key: K, params: Parameters<typeof contentError<K>>[3]) => ContentError,
): ContentError {
  const line = file.text.split("\n", at.line)[at.line - 1] ?? "";
  // The value ends at a space, a comment, or the end of an item in `[a, b]` or `{a: b}`.
  const written = /^[^\s,\]}#]+/.exec(line.slice(at.column - 1))?.[0] ?? String(value);
  const name = path.at(-1);
  const quoted = `"${written}"`;
  return error("numberNotText", {
    field: fieldLabel(path),
    written,
    read: String(value),
    suggestion: typeof name === "string" ? `${name}: ${quoted}` : quoted,
  });
}

/** The field names allowed at a place in the schema, for « did you mean » suggestions. */
function knownFields(schema: z.ZodType, path: FieldPath): string[] {
  let node: z.core.$ZodType | undefined = schema;
  for (const segment of path) {
    node = unwrap(node);
    const def: z.core.$ZodTypeDef | undefined = node?._zod.def;
    if (def?.type === "array") node = (def as z.core.$ZodArrayDef).element;
    else if (def?.type === "object") node = (def as z.core.$ZodObjectDef).shape[String(segment)];
    else return [];
  }
  const def = unwrap(node)?._zod.def;
  return def?.type === "object" ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}

/** Sees through optional fields and preprocessing to the shape underneath. */
function unwrap(node: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let current = node;
  for (let guard = 0; current && guard < 10; guard += 1) {
    const def = current._zod.def as z.core.$ZodTypeDef & { innerType?: z.core.$ZodType; in?: z.core.$ZodType; out?: z.core.$ZodType };
    if (def.type === "optional" || def.type === "nullable" || def.type === "default") current = def.innerType;
    else if (def.type === "pipe") current = def.out?._zod.def.type === "transform" ? def.in : def.out;
    else return current;
  }
  return current;
}

/** A contributor's value as it would read in their file. */
function shown(value: unknown): string {
  if (value === undefined || value === null) return "(vide)";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function dedupe(errors: ContentError[]): ContentError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.line}:${error.column}:${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

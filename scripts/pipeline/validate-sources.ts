/** Steps parse and validate, file by file: what `check` spends most of its time on. */
import type { ContentError } from "../errors/content-error.ts";
import { type Schemas, buildSchemas } from "../content-types/registry.ts";
import type { Vocabulary } from "../content-types/vocabulary.ts";
import type { LoadResult, SourceFile } from "./load.ts";
import { parseSourceFile } from "./parse.ts";
import { type ValidFile, type ValidationResult, validateFile } from "./validate.ts";

export interface Validation {
  readonly valid: ValidFile[];
  readonly errors: ContentError[];
}

/** Every loaded file parsed and validated, in order; the loading errors come first. */
export function validateSources(loaded: LoadResult, vocabulary: Vocabulary): Validation {
  const schemas = buildSchemas(vocabulary);
  const errors: ContentError[] = [...loaded.errors];
  const valid: ValidFile[] = [];
  for (const source of loaded.files) {
    const outcome = validateSource(source, schemas);
    if (outcome.ok) valid.push(outcome.file);
    else errors.push(...outcome.errors);
  }
  return { valid, errors };
}

/** Parse and validate one file: what the preview redoes for a changed file, and only for it. */
export function validateSource(source: SourceFile, schemas: Schemas): ValidationResult {
  const parsed = parseSourceFile(source);
  return parsed.ok ? validateFile(parsed.file, schemas) : parsed;
}

/**
 * The work every thread of the validation pool does: take the next chunk of files from
 * the shared counter until none is left, and parse and validate each of them.
 */
import type { ContentError } from "../errors/content-error.ts";
import { buildSchemas } from "../schema/index.ts";
import type { Vocabulary } from "../schema/vocabulary.ts";
import type { SourceFile } from "./load.ts";
import { validateSource } from "./validate-sources.ts";
import type { ValidationResult } from "./validate.ts";

export interface ValidationJob {
  readonly sources: readonly SourceFile[];
  readonly vocabulary: Vocabulary;
  /** One Int32: the index of the next chunk to take, shared by every thread. */
  readonly nextChunk: SharedArrayBuffer;
  readonly chunkSize: number;
}

/** A validation result that can cross to another thread: a valid file without its locator (a function). */
export type ValidatedParts = { ok: true; data: unknown; body: string; bodyLine: number } | { ok: false; errors: ContentError[] };

export interface ValidationAnswer {
  /** Results by file index, for the chunks a worker took. */
  readonly results: ReadonlyArray<readonly [number, ValidatedParts]>;
}

export function validateChunks(job: ValidationJob, visit: (index: number, outcome: ValidationResult) => void): void {
  const schemas = buildSchemas(job.vocabulary);
  const counter = new Int32Array(job.nextChunk);
  for (let chunk = Atomics.add(counter, 0, 1); chunk * job.chunkSize < job.sources.length; chunk = Atomics.add(counter, 0, 1)) {
    const end = Math.min((chunk + 1) * job.chunkSize, job.sources.length);
    for (let index = chunk * job.chunkSize; index < end; index += 1) visit(index, validateSource(job.sources[index] as SourceFile, schemas));
  }
}

export function partsOf(outcome: ValidationResult): ValidatedParts {
  return outcome.ok ? { ok: true, data: outcome.file.data, body: outcome.file.body, bodyLine: outcome.file.bodyLine } : outcome;
}

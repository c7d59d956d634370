/**
 * A worker thread of the validation pool: takes chunks of files from the shared counter
 * until none is left, parses and validates them, and answers with what it found. A valid
 * file travels without its locator (a function); the main thread rebuilds one on demand.
 */
import { parentPort } from "node:worker_threads";
import { buildSchemas } from "../schema/index.ts";
import type { Vocabulary } from "../schema/vocabulary.ts";
import type { ContentError } from "../errors/content-error.ts";
import { validateSource } from "./validate-sources.ts";
import type { SourceFile } from "./load.ts";

export interface ValidationJob {
  readonly sources: readonly SourceFile[];
  readonly vocabulary: Vocabulary;
  /** One Int32: the index of the next chunk to take, shared with the main thread. */
  readonly nextChunk: SharedArrayBuffer;
  readonly chunkSize: number;
}

export type ValidatedParts = { ok: true; data: unknown; body: string; bodyLine: number } | { ok: false; errors: ContentError[] };

export interface ValidationAnswer {
  /** Results by file index, for the chunks this worker took. */
  readonly results: ReadonlyArray<readonly [number, ValidatedParts]>;
}

parentPort?.on("message", (job: ValidationJob) => {
  const schemas = buildSchemas(job.vocabulary);
  const counter = new Int32Array(job.nextChunk);
  const results: Array<readonly [number, ValidatedParts]> = [];
  for (let chunk = Atomics.add(counter, 0, 1); chunk * job.chunkSize < job.sources.length; chunk = Atomics.add(counter, 0, 1)) {
    const end = Math.min((chunk + 1) * job.chunkSize, job.sources.length);
    for (let index = chunk * job.chunkSize; index < end; index += 1) {
      const outcome = validateSource(job.sources[index] as SourceFile, schemas);
      results.push([index, outcome.ok ? { ok: true, data: outcome.file.data, body: outcome.file.body, bodyLine: outcome.file.bodyLine } : outcome]);
    }
  }
  parentPort?.postMessage({ results } satisfies ValidationAnswer);
});

/**
 * A worker thread of the validation pool: validates chunks of files until none is left
 * (validation-chunks.ts) and answers with what it found. A valid file travels without
 * its locator; the main thread rebuilds one on demand.
 */
import { parentPort } from "node:worker_threads";
import { type ValidatedParts, type ValidationAnswer, type ValidationJob, partsOf, validateChunks } from "./validation-chunks.ts";

parentPort?.on("message", (job: ValidationJob) => {
  const results: Array<readonly [number, ValidatedParts]> = [];
  validateChunks(job, (index, outcome) => results.push([index, partsOf(outcome)]));
  parentPort?.postMessage({ results } satisfies ValidationAnswer);
});

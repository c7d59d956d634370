/**
 * The work every thread of the validation pool does: take the next chunk of files from
 * the shared counter until none is left, and parse and validate each of them.
 *
 * The workers get the files' texts encoded once into shared memory, and answer with the
 * data of each valid file only (the main thread cuts the body from the text it has):
 * copying ten thousand texts to a worker and their bodies back, as messages, cost more
 * than the worker saved.
 */
import type { ContentError } from "../errors/content-error.ts";
import { buildSchemas } from "../content-types/registry.ts";
import type { Vocabulary } from "../content-types/vocabulary.ts";
import type { SourceFile } from "./load.ts";
import { validateSource } from "./validate-sources.ts";
import type { ValidationResult } from "./validate.ts";

/** Files whose texts are in one SharedArrayBuffer, in UTF-8, one after the other. */
export interface SharedSources {
  readonly files: ReadonlyArray<Omit<SourceFile, "text">>;
  readonly texts: SharedArrayBuffer;
  /** Where each text starts, in bytes, and where the last one ends: one more than `files`. */
  readonly offsets: readonly number[];
}

export interface ValidationJob {
  /** The files themselves on the main thread; a worker gets them shared. */
  readonly sources: readonly SourceFile[] | SharedSources;
  readonly vocabulary: Vocabulary;
  /** One Int32: the index of the next chunk to take, shared by every thread. */
  readonly nextChunk: SharedArrayBuffer;
  readonly chunkSize: number;
}

/** A validation result that can cross to another thread: a valid file's data, or its errors. */
export type ValidatedParts = { ok: true; data: unknown } | { ok: false; errors: ContentError[] };

export interface ValidationAnswer {
  /** Results by file index, for the chunks a worker took. */
  readonly results: ReadonlyArray<readonly [number, ValidatedParts]>;
}

/** The files as a worker gets them: encoding them is a copy of the bytes, with no object per file. */
export function shareSources(sources: readonly SourceFile[]): SharedSources {
  const offsets = [0];
  for (const source of sources) offsets.push((offsets.at(-1) as number) + Buffer.byteLength(source.text));
  const texts = new SharedArrayBuffer(offsets.at(-1) as number);
  const bytes = Buffer.from(texts);
  sources.forEach((source, index) => bytes.write(source.text, offsets[index] as number, "utf8"));
  return { files: sources.map(({ path, type, slug }) => ({ path, type, slug })), texts, offsets };
}

function sourceReader(sources: ValidationJob["sources"]): { count: number; at: (index: number) => SourceFile } {
  if (Array.isArray(sources)) return { count: sources.length, at: (index) => sources[index] as SourceFile };
  const shared = sources as SharedSources;
  const bytes = Buffer.from(shared.texts);
  return {
    count: shared.files.length,
    // The texts were decoded strictly when read, so they come back unchanged.
    at: (index) => ({ ...(shared.files[index] as SourceFile), text: bytes.toString("utf8", shared.offsets[index], shared.offsets[index + 1]) }),
  };
}

export function validateChunks(job: ValidationJob, visit: (index: number, outcome: ValidationResult) => void): void {
  const schemas = buildSchemas(job.vocabulary);
  const sources = sourceReader(job.sources);
  const counter = new Int32Array(job.nextChunk);
  for (let chunk = Atomics.add(counter, 0, 1); chunk * job.chunkSize < sources.count; chunk = Atomics.add(counter, 0, 1)) {
    const end = Math.min((chunk + 1) * job.chunkSize, sources.count);
    for (let index = chunk * job.chunkSize; index < end; index += 1) visit(index, validateSource(sources.at(index), schemas));
  }
}

export function partsOf(outcome: ValidationResult): ValidatedParts {
  return outcome.ok ? { ok: true, data: outcome.file.data } : outcome;
}

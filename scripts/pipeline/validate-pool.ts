/**
 * Parse and validate spread over the machine's cores, for very large contents (see
 * MINIMUM_FILES_FOR_WORKERS): each file is independent of the others. The workers are started
 * before the files are read, so that they load their code while the main thread reads;
 * then the main thread and the workers take chunks of files from one shared counter, so a
 * worker still starting up simply takes fewer. The result is exactly the one-thread
 * result, in the same order.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ContentError } from "../errors/content-error.ts";
import type { Vocabulary } from "../content-types/vocabulary.ts";
import type { LoadResult, SourceFile } from "./load.ts";
import { bodyOf, lazyLocator } from "./parse.ts";
import { type Validation, validateSources } from "./validate-sources.ts";
import type { ValidFile } from "./validate.ts";
import { type ValidatedParts, type ValidationAnswer, type ValidationJob, partsOf, shareSources, validateChunks } from "./validation-chunks.ts";
import { oneAnswer } from "../workers/one-answer.ts";

/**
 * Below this many files, starting a worker costs more than it saves. Since plain YAML is
 * read without the library (simple-yaml.ts), a file takes about 0,1 ms, and sharing the
 * texts with a worker, starting it and taking its answers back costs more than the half of
 * the work it takes: on the 2-core development machine, 1,0 s on one thread against 1,5 s
 * on two at 10 000 files (medians of 5), 3,0 s against 4,5 s at 30 000. The pool stays for
 * much larger contents, and for machines where it pays, once measured there.
 */
export const MINIMUM_FILES_FOR_WORKERS = 100_000;
const CHUNK_SIZE = 64;

export interface PoolOptions {
  readonly threads?: number;
  /** Whether the main thread takes chunks too; tests turn it off to be sure the workers' path runs. */
  readonly mainThreadWorks?: boolean;
}

export class ValidationPool {
  readonly #workers: Worker[];
  readonly #mainThreadWorks: boolean;

  /** Starts the workers for `files` files: none when there are too few to gain from them. */
  constructor(files: number, options: PoolOptions & { readonly minimumFiles?: number } = {}) {
    const { threads = availableParallelism(), minimumFiles = MINIMUM_FILES_FOR_WORKERS, mainThreadWorks = true } = options;
    const count = threads < 2 || files < minimumFiles ? 0 : threads - 1;
    this.#workers = Array.from({ length: count }, () => new Worker(new URL("./validate-worker.mjs", import.meta.url)));
    this.#mainThreadWorks = mainThreadWorks;
  }

  async validate(loaded: LoadResult, vocabulary: Vocabulary): Promise<Validation> {
    if (this.#workers.length === 0) return validateSources(loaded, vocabulary);
    const sources = loaded.files;
    const nextChunk = new SharedArrayBuffer(4);
    const job: ValidationJob = { sources, vocabulary, nextChunk, chunkSize: CHUNK_SIZE };
    const shared: ValidationJob = { ...job, sources: shareSources(sources) };
    const answers = this.#workers.map((worker) => oneAnswer<ValidationAnswer>(worker, shared, "un fil de validation"));
    const results = new Array<ValidatedParts | undefined>(sources.length);
    // The files the main thread validates itself, kept as they are.
    const located = new Map<number, ValidFile>();

    if (this.#mainThreadWorks) {
      validateChunks(job, (index, outcome) => {
        if (outcome.ok) located.set(index, outcome.file);
        results[index] = partsOf(outcome);
      });
    }
    for (const answer of await Promise.all(answers)) {
      for (const [index, parts] of answer.results) results[index] = parts;
    }

    const valid: ValidFile[] = [];
    const errors: ContentError[] = [...loaded.errors];
    results.forEach((parts, index) => {
      const source = sources[index] as SourceFile;
      if (!parts) throw new Error(`validation parallèle : aucun résultat pour ${source.path}`);
      if (!parts.ok) errors.push(...parts.errors);
      else valid.push(located.get(index) ?? validFromParts(source, parts));
    });
    return { valid, errors };
  }
}

/**
 * A file validated by a worker: its data from the worker, its body cut here from the text
 * (the same cut), and a locator that reads it again with positions if a later step reports
 * an error in it (a wrong reference).
 */
function validFromParts(source: SourceFile, parts: ValidatedParts & { ok: true }): ValidFile {
  return { ...source, data: parts.data, ...bodyOf(source), locate: lazyLocator(source) } as ValidFile;
}

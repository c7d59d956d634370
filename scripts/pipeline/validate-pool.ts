/**
 * Parse and validate spread over the machine's cores, for large contents: YAML parsing is
 * most of `check`, and each file is independent of the others. The workers are started
 * before the files are read, so that they load their code while the main thread reads;
 * then the main thread and the workers take chunks of files from one shared counter, so a
 * worker still starting up simply takes fewer. The result is exactly the one-thread
 * result, in the same order.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ContentError } from "../errors/content-error.ts";
import type { Vocabulary } from "../schema/vocabulary.ts";
import type { LoadResult, SourceFile } from "./load.ts";
import { parseSourceFile } from "./parse.ts";
import { type Validation, validateSources } from "./validate-sources.ts";
import type { ValidFile } from "./validate.ts";
import { type ValidatedParts, type ValidationAnswer, type ValidationJob, partsOf, validateChunks } from "./validation-chunks.ts";
import { oneAnswer } from "../workers/one-answer.ts";

/** Below this many files, starting a worker costs more than it saves. */
export const MINIMUM_FILES_FOR_WORKERS = 2000;
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
    const answers = this.#workers.map((worker) => oneAnswer<ValidationAnswer>(worker, job, "un fil de validation"));
    const results = new Array<ValidatedParts | undefined>(sources.length);
    // Kept on the main thread with their locator, for the files it validates itself.
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
      else valid.push(located.get(index) ?? withLazyLocator(source, parts));
    });
    return { valid, errors };
  }
}

/**
 * A file validated by a worker, whose positions are needed only to report a wrong
 * reference: the locator parses the file again the first time it is asked, here.
 */
function withLazyLocator(source: SourceFile, parts: ValidatedParts & { ok: true }): ValidFile {
  let locate: ValidFile["locate"] | undefined;
  return {
    ...source,
    data: parts.data,
    body: parts.body,
    bodyLine: parts.bodyLine,
    locate: (path, part) => {
      if (!locate) {
        const parsed = parseSourceFile(source);
        if (!parsed.ok) throw new Error(`${source.path} ne se relit plus comme à la validation`);
        locate = parsed.file.locate;
      }
      return locate(path, part);
    },
  } as ValidFile;
}

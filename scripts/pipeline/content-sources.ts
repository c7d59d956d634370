/**
 * The content sources of the commands and tests (see `ContentSource`, pipeline.ts): the
 * project's files read from disk, in one thread or on every core, and files a test made in
 * memory. The preview's source, its store of files read once, is in preview-session.ts.
 */
import type { Vocabulary } from "../content-types/vocabulary.ts";
import { renderInParallel } from "../render/render-pool.ts";
import { validateContent, validateContentInParallel } from "./check-content.ts";
import type { LoadResult } from "./load.ts";
import type { ContentSource, ParallelContentSource } from "./pipeline.ts";
import { validateSources } from "./validate-sources.ts";

/** `content/` and `data/` under `root`, read and validated in this thread. */
export function contentOnDisk(root: string): ContentSource {
  return { validate: (timer) => validateContent(root, timer) };
}

/**
 * `content/` and `data/` under `root`, validated, then rendered, on every core of the
 * machine (validate-pool.ts, render-pool.ts): what `npm run build` and `npm run diff` read.
 */
export function contentOnDiskInParallel(root: string): ParallelContentSource {
  return {
    validate: (timer) => validateContentInParallel(root, timer),
    rendering: (content, timer) => timer.measureAsync("resolve+aggregate", () => renderInParallel(content.valid)),
  };
}

/** Files given as load.ts reads them, without a project folder: the fuzz tests make thousands. */
export function contentInMemory(loaded: LoadResult, vocabulary: Vocabulary): ContentSource {
  return { validate: (timer) => ({ loaded, vocabulary, ...timer.measure("load+validate", () => validateSources(loaded, vocabulary)) }) };
}

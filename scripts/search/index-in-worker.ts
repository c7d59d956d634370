/**
 * The build's way to index while rendering: on a large site, `indexDocuments` runs in a
 * worker thread of its own (see index-worker.ts), so that Eleventy's rendering on the main
 * thread does not hold back the documents Pagefind waits for. A small site is indexed from
 * the main thread: a thread would cost more to start than it saves.
 */
import { Worker } from "node:worker_threads";
import { oneAnswer } from "../workers/one-answer.ts";
import { type IndexReport, SearchIndexError, indexDocuments } from "./index-site.ts";
import type { IndexAnswer, IndexRequest } from "./index-worker.ts";
import type { SearchDocument } from "./search-documents.ts";

/** Measured at 10,000 entries: the build went from 100,7 s to 75,1 s with the thread. */
const WORKER_FROM_DOCUMENTS = 1000;

export async function indexWhileRendering(documents: readonly SearchDocument[], bundle: string): Promise<IndexReport> {
  if (documents.length < WORKER_FROM_DOCUMENTS) return indexDocuments(documents, bundle);
  const worker = new Worker(new URL("./index-worker.mjs", import.meta.url));
  const answer = await oneAnswer<IndexAnswer>(worker, { documents, bundle } satisfies IndexRequest, "l’index de recherche");
  if ("failure" in answer) throw new SearchIndexError(answer.failure);
  return answer.report;
}

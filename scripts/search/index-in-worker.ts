/**
 * The build's way to index while rendering: on a large site, each part of the index
 * (index-parts.ts) is built by `indexDocuments` in a worker thread of its own (see
 * index-worker.ts), with its own Pagefind service, so that Eleventy's rendering on the main
 * thread does not hold back the documents Pagefind waits for, and the parts are built side
 * by side. A small site in one part is indexed from the main thread: a thread would cost
 * more to start than it saves.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { oneAnswer } from "../workers/one-answer.ts";
import { PARTS_MANIFEST, partFolder, partPath, searchIndexParts, splitIntoParts } from "./index-parts.ts";
import { type IndexReport, SearchIndexError, indexDocuments } from "./index-site.ts";
import type { IndexAnswer, IndexRequest } from "./index-worker.ts";
import type { SearchDocument } from "./search-documents.ts";

/** Measured at 10,000 entries: the build went from 100,7 s to 75,1 s with the thread. */
const WORKER_FROM_DOCUMENTS = 1000;

/** Not async, like `indexWhileRendering`: once posted (copied) to the worker, the documents are not kept here. */
function indexInWorker(documents: readonly SearchDocument[], bundle: string): Promise<IndexReport> {
  const worker = new Worker(new URL("./index-worker.mjs", import.meta.url));
  return oneAnswer<IndexAnswer>(worker, { documents, bundle } satisfies IndexRequest, "l’index de recherche").then((answer) => {
    if ("failure" in answer) throw new SearchIndexError(answer.failure);
    return answer.report;
  });
}

/**
 * Indexes `documents` into `bundle` (the site's `pagefind/`), in as many parts as
 * `searchIndexParts` says, then lists the parts in `pagefind/parties.json`. Not an async
 * function: an async function keeps its arguments until it returns, and the documents
 * (110 MB at 10,000 entries) would stay in the main thread for the whole indexing.
 */
export function indexWhileRendering(documents: readonly SearchDocument[], bundle: string, env: NodeJS.ProcessEnv = process.env): Promise<IndexReport> {
  // Never more parts than documents: a part with nothing to index would fail.
  const parts = splitIntoParts(documents, Math.max(1, Math.min(searchIndexParts(documents.length, env), documents.length)));
  const onMainThread = parts.length === 1 && documents.length < WORKER_FROM_DOCUMENTS;
  const building = parts.map((part, n) => (onMainThread ? indexDocuments(part, partFolder(bundle, n)) : indexInWorker(part, partFolder(bundle, n))));
  return listParts(building, bundle);
}

async function listParts(building: ReadonlyArray<Promise<IndexReport>>, bundle: string): Promise<IndexReport> {
  // Every part ends, built or failed, before a failure is reported: none is left writing
  // into a staging folder being removed, nor leaves its Pagefind process behind.
  const settled = await Promise.allSettled(building);
  const reports = settled.map((result) => {
    if (result.status === "rejected") throw result.reason;
    return result.value;
  });
  await writeFile(join(bundle, PARTS_MANIFEST), `${JSON.stringify(reports.map((_, n) => partPath(n)))}\n`);
  return { pages: reports.reduce((sum, report) => sum + report.pages, 0) };
}

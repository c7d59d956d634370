/**
 * A worker thread that feeds Pagefind. During a build the main thread is busy rendering
 * pages with Eleventy; fed from there, Pagefind's process waited for the event loop between
 * messages. From its own thread, the documents reach Pagefind at once and the two processes
 * share the cores.
 */
import { parentPort } from "node:worker_threads";
import { type IndexReport, indexDocuments } from "./index-site.ts";
import type { SearchDocument } from "./search-documents.ts";

export interface IndexRequest {
  readonly documents: readonly SearchDocument[];
  readonly bundle: string;
}

export type IndexAnswer = { readonly report: IndexReport } | { readonly failure: string };

parentPort?.once("message", (request: IndexRequest) => {
  indexDocuments(request.documents, request.bundle).then(
    (report) => parentPort?.postMessage({ report } satisfies IndexAnswer),
    // The error crosses threads as its message: the main thread reports it in French.
    (error: unknown) => parentPort?.postMessage({ failure: error instanceof Error ? error.message : String(error) } satisfies IndexAnswer),
  );
});

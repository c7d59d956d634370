// Entry of a search index worker thread: loads index-worker.js in dist/, or index-worker.ts from the sources.
import { loadTypedWorker } from "../workers/load-typed-worker.mjs";

await loadTypedWorker(import.meta.url, "index-worker");

// Entry of a validation worker thread: loads validate-worker.js in dist/, or validate-worker.ts from the sources.
import { loadTypedWorker } from "../workers/load-typed-worker.mjs";

await loadTypedWorker(import.meta.url, "validate-worker");

// Entry of a render worker thread: loads text-worker.js in dist/, or text-worker.ts from the sources.
import { loadTypedWorker } from "../workers/load-typed-worker.mjs";

await loadTypedWorker(import.meta.url, "text-worker");

// Entry of a validation worker thread: worker threads do not inherit the parent's
// TypeScript loader, so this plain module registers tsx before loading the typed worker.
import { register } from "tsx/esm/api";

register();
await import("./validate-worker.ts");

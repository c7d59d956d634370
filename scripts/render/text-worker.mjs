// Entry of a render worker thread. Worker threads do not inherit the parent's TypeScript
// loader, so this plain module registers tsx (the project's one way of loading TypeScript)
// before loading the typed worker.
import { register } from "tsx/esm/api";

register();
await import("./text-worker.ts");

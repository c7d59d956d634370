// Entry of a search index worker thread, the same file in both trees: in dist/ (what the commands
// run, see scripts/tools/compile.mjs) the compiled worker is beside it; from the TypeScript
// sources (the tests), worker threads do not inherit the parent's TypeScript loader, so tsx
// (the project's one way of loading TypeScript) is registered before loading the typed worker.
import { existsSync } from "node:fs";

const compiled = new URL("./index-worker.js", import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./index-worker.ts");
}

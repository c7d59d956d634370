// Loads a worker thread's typed module, the same way in both trees: in dist/ (what the commands
// run, see scripts/compile/compile.mjs) the compiled module is beside its entry; from the
// TypeScript sources (the tests), worker threads do not inherit the parent's TypeScript loader,
// so tsx (the project's one way of loading TypeScript) is registered first.
import { existsSync } from "node:fs";

/** `entry` is the worker entry's own `import.meta.url`; `name` its typed module, without extension. */
export async function loadTypedWorker(entry, name) {
  const compiled = new URL(`./${name}.js`, entry);
  if (existsSync(compiled)) {
    await import(compiled.href);
    return;
  }
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL(`./${name}.ts`, entry).href);
}

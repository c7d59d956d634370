/**
 * Loaded before every command (`node --import ./scripts/compile/recompile-if-stale.mjs dist/cli/…`,
 * see package.json): if a source changed since dist/ was compiled, compiles again before
 * the command starts, so that a developer who edits a .ts file never runs stale JavaScript.
 * The check reads the size and date of every source, a few milliseconds. It also makes the
 * official geography's cache again when it is missing or was made from another package version.
 */
import { isMainThread } from "node:worker_threads";
import { compileAndTell, isCompiledOutputFresh, refreshGeographyCacheAndTell } from "./compile.mjs";

// Worker threads inherit this preload; their command's main thread has already compiled.
const told = (time) => `Scripts recompilés dans dist/ en ${time}\u00a0: des sources ont changé depuis la dernière compilation.`;
if (isMainThread) {
  if (!isCompiledOutputFresh()) {
    // The command itself must not run: it would run the JavaScript of older sources.
    if (!(await compileAndTell(told))) process.exit(2);
  } else if (!(await refreshGeographyCacheAndTell())) {
    process.exit(2);
  }
}

/**
 * `node dist/cli/run-bundled.js <command> [args…]`: runs a command bundled into one CommonJS
 * file (dist/cli/<command>.cjs, see BUNDLED_COMMANDS in scripts/compile/compile.mjs) with
 * V8's code cache, so that a short command starts without compiling its modules again.
 *
 * The cache is written beside the bundle after the first run, when it holds every function
 * that run compiled, not only the top level. V8 refuses a cache made by another version of
 * Node, with other flags or for another source, and the command then runs as if there were
 * none and writes a new one. Nothing else depends on it: deleting it costs one slower run.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script, constants } from "node:vm";

/** The command's bundle, and the cache V8 made for it. */
function bundleOf(command: string): { readonly bundle: string; readonly cache: string } {
  const bundle = join(import.meta.dirname, `${command}.cjs`);
  return { bundle, cache: `${bundle}.v8-cache` };
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    // No cache yet (first run, or dist/ just compiled): the command compiles as usual.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Written whole under another name, then renamed: two commands started together each write
 * a complete cache, and neither ever reads a half-written one.
 */
function writeCache(file: string, data: Buffer): void {
  const written = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(written, data);
    renameSync(written, file);
  } catch (error) {
    rmSync(written, { force: true });
    // A read-only dist/ keeps the command working, only without the cache: said, not fatal.
    console.error(`Cache de compilation non écrit (${file})\u00a0: ${(error as Error).message}. La commande reste plus lente au démarrage.`);
  }
}

/** Runs `command`'s bundle in this process, as if Node had been started on it with `args`. */
function runBundled(command: string, args: readonly string[]): void {
  const { bundle, cache } = bundleOf(command);
  const cachedData = readCache(cache);
  // The function Node wraps every CommonJS file in, so the bundle sees what it would as a main module.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, "utf8")}\n})`;
  const script = new Script(wrapped, {
    filename: bundle,
    cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    // At exit, the cache also holds the functions the command compiled while it ran.
    process.once("exit", () => writeCache(cache, script.createCachedData()));
  }
  process.argv = [process.argv[0] ?? process.execPath, bundle, ...args];
  const module = { exports: {} };
  const run = script.runInThisContext() as (...parameters: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

const [command, ...args] = process.argv.slice(2);
if (command === undefined || !/^[a-z-]+$/.test(command)) {
  console.error("run-bundled : nom de commande attendu (par exemple « check »).");
  process.exitCode = 2;
} else {
  runBundled(command, args);
}

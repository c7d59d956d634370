/**
 * Compiles the TypeScript sources into the git-ignored dist/ folder, so that the commands
 * run plain JavaScript instead of transpiling every file on every run (tsx took 0,6 s of
 * each command). The sources stay the only truth: dist/ is rebuilt by `npm ci` (the root
 * package's `prepare` script) and, before each command, whenever a source changed
 * (recompile-if-stale.mjs).
 *
 *   scripts/<path>.ts  → dist/<path>.js       the same depth below the project root, so that a
 *                                             path computed from import.meta.dirname ("../../data")
 *                                             names the same file from either tree
 *   tools/<path>.ts    → dist/<path>.js       the developers' tools (the benchmark, the audit), beside the
 *                                             product's modules at the same depth, for the same reason;
 *                                             a tools/ folder named like a scripts/ folder is refused
 *   data/<path>.ts     → dist/data/<path>.js  Eleventy's data files (see scripts/compile/compiled-tree.ts)
 *   scripts/<other>    → dist/<other>         copied as is (worker.js, the workers' .mjs entries)
 *   a few packages     → dist/vendor/<name>.js each in one file (see BUNDLED_PACKAGES)
 *   the official geography → dist/official-geography.cache, compact (scripts/geo/geography-cache.ts)
 *
 * Plain JavaScript itself: it must run before anything is compiled.
 * `node scripts/compile/compile.mjs` compiles now, whether or not the sources changed.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const PROJECT_ROOT = resolve(import.meta.dirname, "..", "..");
export const OUTPUT_DIR = join(PROJECT_ROOT, "dist");
/** Written last: what the sources were when dist/ was compiled. */
const STAMP = ".sources";

/**
 * Each source folder and where its files go in dist/. tools/ is optional: the product compiles
 * and runs without it (a copy of the project holding only what the site needs).
 */
const TREES = [
  { source: join(PROJECT_ROOT, "scripts"), output: OUTPUT_DIR, takes: /\.(ts|js|mjs|cjs|json)$/ },
  { source: join(PROJECT_ROOT, "tools"), output: OUTPUT_DIR, takes: /\.(ts|js|mjs|cjs|json)$/, optional: true },
  { source: join(PROJECT_ROOT, "data"), output: join(OUTPUT_DIR, "data"), takes: /\.ts$/ },
];
const presentTrees = () => TREES.filter((tree) => !tree.optional || existsSync(tree.source));
/** What editors leave beside a file while saving it (`.x.ts.tmp`, `x.ts~`, `#x.ts#`), and type declarations. */
const NOT_A_SOURCE = /^[.#]|~$|\.d\.ts$/;
/**
 * Files that change what is compiled without being compiled themselves; npm rewrites its
 * hidden lockfile at every install, which may change the bundled packages (see BUNDLED_PACKAGES).
 */
const SETTINGS = [
  join(PROJECT_ROOT, "tsconfig.json"),
  fileURLToPath(import.meta.url),
  join(PROJECT_ROOT, "node_modules", ".package-lock.json"),
];

/** Every file of each tree, as absolute paths, in a stable order. */
function sourceFiles() {
  return presentTrees().flatMap((tree) =>
    readdirSync(tree.source, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && tree.takes.test(entry.name) && !NOT_A_SOURCE.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort(),
  );
}

/**
 * Every source's path, size and modification time: a file edited, added, removed or renamed
 * changes it. Reading it costs a few milliseconds, so every command can afford it.
 */
export function sourcesFingerprint() {
  return [...sourceFiles(), ...SETTINGS]
    .flatMap((file) => {
      // A file deleted since the folder was listed is simply not a source any more.
      const stats = statSync(file, { throwIfNoEntry: false });
      return stats ? [`${relative(PROJECT_ROOT, file)} ${stats.size} ${stats.mtimeMs}`] : [];
    })
    .join("\n");
}

/** Whether dist/ was compiled from the sources as they are now. */
export function isCompiledOutputFresh() {
  const stamp = join(OUTPUT_DIR, STAMP);
  return existsSync(stamp) && readFileSync(stamp, "utf8") === sourcesFingerprint();
}

/** Where a source file's compiled (or copied) version goes; a file outside the trees stays where it is. */
function outputPathOf(file) {
  for (const tree of presentTrees()) {
    const inside = relative(tree.source, file);
    if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) continue;
    return join(tree.output, inside.endsWith(".ts") ? `${inside.slice(0, -3)}.js` : inside);
  }
  return file;
}

/**
 * Folders of tools/ whose place in dist/ is already taken: by a scripts/ folder of the same
 * name, by the data files (dist/data/) or by the bundled packages (dist/vendor/).
 */
function sharedToolFolders() {
  const tools = join(PROJECT_ROOT, "tools");
  if (!existsSync(tools)) return [];
  const taken = new Set([...readdirSync(join(PROJECT_ROOT, "scripts")), "data", "vendor"]);
  return readdirSync(tools).filter((name) => taken.has(name));
}

/**
 * esbuild compiles each file on its own (bundling would merge the modules that hold state,
 * such as the model handed to Eleventy). A relative import is rewritten to where the
 * imported file is in dist/: `./load.ts` → `./load.js`, `../scripts/x.ts` (from data/) → `../x.js`.
 */
/** The import specifier from one compiled file to another: `./x.js`, `../vendor/zod.js`. */
function importPath(fromOutput, toOutput) {
  const path = relative(dirname(fromOutput), toOutput).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

const relativeImports = {
  name: "relative-imports",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      if (!existsSync(target)) return { errors: [{ text: `module introuvable\u00a0: ${args.path}` }] };
      return { path: importPath(outputPathOf(args.importer), outputPathOf(target)), external: true };
    });
  },
};

/**
 * Packages whose many small modules cost every command more to load than their code: each
 * is bundled into one file, dist/vendor/<package>.js (csv-stringify/sync → csv-stringify__sync.js),
 * and the compiled sources import that file. Loading them went from 0,55 to 0,23 s of
 * processor time on the development machine. Eleventy, Pagefind and the plug-ins, which find
 * their own files on disk, are loaded from node_modules as they are.
 */
const BUNDLED_PACKAGES = new Set([
  "zod", "yaml", "luxon", "fastest-levenshtein", "markdown-it", "sanitize-html", "typograf",
  "d3-geo", "topojson-client", "topojson-simplify", "csv-stringify",
]);
const packageOf = (specifier) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
const vendorPath = (specifier) => join(OUTPUT_DIR, "vendor", `${specifier.replaceAll("/", "__")}.js`);

/** Points the imports of bundled packages at their bundle, and notes which are imported. */
function bundledImports(used) {
  return {
    name: "bundled-imports",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (!BUNDLED_PACKAGES.has(packageOf(args.path))) return undefined;
        used.add(args.path);
        return { path: importPath(outputPathOf(args.importer), vendorPath(args.path)), external: true };
      });
    },
  };
}

/**
 * One file per bundled package, exporting the names Node gives its own import of the package
 * (for a CommonJS package, those its lexer finds, and `default` for `module.exports`).
 */
async function bundlePackages(build, specifiers, staging) {
  const entries = join(staging, "vendor-entries");
  mkdirSync(entries, { recursive: true });
  const entryPoints = [];
  for (const specifier of specifiers) {
    const names = Object.keys(await import(specifier)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
    const entry = join(entries, `${specifier.replaceAll("/", "__")}.mjs`);
    writeFileSync(entry, `export { ${names.join(", ")} } from ${JSON.stringify(specifier)};\n`);
    entryPoints.push({ in: entry, out: join("vendor", specifier.replaceAll("/", "__")) });
  }
  await build({
    entryPoints,
    outdir: staging,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20.19",
    logLevel: "error",
    nodePaths: [join(PROJECT_ROOT, "node_modules")],
    // Every command parses these files before it starts (zod alone was 760 KB): minified, they
    // are half the bytes to read, decode and compile (2.3 → 1.2 MB). Our own modules stay readable.
    minify: true,
    // CommonJS modules inside a bundle still `require` Node's own modules.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  });
  rmSync(entries, { recursive: true, force: true });
}

/**
 * Commands bundled, in addition, into one CommonJS file each (dist/cli/<name>.cjs), which
 * dist/cli/run-bundled.js runs with V8's code cache: a contributor's one-file `check` then
 * starts without resolving, reading and compiling its ~80 modules one by one (0,37 → 0,27 s
 * on the development machine, medians of 15). Node 22 does the same for every module with
 * `module.enableCompileCache()`; Node 20, the floor of `engines`, lacks it. Only the short
 * commands that contributors run often are worth it; the build spends its time elsewhere.
 */
const BUNDLED_COMMANDS = ["check"];

/**
 * Inside a bundle, `import.meta` would be the bundle's: each module's `import.meta.url`,
 * `.dirname` and `.filename` are rewritten to name the module's own compiled file, which
 * stays in dist/ (a worker started from `new URL("./x-worker.mjs", import.meta.url)` still
 * finds it). Any other use of `import.meta` stops the compilation rather than break at run time.
 */
function ownImportMeta(bundleDir) {
  return {
    name: "own-import-meta",
    setup(build) {
      build.onLoad({ filter: /\.m?js$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        if (!source.includes("import.meta")) return undefined;
        const here = relative(bundleDir, args.path).split(sep).join("/");
        const contents = source.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, property) => `__moduleMeta(${JSON.stringify(here)}).${property}`);
        const other = /\bimport\.meta\b(?!\.(url|dirname|filename)\b)/.exec(contents);
        if (other) return { errors: [{ text: `import.meta n’est pas pris en charge dans une commande regroupée (${here})` }] };
        return { contents, loader: "js" };
      });
    },
  };
}

/** What a module's `import.meta` would have said, for a module bundled into a file of `__dirname`. */
const MODULE_META_HELPER = `const __moduleMeta = (path) => {
  const filename = require("node:path").join(__dirname, path);
  return { filename, dirname: require("node:path").dirname(filename), url: require("node:url").pathToFileURL(filename).href };
};`;

/**
 * Bundles each of BUNDLED_COMMANDS from its compiled modules in `staging`, and lists the
 * modules inside it in dist/cli/<name>.cjs.modules (what tests/cli/check-startup.test.ts reads).
 */
async function bundleCommands(build, staging) {
  for (const name of BUNDLED_COMMANDS) {
    const output = join(staging, "cli", `${name}.cjs`);
    const result = await build({
      entryPoints: [join(staging, "cli", `${name}.js`)],
      outfile: output,
      bundle: true,
      packages: "external",
      platform: "node",
      format: "cjs",
      target: "node20.19",
      logLevel: "error",
      minify: true,
      metafile: true,
      plugins: [ownImportMeta(dirname(output))],
      banner: { js: MODULE_META_HELPER },
    });
    const modules = Object.keys(result.metafile.inputs).map((input) => relative(staging, resolve(input)).split(sep).join("/")).sort();
    writeFileSync(`${output}.modules`, `${modules.join("\n")}\n`);
  }
}

/**
 * Compiles every source into a new folder, then puts it in place of dist/ in one rename:
 * a command starting meanwhile, or a compilation interrupted halfway, never finds a
 * half-written dist/. Returns the time it took, in seconds.
 */
export async function compile() {
  const started = performance.now();
  const { build } = await import("esbuild");
  const fingerprint = sourcesFingerprint();
  const files = sourceFiles();
  if (existsSync(join(PROJECT_ROOT, "scripts", "data"))) {
    throw new Error("scripts/data/ et data/ seraient compilés au même endroit (dist/data/)\u00a0: renommez scripts/data/.");
  }
  const [shared] = sharedToolFolders();
  if (shared !== undefined) {
    throw new Error(`tools/${shared} serait compilé au même endroit que scripts/${shared}, data/ ou les paquets (dist/${shared})\u00a0: renommez tools/${shared}.`);
  }
  const staging = `${OUTPUT_DIR}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  const inStaging = (file) => join(staging, relative(OUTPUT_DIR, outputPathOf(file)));
  try {
    const typescript = files.filter((file) => file.endsWith(".ts"));
    const bundled = new Set();
    await build({
      entryPoints: typescript.map((file) => ({ in: file, out: relative(staging, inStaging(file)).slice(0, -3) })),
      outdir: staging,
      bundle: true,
      packages: "external",
      plugins: [relativeImports, bundledImports(bundled)],
      platform: "node",
      format: "esm",
      target: "node20.19",
      sourcemap: "linked",
      logLevel: "error",
      tsconfig: join(PROJECT_ROOT, "tsconfig.json"),
    });
    await bundlePackages(build, [...bundled].sort(), staging);
    await bundleCommands(build, staging);
    for (const file of files.filter((file) => !file.endsWith(".ts"))) {
      mkdirSync(dirname(inStaging(file)), { recursive: true });
      copyFileSync(file, inStaging(file));
    }
    // Made by the module just compiled, which also reads it; kept from the last compilation when still fresh.
    const cache = await import(pathToFileURL(join(staging, "geo", "geography-cache.js")).href);
    cache.refreshGeographyCache(join(staging, cache.GEOGRAPHY_CACHE_NAME), join(OUTPUT_DIR, cache.GEOGRAPHY_CACHE_NAME));
    writeFileSync(join(staging, STAMP), fingerprint);
    const previous = `${OUTPUT_DIR}.${process.pid}.old`;
    if (existsSync(OUTPUT_DIR)) renameSync(OUTPUT_DIR, previous);
    renameSync(staging, OUTPUT_DIR);
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return (performance.now() - started) / 1000;
}

/**
 * `compile`, telling the developer in French what happened. esbuild has already printed each
 * error with its file, line and source extract; a stack trace would add nothing. These messages
 * cannot live in scripts/errors/catalogue.ts: the catalogue is TypeScript, compiled by this very step.
 */
export async function compileAndTell(done) {
  try {
    const seconds = await compile();
    console.error(done(`${seconds.toFixed(1).replace(".", ",")}\u00a0s`));
    return true;
  } catch (error) {
    const fromEsbuild = error instanceof Error && Array.isArray(error.errors) && error.errors.length > 0;
    console.error(
      fromEsbuild
        ? "La compilation des scripts a échoué\u00a0: corrigez le fichier TypeScript indiqué ci-dessus, puis relancez la commande."
        : `La compilation des scripts a échoué\u00a0: ${error instanceof Error ? error.message : String(error)}`,
    );
    return false;
  }
}

/**
 * Makes the official geography's cache again when it is missing or stale (made from another
 * version of the package) while dist/ itself is fresh, telling the developer in French.
 * The commands would otherwise read the package's 12 Mo of JSON at every run.
 */
export async function refreshGeographyCacheAndTell() {
  const cache = await import(pathToFileURL(join(OUTPUT_DIR, "geo", "geography-cache.js")).href);
  if (cache.isGeographyCacheFresh()) return true;
  const started = performance.now();
  try {
    cache.writeGeographyCache();
  } catch (error) {
    console.error(`La mise en cache de la géographie officielle a échoué\u00a0: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace(".", ",");
  console.error(`Géographie officielle remise en cache dans dist/ en ${seconds}\u00a0s\u00a0: le cache manquait ou ne correspondait plus au paquet installé.`);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!(await compileAndTell((time) => `Scripts compilés dans dist/ en ${time}.`))) process.exitCode = 2;
}

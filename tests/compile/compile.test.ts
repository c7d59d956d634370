/**
 * The commands run JavaScript compiled from the TypeScript sources into dist/
 * (scripts/compile/compile.mjs): they must say exactly what the sources say, and a source
 * edited since the last compilation must never run stale.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";
import { fileHashes } from "../helpers/hash-tree.ts";
import { type CliResult, expectBuilt } from "../helpers/run-cli.ts";

const TSX = pathToFileURL(join(PROJECT_ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

/**
 * A copy of the project (its own scripts/, so that the test can edit them) whose
 * node_modules has every package but tsx: the compiled commands must not need it.
 */
function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), "observatoire-compiled-"));
  for (const name of ["scripts", "data", "layouts", "content", "package.json", "tsconfig.json", ".eleventy.js"]) {
    cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  }
  mkdirSync(join(root, "node_modules"));
  for (const name of readdirSync(join(PROJECT_ROOT, "node_modules")).filter((name) => name !== "tsx")) {
    symlinkSync(join(PROJECT_ROOT, "node_modules", name), join(root, "node_modules", name));
  }
  return root;
}

function run(root: string, command: string, args: string[], env: NodeJS.ProcessEnv): CliResult {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env }, timeout: 300_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `npm run <script>` in `root`, as a contributor types it: the compiled JavaScript. */
const npmRun = (root: string, script: string, env: NodeJS.ProcessEnv = {}) => run(root, "npm", ["run", "--silent", script], env);

/** The same command from the copy's own TypeScript sources, through tsx, as the other tests run it. */
const fromSources = (root: string, command: string, env: NodeJS.ProcessEnv = {}) =>
  run(root, process.execPath, ["--import", TSX, join(root, "scripts", "cli", `${command}.ts`)], env);

const BROKEN = {
  "content/dynamiques/casse.md": "---\ntitle: Une dynamique\nsumary: champ mal écrit\nkind: tiers-lieux\nterritory: figeak\n---\nTexte.\n",
  "content/visites/yaml-casse.md": "---\ntitle: [\n---\n",
};

let root: string;
beforeAll(() => {
  root = copyProject();
  const compiled = spawnSync(process.execPath, ["scripts/compile/compile.mjs"], { cwd: root, encoding: "utf8" });
  expect(compiled.status, compiled.stderr).toBe(0);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the compiled commands", () => {
  it("compile every TypeScript source beside its path in dist/, and the data files into dist/data/", () => {
    expect(existsSync(join(root, "dist", "cli", "check.js"))).toBe(true);
    expect(existsSync(join(root, "dist", "data", "publication.js"))).toBe(true);
    // Read beside the compiled module through import.meta.dirname (scripts/offline/service-worker.ts).
    expect(readFileSync(join(root, "dist", "offline", "worker.js"), "utf8")).toBe(readFileSync(join(root, "scripts", "offline", "worker.js"), "utf8"));
  });

  it("write the official geography's cache beside them, made from the installed package", () => {
    expect(geographyCacheIsFresh()).toBe(true);
  });

  it("print for broken files exactly what the TypeScript sources print", () => {
    for (const [path, text] of Object.entries(BROKEN)) writeFileSync(join(root, path), text);
    try {
      const compiled = npmRun(root, "check");
      expect(compiled.status).toBe(1);
      expect(compiled.stdout).toContain("content/visites/yaml-casse.md:2:");
      expect(compiled).toEqual(fromSources(root, "check"));
    } finally {
      for (const path of Object.keys(BROKEN)) rmSync(join(root, path));
    }
  });

  it("validate and render on worker threads from the compiled workers", () => {
    // What a large content does (validate-pool.ts, render-pool.ts), here forced on the shipped content.
    const script = `
      const dist = ${JSON.stringify(pathToFileURL(join(root, "dist")).href)};
      const { loadContent } = await import(dist + "/pipeline/load.js");
      const { readVocabulary } = await import(dist + "/content-types/vocabulary.js");
      const { ValidationPool } = await import(dist + "/pipeline/validate-pool.js");
      const { validateSources } = await import(dist + "/pipeline/validate-sources.js");
      const { renderInParallel } = await import(dist + "/render/render-pool.js");
      const { renderBody } = await import(dist + "/render/contributor-text.js");
      const loaded = loadContent(process.cwd());
      const vocabulary = readVocabulary(process.cwd());
      const pool = new ValidationPool(loaded.files.length, { threads: 2, minimumFiles: 0, mainThreadWorks: false });
      const pooled = await pool.validate(loaded, vocabulary);
      const inline = validateSources(loaded, vocabulary);
      const same = (file) => JSON.stringify([file.path, file.data, file.body, file.bodyLine]);
      const files = Array.from({ length: 250 }, (_, index) => pooled.valid[index % pooled.valid.length]);
      const rendering = await renderInParallel(files, 2);
      console.log(JSON.stringify({
        valid: pooled.valid.length,
        sameValidation: pooled.valid.map(same).join() === inline.valid.map(same).join() && pooled.errors.length === inline.errors.length,
        sameRendering: files.every((file) => rendering.body(file) === renderBody(file.body)),
      }));`;
    writeFileSync(join(root, "probe.mjs"), script);
    const result = run(root, process.execPath, ["probe.mjs"], {});
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ valid: expect.any(Number), sameValidation: true, sameRendering: true });
    expect(JSON.parse(result.stdout).valid).toBeGreaterThan(40);
  });

  it("build the same site as the TypeScript sources, Eleventy's configuration and data files included", () => {
    const env = { OBSERVATOIRE_PUBLISHED_AT: "2026-01-01T00:00:00+01:00" };
    expectBuilt(npmRun(root, "build", env));
    const compiled = fileHashes(join(root, "_site"));
    expectBuilt(fromSources(root, "build", env));
    expect(Object.keys(compiled).length).toBeGreaterThan(100);
    expect(compiled).toEqual(fileHashes(join(root, "_site")));
  });
});

/** Whether the copy's compiled code would read its geography cache rather than the package. */
function geographyCacheIsFresh(): boolean {
  const probe = `const { isGeographyCacheFresh } = await import(${JSON.stringify(pathToFileURL(join(root, "dist", "geo", "geography-cache.js")).href)});
    console.log(isGeographyCacheFresh());`;
  const result = run(root, process.execPath, ["--input-type=module", "-e", probe], {});
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout) as boolean;
}

describe("the official geography's cache", () => {
  const CACHE = () => join(root, "dist", "official-geography.cache");
  const REMADE = /^Géographie officielle remise en cache dans dist\/ en \d+,\d\ss\s: le cache manquait ou ne correspondait plus au paquet installé\.$/m;

  it("missing, is made again before the command runs, which says so and answers as before", () => {
    const before = npmRun(root, "check");
    rmSync(CACHE());
    const result = npmRun(root, "check");
    expect(result.stderr).toMatch(REMADE);
    expect(result.stdout).toBe(before.stdout);
    expect(result.status).toBe(before.status);
    expect(geographyCacheIsFresh()).toBe(true);
    expect(npmRun(root, "check").stderr).toBe("");
  });

  it("made from another version of the package, is made again before the command runs", () => {
    const text = readFileSync(CACHE(), "utf8");
    writeFileSync(CACHE(), text.replace(/"version":"[^"]+"/, '"version":"0.0.1"'));
    expect(geographyCacheIsFresh()).toBe(false);
    const result = npmRun(root, "check");
    expect(result.stderr).toMatch(REMADE);
    expect(result.status).toBe(0);
    expect(readFileSync(CACHE(), "utf8")).toBe(text);
  });
});

describe("a source edited since the last compilation", () => {
  it("is compiled again before the command runs, which says so", () => {
    const check = join(root, "scripts", "cli", "check.ts");
    const original = readFileSync(check, "utf8");
    writeFileSync(check, original.replace("const root = process.cwd();", 'console.log("source modifiée");\n  const root = process.cwd();'));
    try {
      const result = npmRun(root, "check");
      expect(result.stderr).toMatch(/^Scripts recompilés dans dist\/ en \d+,\d\ss\s: des sources ont changé depuis la dernière compilation\.$/m);
      expect(result.stdout).toMatch(/^source modifiée$/m);
      expect(result.status).toBe(0);
      // Compiled once: the next run starts at once.
      expect(npmRun(root, "check").stderr).toBe("");
    } finally {
      writeFileSync(check, original);
    }
  });

  it("that no longer compiles stops the command with the compiler's error and a French line, keeping the last compiled scripts", () => {
    const broken = join(root, "scripts", "cli", "broken.ts");
    writeFileSync(broken, "export const x: number = ;\n");
    try {
      const result = npmRun(root, "check");
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("scripts/cli/broken.ts:1:25");
      expect(result.stderr).toMatch(/^La compilation des scripts a échoué\s: corrigez le fichier TypeScript indiqué ci-dessus, puis relancez la commande\.$/m);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(root, "dist", "cli", "check.js"))).toBe(true);
    } finally {
      rmSync(broken);
    }
  });
});

describe("the developers' tools (tools/)", () => {
  it("are compiled beside the product's modules at the same depth, a copy without them compiling as well", () => {
    // The copy has no tools/ (copyProject): the product compiled and ran above without them.
    const bench = join(root, "tools", "bench");
    mkdirSync(bench, { recursive: true });
    writeFileSync(join(bench, "outil.ts"), "export const x = 1;\n");
    try {
      const compiled = spawnSync(process.execPath, ["scripts/compile/compile.mjs"], { cwd: root, encoding: "utf8" });
      expect(compiled.status, compiled.stderr).toBe(0);
      expect(existsSync(join(root, "dist", "bench", "outil.js"))).toBe(true);
    } finally {
      rmSync(join(root, "tools"), { recursive: true, force: true });
    }
  });

  it("may not use a folder name of scripts/: both would be compiled into the same place", () => {
    mkdirSync(join(root, "tools", "geo"), { recursive: true });
    writeFileSync(join(root, "tools", "geo", "outil.ts"), "export const x = 1;\n");
    try {
      const compiled = spawnSync(process.execPath, ["scripts/compile/compile.mjs"], { cwd: root, encoding: "utf8" });
      expect(compiled.status).toBe(2);
      expect(compiled.stderr).toMatch(/tools\/geo serait compilé au même endroit que scripts\/geo.*renommez tools\/geo\./);
      expect(existsSync(join(root, "dist", "cli", "check.js"))).toBe(true);
    } finally {
      rmSync(join(root, "tools"), { recursive: true, force: true });
    }
  });
});

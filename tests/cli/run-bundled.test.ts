/**
 * `npm run check` runs the command's bundle with V8's code cache (scripts/cli/run-bundled.ts):
 * whatever the cache holds, the contributor reads the same answer as from the command
 * compiled module by module, and a cache V8 refuses is simply made again.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, makeProject } from "../helpers/fixture-project.ts";

/**
 * The compiled commands copied into a folder of their own, so that other test files running
 * `npm run check` at the same time never write the cache this file watches.
 */
let installed: string;
let broken: string;
beforeAll(() => {
  const fresh = spawnSync(process.execPath, ["--import", "./scripts/compile/recompile-if-stale.mjs", "-e", ""], { cwd: PROJECT_ROOT, encoding: "utf8" });
  expect(fresh.status, fresh.stderr).toBe(0);
  installed = mkdtempSync(join(tmpdir(), "run-bundled-"));
  cpSync(join(PROJECT_ROOT, "dist"), join(installed, "dist"), { recursive: true });
  rmSync(join(installed, "dist", "cli", "check.cjs.v8-cache"), { force: true });
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(installed, "node_modules"));
  broken = makeProject({
    "content/dynamiques/casse.md": "---\ntitle: Une dynamique\nsumary: champ mal écrit\nkind: tiers-lieux\nterritory: figeak\n---\nTexte.\n",
  });
});
afterAll(() => rmSync(installed, { recursive: true, force: true }));

const cacheFile = () => join(installed, "dist", "cli", "check.cjs.v8-cache");

function node(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", GITHUB_ACTIONS: "" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const bundled = (cwd: string, ...args: string[]) => node([join(installed, "dist", "cli", "run-bundled.js"), "check", ...args], cwd);
const moduleByModule = (cwd: string, ...args: string[]) => node([join(installed, "dist", "cli", "check.js"), ...args], cwd);

describe("a bundled command", () => {
  it("answers as the command compiled module by module, without its cache and then with it", () => {
    const expected = moduleByModule(broken, "--format=json");
    expect(expected.status).toBe(1);
    expect(JSON.parse(expected.stdout)).not.toEqual([]);

    const first = bundled(broken, "--format=json");
    expect(first).toEqual(expected);
    const made = statSync(cacheFile());
    expect(made.size).toBeGreaterThan(0);

    const second = bundled(broken, "--format=json");
    expect(second).toEqual(expected);
    // Accepted by V8, the cache is read, not written again.
    expect(statSync(cacheFile()).mtimeMs).toBe(made.mtimeMs);
  }, 60_000);

  it("replaces a cache V8 refuses, and still answers", () => {
    const expected = bundled(PROJECT_ROOT, "content/dynamiques/eusko.md");
    expect(expected.status, expected.stderr).toBe(0);
    writeFileSync(cacheFile(), "pas un cache de V8");

    expect(bundled(PROJECT_ROOT, "content/dynamiques/eusko.md")).toEqual(expected);
    expect(readFileSync(cacheFile(), "utf8")).not.toBe("pas un cache de V8");
  }, 60_000);

  it("refuses a command name that is not one", () => {
    const result = node([join(installed, "dist", "cli", "run-bundled.js"), "../check"], PROJECT_ROOT);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/nom de commande attendu/);
  });
});

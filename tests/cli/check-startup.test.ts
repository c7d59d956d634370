/**
 * `check` answers a contributor in well under a second because it loads only what finds
 * errors: not the Markdown renderer, the typography, the sanitiser, nor the dossiers' and
 * maps' code, which only publishing needs. `npm run check` runs one bundle of those modules
 * (dist/cli/check.cjs, run by dist/cli/run-bundled.js with V8's code cache): a module hook
 * lists what the command really loads from dist/, and the compilation lists what went into
 * the bundle.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

const hooks = mkdtempSync(join(tmpdir(), "check-startup-"));
afterAll(() => rmSync(hooks, { recursive: true, force: true }));

/** `npm run check`'s own command line, from package.json, without npm. */
function checkCommandLine(): string[] {
  const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const [program, ...args] = (scripts["check"] ?? "").split(" ");
  expect(program).toBe("node");
  return args;
}

/** The files of dist/ the command loads as modules, then the modules compiled into its bundle. */
function modulesOfCheck(): { loaded: string[]; bundled: string[] } {
  writeFileSync(
    join(hooks, "hooks.mjs"),
    'export async function load(url, context, next) { if (url.startsWith("file:")) process.stderr.write(`CHARGÉ ${url}\\n`); return next(url, context); }\n',
  );
  writeFileSync(join(hooks, "register.mjs"), `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(join(hooks, "hooks.mjs")).href)});\n`);
  const [preload, hook, ...command] = checkCommandLine();
  const result = spawnSync(
    process.execPath,
    [preload as string, hook as string, "--import", pathToFileURL(join(hooks, "register.mjs")).href, ...command, "content/dynamiques/eusko.md"],
    { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, GITHUB_ACTIONS: "" } },
  );
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/1 fichier vérifié .*aucune erreur/);
  const loaded = [...result.stderr.matchAll(/^CHARGÉ file:\/\/.*?\/dist\/(.+)$/gm)].map((match) => match[1] as string);
  const bundled = readFileSync(join(PROJECT_ROOT, "dist", "cli", "check.cjs.modules"), "utf8").trim().split("\n");
  return { loaded, bundled };
}

const PUBLISHING =
  /^(render\/contributor-text|render\/markdown\.js|pipeline\/aggregate|pipeline\/reader-indexes|pipeline\/pipeline|pipeline\/content-sources|map\/|search\/|eleventy\/)|vendor\/(sanitize-html|typograf)/;

describe("npm run check", () => {
  it("runs its bundle instead of loading the compiled modules one by one", () => {
    const { loaded } = modulesOfCheck();
    expect(loaded).toContain("cli/run-bundled.js");
    expect(loaded.filter((module) => module.startsWith("cli/") || module.startsWith("pipeline/") || module.startsWith("vendor/"))).toEqual(["cli/run-bundled.js"]);
  }, 60_000);

  it("bundles the validation and the references, never the rendering, the dossiers nor the maps", () => {
    const { bundled } = modulesOfCheck();
    expect(bundled).toEqual(expect.arrayContaining(["cli/check.js", "pipeline/check-content.js", "pipeline/resolve.js", "vendor/zod.js"]));
    expect(bundled.filter((module) => PUBLISHING.test(module))).toEqual([]);
  }, 60_000);
});

/**
 * `check` answers a contributor in well under a second because it loads only what finds
 * errors: not the Markdown renderer, the typography, the sanitiser, nor the dossiers' and
 * maps' code, which only publishing needs. A module hook lists what the compiled command
 * really loads.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

const hooks = mkdtempSync(join(tmpdir(), "check-startup-"));
afterAll(() => rmSync(hooks, { recursive: true, force: true }));

function modulesLoadedByCheck(): string[] {
  writeFileSync(
    join(hooks, "hooks.mjs"),
    'export async function load(url, context, next) { if (url.startsWith("file:")) process.stderr.write(`CHARGÉ ${url}\\n`); return next(url, context); }\n',
  );
  writeFileSync(join(hooks, "register.mjs"), `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(join(hooks, "hooks.mjs")).href)});\n`);
  const result = spawnSync(
    process.execPath,
    ["--import", "./scripts/compile/recompile-if-stale.mjs", "--import", pathToFileURL(join(hooks, "register.mjs")).href, "dist/cli/check.js", "content/dynamiques/eusko.md"],
    { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, GITHUB_ACTIONS: "" } },
  );
  expect(result.status, result.stderr).toBe(0);
  return [...result.stderr.matchAll(/^CHARGÉ file:\/\/.*?\/dist\/(.+)$/gm)].map((match) => match[1] as string);
}

describe("npm run check", () => {
  it("loads the validation and the references, never the rendering, the dossiers nor the maps", () => {
    const loaded = modulesLoadedByCheck();
    expect(loaded).toEqual(expect.arrayContaining(["cli/check.js", "pipeline/check-content.js", "pipeline/resolve.js", "vendor/zod.js"]));
    const publishing = loaded.filter((module) =>
      /^(render\/contributor-text|render\/markdown\.js|pipeline\/aggregate|pipeline\/reader-indexes|pipeline\/pipeline|pipeline\/content-sources|map\/|search\/|eleventy\/)|vendor\/(sanitize-html|typograf)/.test(module),
    );
    expect(publishing).toEqual([]);
  }, 60_000);
});

/**
 * Runs a project command the way a contributor does (`npm run build`, `npm run check`),
 * as a child process, in a given project folder.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "./fixture-project.ts";

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

// The project's own tsx, so that commands also run in test folders without node_modules.
const TSX = pathToFileURL(join(PROJECT_ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

/** `node --import tsx scripts/cli/<command>.ts …args` in `cwd`. */
export function runCli(command: "check" | "build" | "new" | "start", args: string[] = [], cwd = PROJECT_ROOT, env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, ["--import", TSX, join(PROJECT_ROOT, "scripts", "cli", `${command}.ts`), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A copy of the project's site sources (layouts, data, config) with the given content,
 * sharing the real scripts and node_modules, where a build can run without touching
 * the developer's own `_site/`.
 */
export function makeSiteProject(content: { from?: string; files?: Record<string, string> } = {}): string {
  const root = mkdtempSync(join(tmpdir(), "observatoire-site-"));
  for (const name of ["layouts", "data"]) cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  cpSync(join(PROJECT_ROOT, ".eleventy.js"), join(root, ".eleventy.js"));
  cpSync(join(PROJECT_ROOT, "package.json"), join(root, "package.json"));
  for (const name of ["scripts", "node_modules"]) symlinkSync(join(PROJECT_ROOT, name), join(root, name), "dir");
  if (content.from) cpSync(content.from, join(root, "content"), { recursive: true });
  else mkdirSync(join(root, "content"));
  for (const [path, text] of Object.entries(content.files ?? {})) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A build must succeed; when it does not, the failure shows what the build printed. */
export function expectBuilt(result: CliResult): void {
  if (result.status !== 0) throw new Error(`npm run build a échoué (${result.status}) :\n${result.stdout}\n${result.stderr}`);
}

export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

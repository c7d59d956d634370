/**
 * Runs a project command the way a contributor does (`npm run build`, `npm run check`),
 * as a child process, in a given project folder.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
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

// Loaded before the command when a test asks for a file-system fault (OBSERVATOIRE_TEST_FAULT).
const FAULT_INJECTION = pathToFileURL(join(PROJECT_ROOT, "tests", "helpers", "fault-injection.ts")).href;

type Command = "check" | "build" | "new" | "start";

function nodeArguments(command: Command, args: string[], env: NodeJS.ProcessEnv): string[] {
  const faults = env["OBSERVATOIRE_TEST_FAULT"] ? ["--import", FAULT_INJECTION] : [];
  return ["--import", TSX, ...faults, join(PROJECT_ROOT, "scripts", "cli", `${command}.ts`), ...args];
}

/** `node --import tsx scripts/cli/<command>.ts …args` in `cwd`. */
export function runCli(command: Command, args: string[] = [], cwd = PROJECT_ROOT, env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, nodeArguments(command, args, env), {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A command started in the background, for tests where two commands run at the same time. */
export interface RunningCli {
  readonly child: ChildProcess;
  readonly pid: number;
  output(): { readonly stdout: string; readonly stderr: string };
  /** True once `pattern` appears in its output; false if it ended first or `timeoutMs` passed. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<boolean>;
  readonly exited: Promise<CliResult>;
}

/** Like `runCli`, without waiting: the command is killed if it outlives `timeoutMs`. */
export function startCli(command: Command, args: string[] = [], cwd = PROJECT_ROOT, env: NodeJS.ProcessEnv = {}, timeoutMs = 300_000): RunningCli {
  const child = spawn(process.execPath, nodeArguments(command, args, env), {
    cwd,
    env: { ...process.env, NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error(`${command} n’a pas pu démarrer`);
  let stdout = "";
  let stderr = "";
  const listeners = new Set<() => void>();
  const heard = () => listeners.forEach((listener) => listener());
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => ((stdout += chunk), heard()));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => ((stderr += chunk), heard()));
  const killer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  let ended = false;
  const exited = new Promise<CliResult>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (status) => {
      clearTimeout(killer);
      ended = true;
      heard();
      resolve({ status, stdout, stderr });
    });
  });
  const waitForOutput = (pattern: RegExp, waitMs: number) =>
    new Promise<boolean>((resolve) => {
      const check = () => {
        const found = pattern.test(stdout) || pattern.test(stderr);
        if (!found && !ended) return;
        listeners.delete(check);
        clearTimeout(giveUp);
        resolve(found);
      };
      const giveUp = setTimeout(() => (listeners.delete(check), resolve(false)), waitMs);
      listeners.add(check);
      check();
    });
  return { child, pid: child.pid, output: () => ({ stdout, stderr }), waitForOutput, exited };
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

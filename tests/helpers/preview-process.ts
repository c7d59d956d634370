/** `npm start` as a contributor runs it, in a test project: its French output and its server. */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { freePort } from "../../scripts/bench/free-port.ts";
import { PROJECT_ROOT, plain } from "./fixture-project.ts";

const TSX = pathToFileURL(join(PROJECT_ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

export interface RunningPreview {
  readonly origin: string;
  /** Everything printed so far, no-break spaces read as spaces. */
  output(): string;
  /** Waits until `pattern` has been printed `times` times in all. */
  waitForOutput(pattern: RegExp, times: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startPreview(root: string, env: NodeJS.ProcessEnv = {}): Promise<RunningPreview> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", TSX, join(PROJECT_ROOT, "scripts", "cli", "start.ts"), `--port=${port}`], {
    cwd: root,
    env: { ...process.env, NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  child.stdout?.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const preview: RunningPreview = {
    origin: `http://localhost:${port}`,
    output: () => plain(printed),
    async waitForOutput(pattern, times, timeoutMs = 60_000) {
      const global = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`);
      const deadline = Date.now() + timeoutMs;
      while ((plain(printed).match(global) ?? []).length < times) {
        if (child.exitCode !== null) throw new Error(`npm start s’est arrêté (${child.exitCode}) :\n${printed}`);
        if (Date.now() > deadline) throw new Error(`attendu ${times} × ${pattern} ; sortie :\n${printed}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
  return preview;
}

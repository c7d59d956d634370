/** `npm start` as a contributor runs it, in a test project: its French output and its server. */
import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { freePort } from "../../tools/bench/free-port.ts";
import { PROJECT_ROOT, plain } from "./fixture-project.ts";

const TSX = pathToFileURL(join(PROJECT_ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

export interface RawResponse {
  readonly status: number;
  readonly body: string;
}

export interface RunningPreview {
  readonly port: number;
  /** Where the preview listens when no `--host` is given. */
  readonly origin: string;
  /** Everything printed so far, no-break spaces read as spaces. */
  output(): string;
  /** Waits until `pattern` has been printed `times` times in all. */
  waitForOutput(pattern: RegExp, times: number, timeoutMs?: number): Promise<void>;
  /** Whether the process is still running. */
  running(): boolean;
  /** Its exit code, once it has ended. */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Starts the preview on a free port; `args` are more arguments, such as `--host=…`. */
export async function startPreview(root: string, env: NodeJS.ProcessEnv = {}, args: readonly string[] = []): Promise<RunningPreview> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", TSX, join(PROJECT_ROOT, "scripts", "cli", "start.ts"), `--port=${port}`, ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  child.stdout?.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  // "close" comes once the process has ended and everything it printed has been read.
  let closed = false;
  const exited = new Promise<number | null>((resolve) =>
    child.once("close", (code) => {
      closed = true;
      resolve(code);
    }),
  );
  const running = () => !closed;

  const preview: RunningPreview = {
    port,
    origin: `http://127.0.0.1:${port}`,
    output: () => plain(printed),
    async waitForOutput(pattern, times, timeoutMs = 60_000) {
      const global = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`);
      const deadline = Date.now() + timeoutMs;
      while ((plain(printed).match(global) ?? []).length < times) {
        if (!running()) throw new Error(`npm start s’est arrêté (${child.exitCode ?? child.signalCode}) :\n${printed}`);
        if (Date.now() > deadline) throw new Error(`attendu ${times} × ${pattern} ; sortie :\n${printed}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    running,
    exited,
    async stop() {
      if (running()) child.kill("SIGTERM");
      await exited;
    },
  };
  return preview;
}

/**
 * GET `path` exactly as written, on `host:port`: `fetch` would normalise the path
 * (`/%2e%2e/` and the like) before sending it. Gives up after 10 s.
 */
export function rawGet(port: number, path: string, host = "127.0.0.1"): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const sent = request({ host, port, path, method: "GET", timeout: 10_000 }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      response.on("error", reject);
    });
    sent.on("timeout", () => sent.destroy(new Error(`pas de réponse à GET ${path} en 10 s`)));
    sent.on("error", reject);
    sent.end();
  });
}

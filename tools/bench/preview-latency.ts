/**
 * How long a contributor waits under `npm start`: from saving an edited entry to the
 * moment the preview reports its pages written, measured on the wall clock from outside
 * (so the file watcher's delay counts), once the search index of the previous save is done.
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { freePort } from "./free-port.ts";

const UPDATED = /✔ Aperçu à jour en \d+/g;
const INDEXED = /✔ Index de recherche de l’aperçu à jour/g;
const SERVING = /Aperçu de l’observatoire/g;

export interface PreviewLatency {
  readonly firstBuildSeconds: number;
  /** Milliseconds from each save to the updated pages, in the order of the saves. */
  readonly savesMs: readonly number[];
}

export async function measurePreviewLatency(root: string, tsxLoader: string, saves = 5): Promise<PreviewLatency> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", tsxLoader, "scripts/cli/start.ts", `--port=${await freePort()}`], {
    cwd: root,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  child.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  const count = (pattern: RegExp) => (printed.match(pattern) ?? []).length;
  const until = async (pattern: RegExp, times: number) => {
    const deadline = Date.now() + 600_000;
    while (count(pattern) < times) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`l’aperçu ne répond pas :\n${printed}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  try {
    await until(SERVING, 1);
    await until(UPDATED, 1);
    const firstBuildSeconds = (performance.now() - started) / 1000;
    await until(INDEXED, 1);
    const folder = join(root, "content", "dynamiques");
    const file = join(folder, readdirSync(folder).sort()[0] ?? "");
    const original = readFileSync(file, "utf8");
    const savesMs: number[] = [];
    for (let save = 1; save <= saves; save += 1) {
      const saved = performance.now();
      writeFileSync(file, original.replace(/^summary: /m, `summary: Version ${save}. `));
      await until(UPDATED, save + 1);
      savesMs.push(performance.now() - saved);
      await until(INDEXED, save + 1);
    }
    writeFileSync(file, original);
    return { firstBuildSeconds, savesMs };
  } finally {
    child.kill("SIGTERM");
  }
}

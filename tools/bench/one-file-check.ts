/**
 * The one-file `check` a contributor runs after editing a file, on the shipped content:
 * `npm run check -- <file>` as typed (npm's own start-up included), the same command line
 * without npm, and the command compiled module by module (dist/cli/check.js, what
 * `npm run check` ran before it was bundled), interleaved so that all three see the same
 * machine, each the median of `runs`.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./corpus/generate-corpus.ts";

const EDITED_FILE = "content/dynamiques/biovallee.md";

export interface OneFileCheck {
  readonly file: string;
  readonly runs: number;
  readonly npmSeconds: number;
  readonly withoutNpmSeconds: number;
  readonly moduleByModuleSeconds: number;
}

function medianSeconds(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return (sorted[Math.floor(sorted.length / 2)] ?? 0) / 1000;
}

function timed(command: string, args: readonly string[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", env: { ...process.env, GITHUB_ACTIONS: "" } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} a échoué (${result.status}) :\n${result.stderr}`);
  return performance.now() - started;
}

export function measureOneFileCheck(runs = 9): OneFileCheck {
  const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const [program, ...args] = (scripts["check"] ?? "").split(" ");
  if (program !== "node") throw new Error("npm run check ne lance pas node : le banc ne sait pas le mesurer");
  const preload = args.slice(0, 2);
  const samples = { npm: [] as number[], withoutNpm: [] as number[], moduleByModule: [] as number[] };
  // A first run of each writes the code cache and warms the disk cache; it is not counted.
  timed("npm", ["run", "--silent", "check", "--", EDITED_FILE]);
  timed(process.execPath, [...preload, join("dist", "cli", "check.js"), EDITED_FILE]);
  for (let run = 0; run < runs; run++) {
    samples.npm.push(timed("npm", ["run", "--silent", "check", "--", EDITED_FILE]));
    samples.withoutNpm.push(timed(process.execPath, [...args, EDITED_FILE]));
    samples.moduleByModule.push(timed(process.execPath, [...preload, join("dist", "cli", "check.js"), EDITED_FILE]));
  }
  return {
    file: EDITED_FILE,
    runs,
    npmSeconds: medianSeconds(samples.npm),
    withoutNpmSeconds: medianSeconds(samples.withoutNpm),
    moduleByModuleSeconds: medianSeconds(samples.moduleByModule),
  };
}

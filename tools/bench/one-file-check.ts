/**
 * The one-file `check` a contributor runs after editing a file, on the shipped content:
 * `npm run check -- <file>` as typed (npm's own start-up included), the same command line
 * without npm, and the command compiled module by module (dist/cli/check.js, what
 * `npm run check` ran before it was bundled), interleaved so that all three see the same
 * machine, each the median of `runs`.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "./corpus/generate-corpus.ts";
import { npmScript } from "./npm-script.ts";

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
  const { command, args } = npmScript("check");
  const typed = ["run", "--silent", "check", "--", EDITED_FILE];
  const withoutNpm = [...args, EDITED_FILE];
  // `--import <recompile-if-stale>` first: the module-by-module command runs behind the same check of the sources.
  const moduleByModule = [...args.slice(0, 2), join("dist", "cli", "check.js"), EDITED_FILE];
  const samples = { npm: [] as number[], withoutNpm: [] as number[], moduleByModule: [] as number[] };
  // A first run of each writes the code cache and warms the disk cache; it is not counted.
  timed("npm", typed);
  timed(command, moduleByModule);
  for (let run = 0; run < runs; run++) {
    samples.npm.push(timed("npm", typed));
    samples.withoutNpm.push(timed(command, withoutNpm));
    samples.moduleByModule.push(timed(command, moduleByModule));
  }
  return {
    file: EDITED_FILE,
    runs,
    npmSeconds: medianSeconds(samples.npm),
    withoutNpmSeconds: medianSeconds(samples.withoutNpm),
    moduleByModuleSeconds: medianSeconds(samples.moduleByModule),
  };
}

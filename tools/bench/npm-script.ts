/**
 * A command as `npm run <name>` runs it, read from package.json (`node --import … dist/cli/….js`),
 * without npm's own start-up: the bench measures the same compiled JavaScript a contributor runs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./corpus/generate-corpus.ts";

export function npmScript(name: string): { command: string; args: string[] } {
  const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const [program, ...args] = (scripts[name] ?? "").split(" ");
  if (program !== "node") throw new Error(`npm run ${name} ne lance pas node : le banc ne sait pas le mesurer`);
  return { command: process.execPath, args };
}

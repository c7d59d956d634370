/**
 * What a failed build leaves once its process has ended: nothing but what was there before,
 * even when work it started is still running after the failure (Eleventy does not wait for
 * its asset copy when preparing the pages fails), and no English stack trace after the
 * French message. Runs `publishAtomically` in a real process, whose end is what matters.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

const TSX = pathToFileURL(join(PROJECT_ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const ATOMIC_OUTPUT = pathToFileURL(join(PROJECT_ROOT, "scripts", "publish", "atomic-output.ts")).href;

describe("publishAtomically, when the build step fails", () => {
  it("leaves no staging folder even if work still in flight writes into it afterwards, and prints nothing of that work", () => {
    const root = mkdtempSync(join(tmpdir(), "observatoire-atomic-"));
    roots.push(root);
    const script = `
      import { mkdir, writeFile } from "node:fs/promises";
      import { join } from "node:path";
      import { setTimeout as sleep } from "node:timers/promises";
      const { publishAtomically } = await import(${JSON.stringify(ATOMIC_OUTPUT)});
      try {
        await publishAtomically(${JSON.stringify(root)}, "_site", async (staging) => {
          // Started and never awaited, as Eleventy's asset copy: one recreates its folder, one fails.
          sleep(200).then(() => mkdir(join(staging, "assets"), { recursive: true })).then(() => writeFile(join(staging, "assets", "style.css"), "p{}"));
          sleep(200).then(() => writeFile(join(staging, "pagefind", "pagefind.js"), ""));
          throw new Error("page cassée");
        });
      } catch (error) {
        console.error("Échec : " + error.message);
        process.exitCode = 1;
      }
    `;
    const run = spawnSync(process.execPath, ["--import", TSX, "--input-type=module", "-e", script], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("Échec : page cassée\n");
    expect(run.status).toBe(1);
    expect(readdirSync(root)).toEqual([]);
  });
});

/**
 * The lock that makes builds of one folder take turns: it waits for a running build,
 * gives up in French after a bounded wait, and never stays stuck on a build that died.
 * `build-safety.test.ts` runs real builds against it; this file checks its edge cases,
 * and mutual exclusion between real processes racing for a dead build's lock.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { BuildLockBusyError, LOCK_NAME, acquireBuildLock } from "../../scripts/publish/build-lock.ts";
import { PROJECT_ROOT, plain } from "../helpers/fixture-project.ts";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function folder(): string {
  const root = mkdtempSync(join(tmpdir(), "observatoire-lock-"));
  roots.push(root);
  return root;
}

function plantLock(root: string, owner: { pid: number; host?: string; token?: string }): string {
  mkdirSync(join(root, LOCK_NAME));
  const text = JSON.stringify({ host: hostname(), token: "planted", since: "2026-01-01T00:00:00Z", ...owner });
  writeFileSync(join(root, LOCK_NAME, "owner.json"), text);
  return text;
}

function deadPid(): number {
  const pid = spawnSync(process.execPath, ["-e", ""]).pid;
  if (!pid) throw new Error("no process started");
  return pid;
}

describe("the build lock", () => {
  it("gives up in French after the bounded wait while a running process holds it, and leaves that lock alone", async () => {
    const root = folder();
    // The test runner's parent process is running for as long as this test runs.
    const planted = plantLock(root, { pid: process.ppid });
    const waits: number[] = [];
    const error = await acquireBuildLock(root, { maxWaitMs: 300, pollMs: 20, onWait: (owner) => waits.push(owner.pid) }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(BuildLockBusyError);
    expect(plain((error as BuildLockBusyError).message)).toBe(
      `Une autre construction de ce dossier (processus ${process.ppid}) est toujours en cours après 0 minute d’attente : ` +
        "celle-ci renonce, et le site publié (_site/) n’a pas été modifié. " +
        "Si aucune construction n’est en cours, supprimez le dossier _site.lock/ puis relancez « npm run build ».",
    );
    expect(waits).toEqual([process.ppid]);
    expect(readFileSync(join(root, LOCK_NAME, "owner.json"), "utf8")).toBe(planted);
  });

  it("waits for a build of another machine, whose process it cannot look up", async () => {
    const root = folder();
    plantLock(root, { pid: deadPid(), host: "une-autre-machine" });
    await expect(acquireBuildLock(root, { maxWaitMs: 200, pollMs: 20, onWait: () => {} })).rejects.toBeInstanceOf(BuildLockBusyError);
  });

  it.each([
    ["whose process died", () => ({ pid: deadPid() })],
    // Containers give their processes the same numbers at every start.
    ["that names this very process number, left by an earlier process", () => ({ pid: process.pid })],
  ])("takes over a lock %s at once, and releases it", async (_case, owner) => {
    const root = folder();
    plantLock(root, owner());
    const waits: number[] = [];
    const lock = await acquireBuildLock(root, { maxWaitMs: 5_000, onWait: (found) => waits.push(found.pid) });
    expect(waits).toEqual([]);
    expect(lock.owner.pid).toBe(process.pid);
    expect(lock.stillHeld()).toBe(true);
    lock.release();
    expect(readdirSync(root)).toEqual([]);
  });

  it("takes over a lock folder without a readable owner", async () => {
    const root = folder();
    mkdirSync(join(root, LOCK_NAME));
    writeFileSync(join(root, LOCK_NAME, "owner.json"), "{ tronqué");
    const lock = await acquireBuildLock(root, { maxWaitMs: 5_000, onWait: () => {} });
    expect(lock.stillHeld()).toBe(true);
    lock.release();
    expect(existsSync(join(root, LOCK_NAME))).toBe(false);
  });

  it("lets exactly one of several processes racing for a dead build's lock in at a time", async () => {
    const root = folder();
    plantLock(root, { pid: deadPid() });
    const lockModule = pathToFileURL(join(PROJECT_ROOT, "scripts", "publish", "build-lock.ts")).href;
    const tsx = pathToFileURL(join(PROJECT_ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
    // Each one holds the lock for a moment; a folder only one can create proves nobody else is inside.
    const script = `
      import { mkdirSync, rmdirSync } from "node:fs";
      import { setTimeout as sleep } from "node:timers/promises";
      const { acquireBuildLock } = await import(${JSON.stringify(lockModule)});
      const root = ${JSON.stringify(root)};
      await acquireBuildLock(root, { pollMs: 10, onWait: () => {} });
      mkdirSync(root + "/dedans");
      await sleep(150);
      rmdirSync(root + "/dedans");
    `;
    const runs = Array.from({ length: 4 }, () =>
      new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", tsx, "--input-type=module", "-e", script], { stdio: ["ignore", "ignore", "pipe"], timeout: 60_000 });
        let stderr = "";
        child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
        child.on("close", (status) => resolve({ status, stderr }));
      }),
    );
    for (const run of await Promise.all(runs)) expect(run).toEqual({ status: 0, stderr: "" });
    // Released by each at its exit, and the dead build's lock removed: nothing is left.
    expect(readdirSync(root)).toEqual([]);
  }, 90_000);
});

/**
 * One `npm run build` at a time per project folder. Two builds side by side would each
 * take the other's staging folder for a leftover, and publish whatever was left of it.
 *
 * The lock is the folder `_site.lock/`, holding `owner.json` (process number, machine, a
 * token of its own). It is written complete under a temporary name, then renamed into
 * place: a rename onto a folder that already holds an owner fails, so exactly one build
 * gets it, and nobody ever reads a half-written owner. A build that waits says so; it
 * gives up after a bounded wait. A lock whose process has died (a build killed with
 * `kill -9`, a machine that crashed) is taken over: a crash never blocks the next build.
 * The lock is released when the process ends, however it ends short of being killed.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { messages } from "../errors/catalogue.ts";
import { ExplainedError } from "../errors/describe-error.ts";

export const LOCK_NAME = "_site.lock";
const OWNER_FILE = "owner.json";
/** Renamed-aside debris of lock operations, named after the process that made them. */
const DEBRIS = new RegExp(`^${LOCK_NAME.replace(".", "\\.")}\\.(new|old)-(\\d+)-`);

/** A full build of 10 000 entries takes about two minutes: ten leaves room for a slow machine. */
export const DEFAULT_MAX_WAIT_MS = 10 * 60_000;
const DEFAULT_POLL_MS = 250;

export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
  readonly since: string;
}

export interface BuildLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Whether `_site.lock/` still names this process: checked just before publishing. */
  stillHeld(): boolean;
  release(): void;
}

export interface LockWaitOptions {
  readonly maxWaitMs?: number;
  readonly pollMs?: number;
  /** Called once, when the lock is found held by a running build. */
  readonly onWait?: (owner: LockOwner, maxWaitMs: number) => void;
}

/** The other build still runs after the whole wait: this one gives up. */
export class BuildLockBusyError extends ExplainedError {
  constructor(readonly owner: LockOwner, maxWaitMs: number) {
    super(messages.buildLockTimeout({ pid: owner.pid, minutes: minutesOf(maxWaitMs), lock: LOCK_NAME }));
  }
}

/** Locks this process holds, by path: a second request from the same build gets the same lock. */
const held = new Map<string, BuildLock>();

/** Whether a process of this machine is still running (a process of another user counts). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === "EPERM";
  }
}

/**
 * Whether something named after process `pid` may still be in use. This very process
 * number, when it is not ours to hold, was left by an earlier process that had the same
 * number (containers start their processes at the same numbers every time).
 */
export function mayStillBeInUse(pid: number): boolean {
  return pid !== process.pid && isProcessRunning(pid);
}

export async function acquireBuildLock(root: string, options: LockWaitOptions = {}): Promise<BuildLock> {
  const path = join(root, LOCK_NAME);
  const already = held.get(path);
  if (already) return already;
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const onWait = options.onWait ?? announceWait;
  const deadline = Date.now() + maxWaitMs;
  let announced = false;
  for (;;) {
    const owner = tryToCreate(root, path);
    if (owner) {
      removeDeadDebris(root);
      const lock = holdLock(path, owner);
      held.set(path, lock);
      return lock;
    }
    const current = readOwner(path);
    if (current === "vanished") continue;
    if (current === "unreadable" || !isOwnerRunning(current)) {
      takeOver(root, path, current);
      continue;
    }
    if (Date.now() >= deadline) throw new BuildLockBusyError(current, maxWaitMs);
    if (!announced) onWait(current, maxWaitMs);
    announced = true;
    await sleep(Math.min(options.pollMs ?? DEFAULT_POLL_MS, Math.max(0, deadline - Date.now())));
  }
}

/**
 * For `npm run build`: waits for any other build of this folder, then holds the lock until
 * this process ends. False, having said why in French, when the other build outlasts the wait.
 */
export async function holdBuildLock(root: string): Promise<boolean> {
  try {
    await acquireBuildLock(root);
    return true;
  } catch (error) {
    if (!(error instanceof BuildLockBusyError)) throw error;
    console.error(error.message);
    return false;
  }
}

function announceWait(owner: LockOwner, maxWaitMs: number): void {
  console.log(messages.buildWaiting({ pid: owner.pid, minutes: minutesOf(maxWaitMs) }));
}

function minutesOf(milliseconds: number): string {
  return (milliseconds / 60_000).toLocaleString("fr-FR", { maximumFractionDigits: 1 });
}

/** Our owner record if `_site.lock/` was free, undefined if another build holds it. */
function tryToCreate(root: string, path: string): LockOwner | undefined {
  const owner: LockOwner = { pid: process.pid, host: hostname(), token: randomUUID(), since: new Date().toISOString() };
  const candidate = join(root, `${LOCK_NAME}.new-${process.pid}-${owner.token}`);
  mkdirSync(candidate);
  try {
    writeFileSync(join(candidate, OWNER_FILE), `${JSON.stringify(owner)}\n`);
    // Replaces nothing but an empty folder: a lock that holds an owner makes the rename fail.
    renameSync(candidate, path);
    return owner;
  } catch (error) {
    rmSync(candidate, { recursive: true, force: true });
    if (isTakenError(error)) return undefined;
    throw error;
  }
}

function isTakenError(error: unknown): boolean {
  const code = codeOf(error);
  // Linux and macOS say ENOTEMPTY or EEXIST; a file named `_site.lock` gives ENOTDIR; Windows says EPERM.
  return code === "ENOTEMPTY" || code === "EEXIST" || code === "ENOTDIR" || (code === "EPERM" && process.platform === "win32");
}

type OwnerReading = LockOwner | "vanished" | "unreadable";

function readOwner(path: string): OwnerReading {
  let text: string;
  try {
    text = readFileSync(join(path, OWNER_FILE), "utf8");
  } catch (error) {
    // The lock was released or taken over between two steps: look again.
    if (codeOf(error) === "ENOENT") return existsAsEntry(path) ? "unreadable" : "vanished";
    if (codeOf(error) === "ENOTDIR") return "unreadable";
    throw error;
  }
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (typeof owner.pid === "number" && typeof owner.host === "string" && typeof owner.token === "string") return owner as LockOwner;
  } catch {
    // Not JSON: nobody can be waited for on its behalf, the lock is taken over below.
  }
  return "unreadable";
}

function existsAsEntry(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch (error) {
    if (codeOf(error) === "ENOENT") return false;
    return true;
  }
}

function isOwnerRunning(owner: LockOwner): boolean {
  // A process of another machine (a shared network folder) cannot be looked up: it is waited for.
  if (owner.host !== hostname()) return true;
  return mayStillBeInUse(owner.pid);
}

/**
 * Moves a dead build's lock aside. Renaming is what makes it safe: of two builds taking
 * the same dead lock over, one renames it and the other finds it gone. If, between our
 * reading and our renaming, another build replaced the dead lock with its own, we moved
 * a live lock: it is put back.
 */
function takeOver(root: string, path: string, seen: LockOwner | "unreadable"): void {
  const aside = join(root, `${LOCK_NAME}.old-${process.pid}-${randomUUID()}`);
  try {
    renameSync(path, aside);
  } catch (error) {
    if (codeOf(error) === "ENOENT") return;
    throw error;
  }
  const moved = readOwner(aside);
  const same = moved === seen || (typeof moved === "object" && typeof seen === "object" && moved.token === seen.token);
  if (!same) {
    try {
      renameSync(aside, path);
      return;
    } catch (error) {
      // A third build took the free place meanwhile. The build whose lock we moved sees,
      // before publishing, that the lock no longer names it, and stops without publishing.
      if (!isTakenError(error)) throw error;
    }
  }
  rmSync(aside, { recursive: true, force: true });
}

function holdLock(path: string, owner: LockOwner): BuildLock {
  const lock: BuildLock = {
    path,
    owner,
    stillHeld: () => {
      const current = readOwner(path);
      return typeof current === "object" && current.token === owner.token;
    },
    release: () => {
      process.off("exit", lock.release);
      held.delete(path);
      if (!lock.stillHeld()) return;
      // Renamed away first: removing `_site.lock/` in place would leave it empty for a moment,
      // and another build's lock, renamed onto the empty folder, would then be removed with it.
      const aside = `${path}.old-${process.pid}-${owner.token}`;
      renameSync(path, aside);
      rmSync(aside, { recursive: true, force: true });
    },
  };
  process.once("exit", lock.release);
  return lock;
}

/** Lock debris of builds that died between two renames; ours are gone by now. */
function removeDeadDebris(root: string): void {
  for (const name of readdirSync(root)) {
    const pid = DEBRIS.exec(name)?.[2];
    if (pid !== undefined && !mayStillBeInUse(Number(pid))) rmSync(join(root, name), { recursive: true, force: true });
  }
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Builds into a fresh staging folder and swaps it in for `_site/` only once every step
 * succeeded and the folder holds a complete site: a failed, interrupted or damaged build
 * leaves the published site as it was, and no staging folder behind.
 *
 * Builds of one project folder take turns (`build-lock.ts`): a second build would otherwise
 * remove the first one's staging folder, and the first would publish what was left of it.
 * For the same reason, only the folders of builds that died are cleaned up.
 */
import { type Stats, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { basename, join } from "node:path";
import { messages } from "../errors/catalogue.ts";
import { ExplainedError, describeError } from "../errors/describe-error.ts";
import { acquireBuildLock, mayStillBeInUse } from "./build-lock.ts";
import { missingSiteFiles } from "./site-completeness.ts";
import { readSiteSettings } from "./site-settings.ts";

const STAGING_PREFIX = "_site.staging-";
const RETIRED_PREFIX = "_site.retired-";
const LEFTOVER = /^_site\.(staging|retired)-(\d+)$/;

/**
 * Removes the staging and retired folders of builds that died; never `_site/` itself, nor
 * the folders of a build still running. A build that died between its two renames left no
 * `_site/` but the previous site under its retired name: that one is put back instead.
 */
export function removeDeadLeftovers(root: string, outputName = "_site"): void {
  const published = join(root, outputName);
  for (const name of readdirSync(root).sort()) {
    const match = LEFTOVER.exec(name);
    if (!match || mayStillBeInUse(Number(match[2]))) continue;
    if (match[1] === "retired" && !exists(published)) renameSync(join(root, name), published);
    else rmSync(join(root, name), { recursive: true, force: true });
  }
}

export async function publishAtomically<T>(root: string, outputName: string, build: (stagingDir: string) => Promise<T>): Promise<T> {
  // Already held for the whole build by `npm run build`; taken here too, so no caller can publish without it.
  const lock = await acquireBuildLock(root);
  removeDeadLeftovers(root, outputName);
  const staging = join(root, `${STAGING_PREFIX}${process.pid}`);
  const published = join(root, outputName);
  const retired = join(root, `${RETIRED_PREFIX}${process.pid}`);
  mkdirSync(staging);
  const identity = statSync(staging);
  const removeStaging = () => rmSync(staging, { recursive: true, force: true });
  // A failed step can leave writes in flight (Eleventy writes pages side by side) that recreate
  // folders inside the staging folder after it was removed: it is removed again once the process
  // has nothing left to run. Put first, so that it happens before the lock is released.
  process.prependListener("exit", removeStaging);
  const onInterrupt = (signal: NodeJS.Signals) => {
    removeStaging();
    console.error(messages.buildInterrupted());
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onInterrupt).once("SIGTERM", onInterrupt);
  let built: T;
  try {
    built = await build(staging);
    checkStaging(root, staging, identity);
    if (!lock.stillHeld()) throw new ExplainedError(messages.buildLockLost());
    swapIn(staging, published, retired);
  } catch (error) {
    removeStaging();
    absorbEchoesOfTheFailure();
    throw error;
  } finally {
    process.off("SIGINT", onInterrupt).off("SIGTERM", onInterrupt);
  }
  process.off("exit", removeStaging);
  try {
    // Asynchronous removal unlinks on libuv's threads at once: about a third faster on a large site.
    await rm(retired, { recursive: true, force: true });
  } catch (error) {
    // The new site is out: saying the build failed would be wrong. The next build removes it.
    console.error(messages.previousSiteNotRemoved({ dir: basename(retired), detail: describeError(error) }));
  }
  return built;
}

/**
 * Work still in flight when a step failed fails in turn: Eleventy starts copying the
 * assets, and no longer waits for the copy when preparing the pages fails; the copy then
 * finds its folder removed, or the disk still full. The failure was reported once, in French; these echoes of it would print
 * English stack traces after that message. Nothing else runs in a build that failed, so
 * every late rejection is one of them; `DEBUG=1` still shows them.
 */
function absorbEchoesOfTheFailure(): void {
  process.on("unhandledRejection", (reason) => {
    if (process.env["DEBUG"]) console.error(reason);
  });
}

/** The staging folder is still the one this build made, and holds a complete site. */
function checkStaging(root: string, staging: string, identity: Stats): void {
  const now = statSync(staging, { throwIfNoEntry: false });
  if (!now || now.ino !== identity.ino || now.dev !== identity.dev) {
    throw new ExplainedError(messages.stagingReplaced({ dir: basename(staging) }));
  }
  const missing = missingSiteFiles(staging, readSiteSettings(root).pathPrefix);
  if (missing.length > 0) {
    throw new ExplainedError(messages.siteIncomplete({ missing: missing.length, examples: missing.slice(0, 3).join(", ") }));
  }
}

/** Two renames; if the second fails, the first is undone, so `_site/` is never left missing. */
function swapIn(staging: string, published: string, retired: string): void {
  const hadSite = exists(published);
  if (hadSite) renameSync(published, retired);
  try {
    renameSync(staging, published);
  } catch (error) {
    if (hadSite) putBack(retired, published, error);
    throw error;
  }
}

function putBack(retired: string, published: string, cause: unknown): void {
  try {
    renameSync(retired, published);
  } catch {
    // The first failure is the one to report; this message says where the previous site is.
    throw new ExplainedError(messages.publishRollbackFailed({ retired: basename(retired) }), { cause });
  }
}

function exists(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

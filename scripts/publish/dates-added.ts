/**
 * When each content file was added, from git history: the date of the commit that
 * created it. A file not committed yet, or a copy without history, falls back to the
 * edition's publication date. Read in one `git log`, whatever the number of files.
 *
 * The preview (`npm start`) asks for these dates at every save, for the Atom feed: it
 * calls `readDatesAddedOncePerSession` at start-up, and the history is then read at the
 * first build and kept. A commit made during the session changes nothing on screen: a file
 * added since takes the fallback date, as an uncommitted file does; the edition's date is
 * kept the same way (start.ts). Every other command reads the history when asked.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

/** The projects whose history is read once (`undefined` until the first read). */
const sessions = new Map<string, ReadonlyMap<string, string> | undefined>();

/** From now on in this process, `datesAdded(root)` reads git history once and returns the same dates after. */
export function readDatesAddedOncePerSession(root: string): void {
  const key = resolve(root);
  if (!sessions.has(key)) sessions.set(key, undefined);
}

export function datesAdded(root: string): ReadonlyMap<string, string> {
  const key = resolve(root);
  if (!sessions.has(key)) return readDatesAdded(root);
  let dates = sessions.get(key);
  if (!dates) {
    dates = readDatesAdded(root);
    sessions.set(key, dates);
  }
  return dates;
}

function readDatesAdded(root: string): ReadonlyMap<string, string> {
  let log: string;
  try {
    log = execFileSync("git", ["log", "--diff-filter=A", "--name-only", "--format=%x00%cI", "--", "content"], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    // No git history here (an archive): every file takes the publication date.
    return new Map();
  }
  const added = new Map<string, string>();
  for (const commit of log.split("\0").slice(1)) {
    const [date = "", ...files] = commit.split("\n").filter((line) => line.trim() !== "");
    // git log lists the newest commits first; a file re-added later keeps its latest addition.
    for (const file of files) if (!added.has(file)) added.set(file, date);
  }
  return added;
}

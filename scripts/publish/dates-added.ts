/**
 * When each content file was added, from git history: the date of the commit that
 * created it. A file not committed yet, or a copy without history, falls back to the
 * edition's publication date. Read in one `git log`, whatever the number of files.
 */
import { execFileSync } from "node:child_process";

export function datesAdded(root: string): ReadonlyMap<string, string> {
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

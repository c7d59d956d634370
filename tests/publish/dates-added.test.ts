/**
 * The feed's dates come from git history. Every command reads it when asked; the preview
 * reads it once for its session (start.ts), so that a save does not wait for `git log`: a file
 * committed during the session keeps the fallback date until the next `npm start`.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { datesAdded, readDatesAddedOncePerSession } from "../../scripts/publish/dates-added.ts";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A git repository with no commit yet. */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), "observatoire-dates-"));
  roots.push(root);
  mkdirSync(join(root, "content", "dynamiques"), { recursive: true });
  git(root, ["init", "--quiet"]);
  return root;
}

function git(root: string, args: readonly string[], date?: string): void {
  execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], {
    cwd: root,
    stdio: "ignore",
    env: date ? { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : process.env,
  });
}

/** Adds a content file in a commit dated `date`. */
function commitEntry(root: string, name: string, date: string): void {
  writeFileSync(join(root, "content", "dynamiques", name), "---\ntitle: Test\n---\n");
  git(root, ["add", "--all"]);
  git(root, ["commit", "--quiet", `--message=${name}`], date);
}

describe("datesAdded", () => {
  it("dates each file by the commit that added it, and sees a new commit at the next call", () => {
    const root = repository();
    commitEntry(root, "a.md", "2026-01-05T10:00:00+01:00");
    expect(datesAdded(root).get("content/dynamiques/a.md")).toBe("2026-01-05T10:00:00+01:00");
    commitEntry(root, "b.md", "2026-02-07T09:30:00+01:00");
    const dates = datesAdded(root);
    expect(dates.get("content/dynamiques/a.md")).toBe("2026-01-05T10:00:00+01:00");
    expect(dates.get("content/dynamiques/b.md")).toBe("2026-02-07T09:30:00+01:00");
  });

  it("in a preview session, keeps the history read at the first build: a file committed since is not dated", () => {
    const root = repository();
    commitEntry(root, "a.md", "2026-01-05T10:00:00+01:00");
    readDatesAddedOncePerSession(root);
    const first = datesAdded(root);
    expect(first.get("content/dynamiques/a.md")).toBe("2026-01-05T10:00:00+01:00");
    commitEntry(root, "b.md", "2026-02-07T09:30:00+01:00");
    const next = datesAdded(root);
    // The same dates as read at the first build: git was not asked again.
    expect(next).toBe(first);
    expect(next.has("content/dynamiques/b.md")).toBe(false);
  });

  it("reads the history at the first build of the session, not when the session starts", () => {
    const root = repository();
    readDatesAddedOncePerSession(root);
    commitEntry(root, "a.md", "2026-01-05T10:00:00+01:00");
    expect(datesAdded(root).get("content/dynamiques/a.md")).toBe("2026-01-05T10:00:00+01:00");
  });

  it("keeps reading the history of other projects when asked", () => {
    const session = repository();
    readDatesAddedOncePerSession(session);
    const other = repository();
    commitEntry(other, "a.md", "2026-01-05T10:00:00+01:00");
    expect(datesAdded(other).size).toBe(1);
    commitEntry(other, "b.md", "2026-02-07T09:30:00+01:00");
    expect(datesAdded(other).get("content/dynamiques/b.md")).toBe("2026-02-07T09:30:00+01:00");
  });
});

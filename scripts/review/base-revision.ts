/**
 * The content and settings of a git revision, put in a folder of their own, so that
 * `npm run diff` builds the site of the base version without touching the working tree:
 * no checkout, no stash, nothing a contributor could lose.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { messages } from "../errors/catalogue.ts";

/** What the pipeline reads under a project root: the base is built from its own content and settings. */
const SITE_SOURCES = ["content", "data"];

/** A revision that cannot be compared, said in French: not a fault of the tool. */
export class RevisionError extends Error {}

export interface RevisionFolder {
  /** The project root of the revision: its `content/` and `data/`. */
  readonly root: string;
  /** Removes the folder. */
  dispose(): void;
}

/** Extracts `content/` and `data/` of `revision` (a branch, tag or commit) for the project at `projectRoot`. */
export async function extractRevision(projectRoot: string, revision: string): Promise<RevisionFolder> {
  // The project may be a folder inside its repository: the revision's tree is read from the same folder.
  // Git commands run at the top of the repository, where `ls-tree` and `archive` see the whole tree.
  const top = git(projectRoot, ["rev-parse", "--show-toplevel"]);
  const prefix = git(projectRoot, ["rev-parse", "--show-prefix"]);
  if (top === undefined || prefix === undefined) throw new RevisionError(messages.diffNotRepository());
  const commit = revision.startsWith("-") ? undefined : git(top, ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`]);
  if (!commit) throw new RevisionError(messages.diffUnknownRevision({ revision }));
  const tree = `${commit}:${prefix.replace(/\/$/, "")}`;
  const present = (git(top, ["ls-tree", "--name-only", tree]) ?? "").split("\n").filter((name) => SITE_SOURCES.includes(name));
  // Without its settings and vocabularies, the revision is no version of the site.
  if (!present.includes("data")) throw new RevisionError(messages.diffNoSiteInRevision({ revision, folder: `${prefix}data/` }));

  const root = mkdtempSync(join(tmpdir(), "observatoire-base-"));
  const dispose = () => rmSync(root, { recursive: true, force: true });
  try {
    await archiveInto(top, tree, present, root);
    // A version without content published no page: every page of the new one is added.
    mkdirSync(join(root, "content"), { recursive: true });
  } catch (error) {
    dispose();
    throw error;
  }
  return { root, dispose };
}

/** A git command's output without its final newline, or undefined when git refuses. */
function git(cwd: string, args: readonly string[]): string | undefined {
  const result = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (result.error) throw new RevisionError(messages.diffGitFailed({ detail: result.error.message }));
  return result.status === 0 ? result.stdout.replace(/\n$/, "") : undefined;
}

/**
 * `git archive | tar -x`: files stream from git to disk, images included, without holding the
 * revision in memory, and each file keeps its kind (a symbolic link stays one, and `check` refuses it as in a working tree).
 */
function archiveInto(cwd: string, tree: string, paths: readonly string[], destination: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const archive = spawn("git", ["archive", "--format=tar", tree, "--", ...paths], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const extract = spawn("tar", ["-x", "-f", "-", "-C", destination], { stdio: ["pipe", "ignore", "pipe"] });
    archive.stdout.pipe(extract.stdin);
    let errors = "";
    // A tar that stops early closes its input under git: its exit status says why, this only keeps the stream from throwing.
    extract.stdin.once("error", (error) => (errors ||= error.message));
    archive.stderr.setEncoding("utf8").on("data", (chunk: string) => (errors += chunk));
    extract.stderr.setEncoding("utf8").on("data", (chunk: string) => (errors += chunk));
    const fail = (error: Error) => reject(new RevisionError(messages.diffGitFailed({ detail: error.message })));
    archive.once("error", fail);
    extract.once("error", fail);
    // Both must succeed: tar ends cleanly on a truncated archive if git died between two files.
    const exits = [archive, extract].map((child) => new Promise<number | null>((done) => child.once("close", done)));
    void Promise.all(exits).then(([archived, extracted]) => {
      if (archived === 0 && extracted === 0) resolve();
      else reject(new RevisionError(messages.diffGitFailed({ detail: errors.trim() || `git archive ${archived}, tar ${extracted}` })));
    });
  });
}

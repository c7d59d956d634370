/**
 * `npm run build` on content a stranger could send: nothing active reaches the
 * pages, and a build that fails, before or during rendering, leaves the published
 * `_site/` byte for byte as it was. Two builds of one folder take turns instead of
 * publishing each other's remains, and a build the file system fails (full disk,
 * rename refused) says so in French and leaves neither a changed `_site/` nor debris.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { BASE_FILES, plain } from "../helpers/fixture-project.ts";
import { type CliResult, type RunningCli, expectBuilt, makeSiteProject, removeProject, runCli, startCli } from "../helpers/run-cli.ts";
import { searchRecordUrls } from "../helpers/search-records.ts";
import { fileHashes } from "../helpers/hash-tree.ts";

const projects: string[] = [];
afterEach(() => projects.splice(0).forEach(removeProject));

function project(files: Record<string, string>): string {
  const root = makeSiteProject({ files: { ...BASE_FILES, ...files } });
  projects.push(root);
  return root;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const HOSTILE = `---
title: "<script>alert('titre')</script> Tiers-lieu"
summary: "Un résumé avec une esperluette & et un guillemet \\" qui restent du texte."
kind: tiers-lieu
territory: figeac
actors: ["<img src=x onerror=alert(1)>"]
sources:
  - title: "<svg onload=alert(1)>"
    url: "https://exemple.fr/?q=<script>"
---
<script>alert("corps")</script>

<a href="javascript:alert(1)">lien piégé</a> <a href="https://exemple.fr" onclick="alert(1)">lien</a>

<iframe src="https://exemple.fr"></iframe><form action="https://exemple.fr"><input name="x"></form>

<div style="background:url(javascript:alert(1))">style</div>
`;

describe("npm run build with hostile content", () => {
  it("publishes the entry with every piece of contributor text inert", () => {
    const root = project({ "content/dynamiques/piege.md": HOSTILE });
    const build = runCli("build", [], root);
    expect(build.status).toBe(0);
    for (const file of listFiles(join(root, "_site")).filter((f) => f.endsWith(".html"))) {
      // Real tags only: escaped text such as `&lt;svg onload=…&gt;` is shown, not run.
      const html = readFileSync(file, "utf8");
      // The site's own scripts are files of its own; nothing inline, nothing from elsewhere.
      for (const script of html.match(/<script[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
        expect(script, file).toMatch(/^<script (type="module" )?src="\/assets\/[a-z-]+\.js"( defer)?><\/script>$/);
      }
      const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
      for (const tag of tags) {
        // The only SVG is the site's own map, drawn at build time from official geometry.
        if (/^<svg/i.test(tag)) expect(tag, file).toMatch(/class="france-map"/);
        expect(tag, file).not.toMatch(/^<(iframe|object|embed|style)/i);
        if (/^<form/i.test(tag)) expect(tag, file).toMatch(/action="\/recherche\/"/);
        expect(tag, file).not.toMatch(/\son[a-z]+\s*=/i);
        expect(tag, file).not.toMatch(/(href|src|action)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
        expect(tag, file).not.toMatch(/\sstyle\s*=/i);
      }
    }
    const page = readFileSync(join(root, "_site", "dynamiques", "piege", "index.html"), "utf8");
    expect(page).toContain("&lt;script&gt;alert(");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(plain(page)).toContain("une esperluette &amp; et un guillemet");
  });
});

describe("a build that fails", () => {
  it("refuses to publish invalid content and leaves _site/ untouched", () => {
    const root = project({});
    expectBuilt(runCli("build", [], root));
    const before = fileHashes(join(root, "_site"));
    writeFileSync(join(root, "content", "dynamiques", "cassee.md"), "---\ntitle: [\n---\n");
    const failed = runCli("build", [], root);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("content/dynamiques/cassee.md:2:");
    expect(plain(failed.stderr)).toContain("Publication refusée : le contenu comporte des erreurs. Le site publié (_site/) n’a pas été modifié.");
    expect(fileHashes(join(root, "_site"))).toEqual(before);
  });

  it("leaves _site/ untouched when rendering breaks half-way, and says so in French", () => {
    const root = project({});
    expectBuilt(runCli("build", [], root));
    const before = fileHashes(join(root, "_site"));
    // A template error that only strikes when the visit pages render, after others were written.
    writeFileSync(join(root, "content", "dynamiques", "seconde.md"), BASE_FILES["content/dynamiques/figeacteurs.md"]!);
    writeFileSync(join(root, "layouts", "pages", "dynamique.njk"), readFileSync(join(root, "layouts", "pages", "dynamique.njk"), "utf8") + "\n{{ entry.title | filtreInexistant }}\n");
    const failed = runCli("build", [], root);
    expect(failed.status).toBe(1);
    expect(plain(failed.stderr)).toContain("La construction du site a échoué :");
    expect(plain(failed.stderr)).toContain("Le site publié (_site/) n’a pas été modifié.");
    expect(failed.stderr).not.toMatch(/^\s+at /m);
    expect(fileHashes(join(root, "_site"))).toEqual(before);
    expect(readdirSync(root).filter((name) => name.startsWith("_site"))).toEqual(["_site"]);
  });
});

describe("no content is lost", () => {
  it("publishes every content file as exactly one page, except drafts, which are checked but not published", () => {
    const draft = BASE_FILES["content/dynamiques/figeacteurs.md"]!.replace("kind: ptce", "kind: ptce\ndraft: true");
    const root = project({
      "content/dynamiques/brouillon.md": draft,
      "content/visites/visite.md":
        "---\ntitle: Visite\nsummary: Une visite d’étude de deux jours à Figeac.\nterritory: figeac\ndate: 2018-10-30\nsources:\n  - title: Source\n---\n",
    });
    expectBuilt(runCli("build", [], root));
    const contentFiles = listFiles(join(root, "content")).map((file) => relative(join(root, "content"), file).replace(/\.md$/, ""));
    const pages = listFiles(join(root, "_site"))
      .filter((file) => file.endsWith("/index.html"))
      .map((file) => relative(join(root, "_site"), file).replace(/\/index\.html$/, ""));
    const published = contentFiles.filter((file) => file !== "dynamiques/brouillon");
    expect(pages).toEqual(expect.arrayContaining(published));
    expect(pages).not.toContain("dynamiques/brouillon");
    const entryPages = pages.filter((page) => /^(dynamiques|visites|evenements)\/[^/]+$/.test(page));
    expect(entryPages.sort()).toEqual(published.filter((file) => !file.startsWith("territoires/")).sort());
    // Every published entry and dossier is a search record, and nothing else is.
    const dossierPages = pages.filter((page) => /^territoires\/[^/]+$/.test(page));
    const records = searchRecordUrls(join(root, "_site")).map((url) => url.replace(/^\/|\/$/g, ""));
    expect(records.sort()).toEqual([...entryPages, ...dossierPages].sort());
  });
});

/** The published files, with the hashed names Pagefind gives its filter and meta files made alike (README, « reproductible »). */
function siteFileList(root: string): string[] {
  return listFiles(join(root, "_site"))
    .map((file) => relative(join(root, "_site"), file).replace(/_[0-9a-f]{7,}\.pf_/, "_#.pf_"))
    .sort();
}

function siteFolders(root: string): string[] {
  return readdirSync(root).filter((name) => name.startsWith("_site")).sort();
}

/** A site with enough pages that a build spends a while writing its staging folder. */
function largerSite(entries: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1; n <= entries; n += 1) {
    files[`content/dynamiques/dynamique-${n}.md`] = BASE_FILES["content/dynamiques/figeacteurs.md"]!.replace("title: Figeacteurs", `title: Dynamique ${n}`);
  }
  return files;
}

/** A process number that no running process has: one that has just ended. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ["-e", ""]).pid;
  if (!pid) throw new Error("no process started");
  return pid;
}

function sleeper(): ChildProcess {
  return spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
}

/** `_site.lock/owner.json` as a build writes it (the contract of scripts/publish/build-lock.ts). */
function plantLock(root: string, pid: number): void {
  mkdirSync(join(root, "_site.lock"));
  writeFileSync(join(root, "_site.lock", "owner.json"), JSON.stringify({ pid, host: hostname(), token: `test-${pid}`, since: new Date().toISOString() }));
}

/** Whether a build has written pages into this staging folder (which may vanish while it is read). */
function hasPages(staging: string): boolean {
  try {
    return readdirSync(join(staging, "dynamiques")).length > 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

function stopAll(commands: ReadonlyArray<RunningCli | ChildProcess | undefined>): void {
  for (const command of commands) {
    const child = command && "child" in command ? command.child : command;
    if (!child || child.exitCode !== null || child.signalCode !== null) continue;
    child.kill("SIGCONT");
    child.kill("SIGKILL");
  }
}

const WAITING = /Une autre construction de ce dossier est en cours \(processus (\d+)\)\s:\scelle-ci attend qu’elle se termine/;
/** Words of the English messages Node, Eleventy and Pagefind print, none of which is French. */
const ENGLISH = /\b(the|no such|space left|device|error|trouble|writing|failed|resource|busy|locked|rename)\b/i;

/** What a build that ended may have done: publish the whole site, or refuse in one French message and publish nothing. */
function expectWholeSiteOrFrenchRefusal(result: CliResult, root: string, reference: string[]): void {
  if (result.status === 0) {
    expect(siteFileList(root)).toEqual(reference);
    expect(existsSync(join(root, "_site", "assets", "style.css"))).toBe(true);
  } else {
    expect(plain(result.stderr)).toMatch(/^(La construction du site a échoué|Une autre construction de ce dossier)/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toMatch(ENGLISH);
  }
}

describe("two builds of the same folder", () => {
  it("take turns: the second waits, saying so, and each one that succeeds published the whole site", async () => {
    const root = project(largerSite(60));
    expectBuilt(runCli("build", [], root));
    const reference = siteFileList(root);
    const first = startCli("build", [], root);
    let second: RunningCli | undefined;
    try {
      // The first build is caught once it has written pages into its staging folder, and frozen there.
      const staging = join(root, `_site.staging-${first.pid}`);
      expect(await waitUntil(() => hasPages(staging) || first.child.exitCode !== null, 120_000)).toBe(true);
      process.kill(first.pid, "SIGSTOP");
      expect(hasPages(staging), "the first build was frozen while writing its staging folder").toBe(true);
      second = startCli("build", [], root);
      // It waits for the first, or goes ahead and ends (as it did, removing the first one's staging folder).
      const waiting = await second.waitForOutput(WAITING, 120_000);
      // Frozen while it waits: what the first build leaves in _site/ is looked at before the second can publish.
      if (waiting) process.kill(second.pid, "SIGSTOP");
      process.kill(first.pid, "SIGCONT");
      expectWholeSiteOrFrenchRefusal(await first.exited, root, reference);
      if (waiting) process.kill(second.pid, "SIGCONT");
      const secondResult = await second.exited;
      expectWholeSiteOrFrenchRefusal(secondResult, root, reference);
      expect(plain(secondResult.stdout)).toMatch(WAITING);
      expect(WAITING.exec(plain(secondResult.stdout))?.[1]).toBe(String(first.pid));
      expect(siteFolders(root)).toEqual(["_site"]);
    } finally {
      stopAll([first, second]);
    }
  }, 300_000);

  it("is not blocked by the lock of a build that died", () => {
    const root = project({});
    plantLock(root, deadPid());
    const build = runCli("build", [], root);
    expectBuilt(build);
    expect(plain(build.stdout)).not.toMatch(WAITING);
    expect(existsSync(join(root, "_site", "assets", "style.css"))).toBe(true);
    // Taken over, then released: nothing is left for the next build to wait for.
    expect(siteFolders(root)).toEqual(["_site"]);
  }, 120_000);

  it("waits for the lock of a running process, and takes it over once that process is gone", async () => {
    const root = project({});
    const holder = sleeper();
    let build: RunningCli | undefined;
    try {
      plantLock(root, holder.pid!);
      build = startCli("build", [], root);
      expect(await build.waitForOutput(WAITING, 60_000)).toBe(true);
      expect(plain(build.output().stdout)).toContain(`(processus ${holder.pid})`);
      expect(existsSync(join(root, "_site"))).toBe(false);
      holder.kill("SIGKILL");
      expectBuilt(await build.exited);
      expect(existsSync(join(root, "_site", "assets", "style.css"))).toBe(true);
      expect(siteFolders(root)).toEqual(["_site"]);
    } finally {
      stopAll([holder, build]);
    }
  }, 120_000);

  it("removes the staging folders a dead build left, and not those of a running one", () => {
    const root = project({});
    const dead = deadPid();
    const living = sleeper();
    try {
      for (const name of [`_site.staging-${dead}`, `_site.retired-${dead}`, `_site.staging-${living.pid}`]) {
        mkdirSync(join(root, name));
        writeFileSync(join(root, name, "index.html"), "<p>reste</p>");
      }
      expectBuilt(runCli("build", [], root));
      expect(siteFolders(root)).toEqual(["_site", `_site.staging-${living.pid}`]);
      expect(readFileSync(join(root, `_site.staging-${living.pid}`, "index.html"), "utf8")).toBe("<p>reste</p>");
    } finally {
      living.kill("SIGKILL");
    }
  }, 120_000);
});

describe("a build that the file system fails", () => {
  // The faults are injected into Node's `fs` by tests/helpers/fault-injection.ts, for every writer at once.
  it.each([
    ["the disk is full half-way through the pages", "disk-full-after:5", "le disque est plein (code ENOSPC) ; libérez de la place sur le disque, puis relancez la commande"],
    ["_site/ cannot be moved aside", "rename-fails:retire", "fichier ou dossier occupé par le système ou par un autre programme (code EBUSY, _site → _site.retired-"],
    ["the new site cannot be moved into place", "rename-fails:publish", "fichier ou dossier occupé par le système ou par un autre programme (code EBUSY, _site.staging-"],
  ])("%s: _site/ stays as it was, nothing is left behind, and it says so in one French message", (_case, fault, detail) => {
    const root = project({});
    expectBuilt(runCli("build", [], root));
    const before = fileHashes(join(root, "_site"));
    const failed = runCli("build", [], root, { OBSERVATOIRE_TEST_FAULT: fault });
    expect(failed.status).toBe(1);
    expect(fileHashes(join(root, "_site"))).toEqual(before);
    expect(siteFolders(root)).toEqual(["_site"]);
    expect(failed.stdout).toBe("");
    const lines = plain(failed.stderr).trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`La construction du site a échoué : ${detail}`);
    expect(lines[1]).toBe("Le site publié (_site/) n’a pas été modifié.");
    expect(failed.stderr).not.toMatch(ENGLISH);
  }, 120_000);
});

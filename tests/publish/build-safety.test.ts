/**
 * `npm run build` on content a stranger could send: nothing active reaches the
 * pages, and a build that fails, before or during rendering, leaves the published
 * `_site/` byte for byte as it was.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BASE_FILES, plain } from "../helpers/fixture-project.ts";
import { expectBuilt, makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";
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

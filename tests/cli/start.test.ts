/**
 * `npm start` on the starter content: each save updates exactly the pages, dossiers, feed,
 * sitemap, open data and search index it affects, leaves every other page file untouched,
 * and ends with the same files a full `npm run build` of the same content writes.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, plain } from "../helpers/fixture-project.ts";
import { fileHashes } from "../helpers/hash-tree.ts";
import { type RunningPreview, startPreview } from "../helpers/preview-process.ts";
import { expectBuilt, makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";
import { searchRecords } from "../helpers/search-records.ts";

const ENV = { OBSERVATOIRE_PUBLISHED_AT: "2026-11-23T10:00:00+01:00" };
const UPDATED = /✔ Aperçu à jour en \d+ ms/;
const INDEXED = /✔ Index de recherche de l’aperçu à jour/;

const NEW_ENTRY = `---
title: Recyclerie du Célé
summary: Recyclerie associative de la vallée du Célé, qui forme des salariés en insertion.
kind: tiers-lieu
territory: figeac
themes: [emploi-insertion]
actors: [REGAIN]
sources:
  - title: Une recyclerie dans la vallée du Célé
---
La recyclerie collecte les objets du quotidien et les remet en état avec des salariés en parcours zinzolinesque.
`;

let root: string;
let site: string;
let preview: RunningPreview;
let updates = 0;
let indexes = 0;

/** Every page file with its modification time. */
function pageTimes(): Map<string, number> {
  const times = new Map<string, number>();
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".html")) {
      const path = join(entry.parentPath, entry.name);
      times.set(relative(site, path), statSync(path).mtimeMs);
    }
  }
  return times;
}

function rewritten(before: Map<string, number>): string[] {
  const after = pageTimes();
  return [...after].filter(([path, time]) => before.get(path) !== time).map(([path]) => path).sort();
}

/** Saves a file the way an editor does, then waits for the preview and for its search index. */
async function save(path: string, text: string | undefined): Promise<void> {
  if (text === undefined) rmSync(join(root, path));
  else writeFileSync(join(root, path), text);
  await preview.waitForOutput(UPDATED, ++updates);
  await preview.waitForOutput(INDEXED, ++indexes);
}

/** A file of the preview's site, no-break spaces (French typography) read as spaces. */
const page = (path: string) => plain(readFileSync(join(site, path), "utf8"));
const indexed = (url: string) => searchRecords(site).find((record) => record.url === url);

describe("npm start", () => {
  beforeAll(async () => {
    root = makeSiteProject({ from: join(PROJECT_ROOT, "content") });
    site = join(root, "_site");
    preview = await startPreview(root, ENV);
    await preview.waitForOutput(/Aperçu de l’observatoire : http:\/\/localhost:\d+\//, 1);
    await preview.waitForOutput(UPDATED, ++updates);
    await preview.waitForOutput(INDEXED, ++indexes);
  }, 120_000);

  afterAll(async () => {
    await preview?.stop();
    if (root) removeProject(root);
  });

  it("serves the site and says, in French, where", async () => {
    const response = await fetch(`${preview.origin}/dynamiques/figeacteurs/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<h1 data-pagefind-meta=\"title\">Figeacteurs</h1>");
    expect(preview.output()).not.toMatch(/\[11ty\]|Wrote \d+ files/);
  });

  it("after an edit, rewrites the entry's page and the pages listing it, and no other page", async () => {
    const path = "content/dynamiques/figeacteurs.md";
    const before = pageTimes();
    const original = readFileSync(join(root, path), "utf8");
    await save(path, original.replace("summary: \"Pôle", "summary: \"Le pôle").replace("Ses membres fondateurs", "Ses membres fondateurs zinzolinesques"));

    expect(rewritten(before)).toEqual(
      expect.arrayContaining(["dynamiques/figeacteurs/index.html", "territoires/figeac/index.html", "territoires/occitanie/index.html", "acteurs/regain/index.html"]),
    );
    expect(rewritten(before)).not.toContain("dynamiques/eusko/index.html");
    expect(rewritten(before)).not.toContain("territoires/bretagne/index.html");
    expect(page("dynamiques/figeacteurs/index.html")).toContain("Le pôle territorial");
    expect(page("nouveautes.xml")).toContain("zinzolinesques");
    expect(indexed("/dynamiques/figeacteurs/")?.content).toContain("zinzolinesques");
    expect(indexed("/dynamiques/eusko/")).toBeDefined();
    expect(preview.output()).toMatch(/✔ Aperçu à jour en \d+ ms : \d+ pages rendues\./);
  });

  it("after an entry is added, publishes its page and lists it in its dossiers, the sitemap, the open data and the index", async () => {
    const before = pageTimes();
    await save("content/dynamiques/recyclerie-du-cele.md", NEW_ENTRY);
    expect(rewritten(before)).toEqual(expect.arrayContaining(["dynamiques/recyclerie-du-cele/index.html", "territoires/figeac/index.html"]));
    expect(rewritten(before)).not.toContain("dynamiques/eusko/index.html");
    expect(page("territoires/figeac/index.html")).toContain("Recyclerie du Célé");
    expect(page("sitemap.xml")).toContain("/dynamiques/recyclerie-du-cele/");
    expect(page("donnees/dynamiques.csv")).toContain("Recyclerie du Célé");
    expect(indexed("/dynamiques/recyclerie-du-cele/")?.content).toContain("zinzolinesque");
    const response = await fetch(`${preview.origin}/dynamiques/recyclerie-du-cele/`);
    expect(response.status).toBe(200);
  });

  it("after an entry is deleted, removes its page and every mention of it", async () => {
    await save("content/dynamiques/recyclerie-du-cele.md", undefined);
    expect(existsSync(join(site, "dynamiques/recyclerie-du-cele"))).toBe(false);
    expect(page("territoires/figeac/index.html")).not.toContain("Recyclerie du Célé");
    expect(page("sitemap.xml")).not.toContain("/dynamiques/recyclerie-du-cele/");
    expect(page("donnees/dynamiques.csv")).not.toContain("Recyclerie du Célé");
    expect(indexed("/dynamiques/recyclerie-du-cele/")).toBeUndefined();
    expect(preview.output()).toMatch(/pages? retirées?\./);
  });

  it("keeps the last valid version while a file is broken, and says why in French", async () => {
    const before = pageTimes();
    writeFileSync(join(root, "content/dynamiques/casse.md"), "---\ntitle: [\n---\n");
    await preview.waitForOutput(/L’aperçu montre encore la dernière version valide/, 1);
    expect(preview.output()).toContain("content/dynamiques/casse.md:2:");
    rmSync(join(root, "content/dynamiques/casse.md"));
    await preview.waitForOutput(UPDATED, ++updates);
    await preview.waitForOutput(INDEXED, ++indexes);
    // Back to the same valid content: no page made from an entry or a dossier is rendered again.
    expect(rewritten(before).filter((path) => /^(dynamiques|visites|evenements|territoires|themes|acteurs)\/.+\//.test(path))).toEqual([]);
  });

  it("after a template changes, renders every page made from it again", async () => {
    const template = join(root, "layouts/partials/pages/dynamique.njk");
    const original = readFileSync(template, "utf8");
    const before = pageTimes();
    await save("layouts/partials/pages/dynamique.njk", `${original}<p class="note-de-test">Gabarit modifié</p>\n`);
    const dynamicPages = [...before.keys()].filter((path) => /^dynamiques\/.+\/index\.html$/.test(path));
    expect(dynamicPages.length).toBeGreaterThan(15);
    expect(rewritten(before)).toEqual(expect.arrayContaining(dynamicPages));
    expect(page("dynamiques/eusko/index.html")).toContain("Gabarit modifié");
    await save("layouts/partials/pages/dynamique.njk", original);
    expect(page("dynamiques/eusko/index.html")).not.toContain("Gabarit modifié");
  });

  it("ends with the files a full build of the same content writes", async () => {
    const built = makeSiteProject({ from: join(root, "content") });
    try {
      expectBuilt(runCli("build", [], built, ENV));
      // The search index and the offline copy differ by construction (see reproducible.test.ts);
      // everything else is compared byte for byte.
      const comparable = (hashes: Record<string, string>) =>
        Object.fromEntries(Object.entries(hashes).filter(([path]) => !path.startsWith("pagefind/") && path !== "sw.js"));
      expect(comparable(fileHashes(site))).toEqual(comparable(fileHashes(join(built, "_site"))));
    } finally {
      removeProject(built);
    }
  });
});

describe("npm start on broken content", () => {
  it("says in French what to fix, and does not start", () => {
    const broken = makeSiteProject({ from: join(PROJECT_ROOT, "content"), files: { "content/dynamiques/casse.md": "---\ntitle: Cassé\nsumary: x\n---\n" } });
    try {
      const result = runCli("start", ["--port=1"], broken);
      expect(result.status).toBe(1);
      expect(plain(result.stderr)).toContain("content/dynamiques/casse.md:3:1  champ « sumary » inconnu");
      expect(plain(result.stderr)).toContain("L’aperçu ne peut pas démarrer tant que le contenu comporte des erreurs.");
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(join(broken, "_site"))).toBe(false);
    } finally {
      removeProject(broken);
    }
  });
});

/**
 * The preview keeps one Nunjucks environment for the whole session (configure.ts), so that a
 * save does not compile every partial again. A saved template must still show at once: a
 * macro two imports deep, edited twice in a row, the base layout, and both put back; and a
 * content save in between renders with the templates as last saved.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_FILES, plain } from "../helpers/fixture-project.ts";
import { type RunningPreview, startPreview } from "../helpers/preview-process.ts";
import { makeSiteProject, removeProject } from "../helpers/run-cli.ts";

const ENV = { OBSERVATOIRE_PUBLISHED_AT: "2026-11-23T10:00:00+01:00" };
const UPDATED = /✔ Aperçu à jour en \d+ ms/;
const SERVING = /Aperçu de l’observatoire : \S+/;
/** Imported by components/entry-body.njk, itself imported by pages/dynamique.njk. */
const MACRO = "layouts/partials/components/sources.njk";
const LAYOUT = "layouts/base/base.njk";
const ENTRY = "content/dynamiques/figeacteurs.md";

let root: string;
let preview: RunningPreview;
let updates = 0;
const originals = new Map<string, string>();

/** Saves a file as an editor does and waits for the preview to have written its pages. */
async function save(path: string, edit: (original: string) => string): Promise<void> {
  const original = originals.get(path) ?? readFileSync(join(root, path), "utf8");
  originals.set(path, original);
  writeFileSync(join(root, path), edit(original));
  await preview.waitForOutput(UPDATED, ++updates);
}

/** A page as the open tab gets it from the preview's server. */
async function shown(path: string): Promise<string> {
  const response = await fetch(`${preview.origin}${path}`);
  expect(response.status).toBe(200);
  return plain(await response.text());
}

describe("a saved template in the preview", () => {
  beforeAll(async () => {
    root = makeSiteProject({ files: BASE_FILES });
    preview = await startPreview(root, ENV);
    await preview.waitForOutput(SERVING, 1);
    await preview.waitForOutput(UPDATED, ++updates);
  }, 120_000);

  afterAll(async () => {
    await preview?.stop();
    if (root) removeProject(root);
  });

  it("shows a macro two imports deep as saved, then as saved again", async () => {
    expect(await shown("/dynamiques/figeacteurs/")).toContain('<ul class="sources">');
    await save(MACRO, (text) => text.replace('<ul class="sources">', '<ul class="sources" data-version="zinzolin-1">'));
    expect(await shown("/dynamiques/figeacteurs/")).toContain('data-version="zinzolin-1"');
    await save(MACRO, (text) => text.replace('<ul class="sources">', '<ul class="sources" data-version="zinzolin-2">'));
    const page = await shown("/dynamiques/figeacteurs/");
    expect(page).toContain('data-version="zinzolin-2"');
    expect(page).not.toContain("zinzolin-1");
  });

  it("renders a content save with the templates as last saved", async () => {
    await save(ENTRY, (text) => text.replace("summary: Pôle", "summary: Le pôle zinzolinesque"));
    const page = await shown("/dynamiques/figeacteurs/");
    expect(page).toContain("Le pôle zinzolinesque");
    expect(page).toContain('data-version="zinzolin-2"');
  });

  it("shows a saved base layout on every page", async () => {
    await save(LAYOUT, (text) => text.replace("Géographie officielle", "Gabarit zinzolin. Géographie officielle"));
    for (const path of ["/", "/dynamiques/figeacteurs/", "/territoires/figeac/"]) expect(await shown(path)).toContain("Gabarit zinzolin.");
  });

  it("shows the templates as they were once put back", async () => {
    await save(MACRO, (text) => text);
    await save(LAYOUT, (text) => text);
    const page = await shown("/dynamiques/figeacteurs/");
    expect(page).not.toContain("zinzolin-2");
    expect(page).not.toContain("Gabarit zinzolin.");
    expect(page).toContain('<ul class="sources">');
    expect(page).toContain("Le pôle zinzolinesque");
  });
});

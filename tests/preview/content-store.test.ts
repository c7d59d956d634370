/** The preview's copy of content/: only changed files are read again, and the result is the pipeline's. */
import { readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateContent } from "../../scripts/pipeline/check-content.ts";
import { ContentStore } from "../../scripts/preview/content-store.ts";
import { BASE_FILES, makeProject } from "../helpers/fixture-project.ts";

const VISIT = `---
title: Visite à Figeac
summary: Deux jours de visite d’étude auprès du PTCE Figeacteurs.
date: 2018-10-30
territory: figeac
dynamics: [figeacteurs]
---
`;

describe("ContentStore", () => {
  it("reads every file once, then only the files that changed, were added or were named by the watcher", () => {
    const root = makeProject({ "content/visites/figeac-2018.md": VISIT });
    const store = new ContentStore(root);
    expect([...store.refresh().reread].sort()).toEqual([...Object.keys(BASE_FILES), "content/visites/figeac-2018.md"].sort());
    expect(store.refresh().reread).toEqual([]);

    writeFileSync(join(root, "content/visites/figeac-2018.md"), VISIT.replace("Deux jours", "Deux journées"));
    writeFileSync(join(root, "content/dynamiques/autre.md"), BASE_FILES["content/dynamiques/figeacteurs.md"]!.replace("Figeacteurs", "Autre"));
    expect([...store.refresh().reread].sort()).toEqual(["content/dynamiques/autre.md", "content/visites/figeac-2018.md"]);

    // Same size, same modification time: only the watcher's word tells the change apart.
    const territory = join(root, "content/territoires/figeac.md");
    const before = readFileSync(territory, "utf8");
    writeFileSync(territory, before.replace("Figeac est", "FIGEAC est"));
    utimesSync(territory, new Date(2020, 0, 1), new Date(2020, 0, 1));
    store.refresh();
    writeFileSync(territory, before);
    utimesSync(territory, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(store.refresh(["./content/territoires/figeac.md"]).reread).toEqual(["content/territoires/figeac.md"]);
  });

  it("gives what the full pipeline gives, after edits, additions, deletions and errors", () => {
    const root = makeProject({ "content/visites/figeac-2018.md": VISIT });
    const store = new ContentStore(root);
    store.refresh();
    rmSync(join(root, "content/visites/figeac-2018.md"));
    writeFileSync(join(root, "content/dynamiques/casse.md"), "---\ntitle: Cassé\nsumary: x\n---\n");
    writeFileSync(join(root, "content/dynamiques/notes.txt"), "brouillon");
    const { content } = store.refresh();
    const full = validateContent(root);
    expect(content.valid.map((file) => file.path)).toEqual(full.valid.map((file) => file.path));
    expect(content.errors).toEqual(full.errors);
    expect(content.loaded.files.map((file) => file.path)).toEqual(full.loaded.files.map((file) => file.path));
    expect(content.errors.map((error) => error.file)).toEqual(expect.arrayContaining(["content/dynamiques/casse.md", "content/dynamiques/notes.txt"]));
  });

  it("validates every file again when a vocabulary changes, without reading them again", () => {
    const root = makeProject({});
    const store = new ContentStore(root);
    expect(store.refresh().content.errors).toEqual([]);
    const kinds = join(root, "data/kinds.json");
    const vocabulary = JSON.parse(readFileSync(kinds, "utf8")) as Record<string, unknown>;
    delete vocabulary["ptce"];
    writeFileSync(kinds, JSON.stringify(vocabulary));
    const refreshed = store.refresh();
    expect(refreshed.reread).toEqual([]);
    expect(refreshed.content.errors.map((error) => `${error.file}:${error.line}`)).toEqual(["content/dynamiques/figeacteurs.md:4"]);
  });
});

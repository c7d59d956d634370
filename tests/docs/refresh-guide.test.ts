/**
 * Adding a theme or a kind as CONTRIBUTING.md says (edit data/, use it in a file, run
 * `npm run check`) must not leave the guide behind for `npm test` to catch: `check` and
 * `build` bring its generated tables up to date themselves, and say so in one French line.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { withFieldTables } from "../../scripts/docs/contributor-fields.ts";
import { readVocabulary } from "../../scripts/content-types/vocabulary.ts";
import { BASE_FILES, PROJECT_ROOT, makeProject, plain } from "../helpers/fixture-project.ts";
import { expectBuilt, makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";

const UPDATED = "CONTRIBUTING.md mis à jour d’après data/ et les schémas (tableaux des champs, types et thèmes) : ajoutez-le à votre demande de fusion.";

/** What a contributor does: a new theme and a new kind in data/, and a dynamic that uses both. */
function addThemeAndKind(root: string): void {
  const themes = JSON.parse(readFileSync(join(root, "data/themes.json"), "utf8")) as Record<string, string>;
  writeFileSync(join(root, "data/themes.json"), JSON.stringify({ ...themes, "sport-loisirs": "Sport et loisirs" }, null, 2));
  const kinds = JSON.parse(readFileSync(join(root, "data/kinds.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(
    join(root, "data/kinds.json"),
    JSON.stringify({ ...kinds, "club-sportif": { label: "Club sportif coopératif", short: "Club sportif" } }, null, 2),
  );
  writeFileSync(
    join(root, "content/dynamiques/club.md"),
    "---\ntitle: Un club sportif\nsummary: Un club sportif coopératif à Figeac, pour les tests.\nkind: club-sportif\nterritory: figeac\nthemes: [sport-loisirs]\nsources:\n  - title: Article\n---\n",
  );
}

/** The assertion of tests/docs/contributor-fields.test.ts, on the copy. */
function guideIsCurrent(root: string): boolean {
  const guide = readFileSync(join(root, "CONTRIBUTING.md"), "utf8");
  return guide === withFieldTables(guide, readVocabulary(root)) && guide.includes("`sport-loisirs` (Sport et loisirs)") && guide.includes("`club-sportif` (Club sportif coopératif)");
}

const sites: string[] = [];
afterEach(() => sites.splice(0).forEach(removeProject));

describe("a new theme and kind in data/", () => {
  it("npm run check updates CONTRIBUTING.md, says so once, and the drift test then passes", () => {
    const root = makeProject({});
    cpSync(join(PROJECT_ROOT, "CONTRIBUTING.md"), join(root, "CONTRIBUTING.md"));
    addThemeAndKind(root);
    expect(guideIsCurrent(root)).toBe(false);

    const first = runCli("check", [], root);
    expect(first.status).toBe(0);
    expect(plain(first.stdout).split("\n")[0]).toBe(UPDATED);
    expect(guideIsCurrent(root)).toBe(true);

    const second = runCli("check", [], root);
    expect(second.status).toBe(0);
    expect(second.stdout).not.toContain("CONTRIBUTING.md");
  });

  it("npm run build updates CONTRIBUTING.md too", () => {
    const root = makeSiteProject({ files: BASE_FILES });
    sites.push(root);
    cpSync(join(PROJECT_ROOT, "CONTRIBUTING.md"), join(root, "CONTRIBUTING.md"));
    addThemeAndKind(root);
    const built = runCli("build", [], root);
    expectBuilt(built);
    expect(plain(built.stdout)).toContain(UPDATED);
    expect(guideIsCurrent(root)).toBe(true);
    // The same build prints its duration as French readers write it (« en 2,2 s », never « 2.2 s »).
    expect(plain(built.stdout)).toMatch(/^✔ Site publié dans _site\/ : \d+ fiches et dossiers, en \d+,\d s\.$/m);
  });

  it("a project without the guide is checked as before, and nothing is written", () => {
    const root = makeProject({});
    addThemeAndKind(root);
    const result = runCli("check", [], root);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain("CONTRIBUTING.md");
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { newEntryText } from "../../scripts/cli/new-entry.ts";
import { buildSchemas } from "../../scripts/schema/index.ts";
import { readVocabulary } from "../../scripts/schema/vocabulary.ts";
import { PROJECT_ROOT, makeProject, plain } from "../helpers/fixture-project.ts";
import { runCli } from "../helpers/run-cli.ts";
import { buildObservatory } from "../../scripts/pipeline/build-observatory.ts";

const schemas = buildSchemas(readVocabulary(PROJECT_ROOT));

describe("npm run new", () => {
  it("creates the file at the slug of the title, and says what to do next", () => {
    const root = makeProject({});
    const result = runCli("new", ["visite", "Visite d’étude à Cœur Haute Lande"], root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("content/visites/visite-d-etude-a-coeur-haute-lande.md créé");
    const text = readFileSync(join(root, "content/visites/visite-d-etude-a-coeur-haute-lande.md"), "utf8");
    expect(text).toContain('title: "Visite d’étude à Cœur Haute Lande"');
  });

  it("dates a new visit today in Europe/Paris, even just after midnight there", () => {
    const justAfterMidnightInParis = DateTime.fromISO("2026-11-23T23:30:00Z");
    expect(newEntryText(schemas.visites, "Visite", justAfterMidnightInParis)).toContain('date: "2026-11-24"');
  });

  it("writes every field of the type, each explained, and `check` then points at what is left to fill", () => {
    const text = newEntryText(schemas.dynamiques, "Un tiers-lieu");
    for (const field of ["title", "summary", "territory", "kind", "sources", "themes", "actors", "founded", "website"]) {
      expect(text).toMatch(new RegExp(`^#? ?${field}:`, "m"));
    }
    const result = buildObservatory(makeProject({ "content/dynamiques/un-tiers-lieu.md": text }));
    const messages = result.errors.map((e) => plain(`${e.line} ${e.message}`));
    expect(messages.some((m) => m.includes("« summary » est vide"))).toBe(true);
    expect(messages.some((m) => m.includes("« kind » est vide"))).toBe(true);
  });

  it("refuses to overwrite an existing file, and suggests the type meant", () => {
    const root = makeProject({});
    const existing = runCli("new", ["dynamique", "Figeacteurs"], root);
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain("content/dynamiques/figeacteurs.md existe déjà");
    const typo = runCli("new", ["dinamique", "X"], root);
    expect(typo.status).toBe(1);
    expect(plain(typo.stderr)).toContain("Vouliez-vous dire « dynamique » ?");
  });
});

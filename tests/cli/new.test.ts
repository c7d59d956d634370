import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { newEntryText } from "../../scripts/cli/new-entry.ts";
import { territoryPrefill } from "../../scripts/cli/new-territory.ts";
import { officialGeography } from "../../scripts/geo/official-geography.ts";
import { buildSchemas } from "../../scripts/content-types/registry.ts";
import { readVocabulary } from "../../scripts/content-types/vocabulary.ts";
import { PROJECT_ROOT, makeProject, plain } from "../helpers/fixture-project.ts";
import { runCli } from "../helpers/run-cli.ts";
import { contentOnDisk } from "../../scripts/pipeline/content-sources.ts";
import { runPipeline } from "../../scripts/pipeline/pipeline.ts";

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
    const result = runPipeline(contentOnDisk(makeProject({ "content/dynamiques/un-tiers-lieu.md": text })));
    const messages = result.errors.map((e) => plain(`${e.line} ${e.message}`));
    expect(messages.some((m) => m.includes("« summary » est vide"))).toBe(true);
    expect(messages.some((m) => m.includes("« kind » est vide"))).toBe(true);
  });

  it("fills in a territory's scale and code from the official geography, with a comment that says where they come from", () => {
    const root = makeProject({});
    const result = runCli("new", ["territoire", "haute savoie"], root);
    expect(result.status).toBe(0);
    const text = readFileSync(join(root, "content/territoires/haute-savoie.md"), "utf8");
    expect(plain(text)).toContain(
      [
        'title: "Haute-Savoie"',
        "# Échelle : commune, epci, departement, region, ou un regroupement : pays, bassin-de-vie, metropole, quartier, autre.",
        'scale: "departement"',
        '# Obligatoire pour commune, epci, departement et region. Code officiel, entre guillemets : commune ("46102"), SIREN d’EPCI ("200067361"), département ("46"), région ("76").',
        '# D’après la géographie officielle (COG 2026), Haute-Savoie est le département de code "74" (Auvergne-Rhône-Alpes).',
        'code: "74"',
        "# Obligatoire pour un regroupement (et seulement pour lui) : codes officiels des communes, EPCI ou départements couverts, ou région précédée de « region: » (\"region:76\").",
        "# within:",
      ].join("\n"),
    );
    expect(text).not.toContain("Facultatif. Obligatoire");
    // Only the summary is left to write.
    const errors = runPipeline(contentOnDisk(root)).errors.filter((error) => error.file === "content/territoires/haute-savoie.md");
    expect(errors.map((error) => error.key)).toEqual(["emptyField"]);
    expect(plain(errors[0]?.message ?? "")).toContain("« summary » est vide");
  });

  it("leaves the code to choose among communes of the same name, and the scale when the name is not official", () => {
    const homonyms = plain(newEntryText(schemas.territoires, "Saint-Denis", undefined, territoryPrefill("Saint-Denis", officialGeography())));
    expect(homonyms).toContain('scale: "commune"');
    expect(homonyms).toContain(
      '# 4 communes s’appellent Saint-Denis dans la géographie officielle (COG 2026) : "11339" (Aude), "30247" (Gard), "93066" (Seine-Saint-Denis), "97411" (La Réunion). Écrivez dans « code » celui de la vôtre.\ncode: ""',
    );
    const grouping = plain(newEntryText(schemas.territoires, "Pays de Figeac", undefined, territoryPrefill("Pays de Figeac", officialGeography())));
    expect(grouping).toContain(
      "# « Pays de Figeac » n’est le nom d’aucune commune, d’aucun EPCI, d’aucun département ni d’aucune région de la géographie officielle (COG 2026) : choisissez l’échelle, puis écrivez le code officiel, ou, pour un regroupement, retirez « code » et complétez « within ».\nscale: \"\"",
    );
    expect(grouping).not.toContain("commune\"");
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

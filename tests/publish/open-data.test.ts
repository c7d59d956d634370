/**
 * The open data a reader downloads: CSV cells a spreadsheet would run as formulas are
 * neutralised (OWASP), numbers stay numbers, and the JSON keeps every value as written.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { contentOnDisk } from "../../scripts/pipeline/content-sources.ts";
import { runPipeline } from "../../scripts/pipeline/pipeline.ts";
import { toCsv, writeOpenData } from "../../scripts/publish/open-data.ts";
import { buildSchemas } from "../../scripts/content-types/registry.ts";
import { readVocabulary } from "../../scripts/content-types/vocabulary.ts";
import { makeProject, printed } from "../helpers/fixture-project.ts";

/** What a spreadsheet starts a formula with (OWASP « CSV injection »). */
const FORMULAS = {
  equals: '=HYPERLINK("https://exemple.fr/piege";"Cliquez ici")',
  plus: "+33 5 65 00 00 00",
  minus: "-2+3+cmd|' /C calc'!A0",
  at: "@SUM(1+1)*cmd|' /C calc'!A0",
  tab: "\t=1+1",
  carriageReturn: "\r=1+1",
};

const readCsv = (text: string) => parseCsv(text, { columns: true, bom: true }) as Array<Record<string, string>>;

describe("open data CSV", () => {
  it("prefixes with ' every text cell a spreadsheet would read as a formula, and leaves numbers and ordinary text alone", () => {
    const records = [
      ...Object.entries(FORMULAS).map(([slug, titre], index) => ({ slug, titre, acteurs: [titre, "Collectif"], longitude: -1.5 - index })),
      { slug: "ordinaire", titre: "Une ville - et un port", acteurs: ["Collectif"], longitude: null },
    ];
    const rows = readCsv(toCsv(records));
    expect(rows).toHaveLength(records.length);
    Object.values(FORMULAS).forEach((raw, index) => {
      const row = rows[index]!;
      expect(row["titre"], raw).toBe(`'${raw}`);
      expect(row["titre"]!.slice(1), "the value, once the apostrophe is removed").toBe(raw);
      expect(row["acteurs"]).toBe(`'${raw} | Collectif`);
      // A numeric column: a negative number is a number for the spreadsheet, never a formula.
      expect(row["longitude"]).toBe(String(-1.5 - index));
    });
    expect(rows.at(-1)).toEqual({ slug: "ordinaire", titre: "Une ville - et un port", acteurs: "Collectif", longitude: "" });
  });

  it("writes the published files that way, from contributors' fields, while the JSON keeps the raw values", () => {
    const root = makeProject({
      "content/territoires/brest.md": '---\ntitle: Brest\nscale: commune\ncode: "29019"\nsummary: Commune du Finistère, à la pointe de la Bretagne.\n---\n',
      "content/dynamiques/piege.md": `---
title: '${FORMULAS.equals}'
summary: "${FORMULAS.plus}, le numéro de la dynamique à Figeac."
kind: tiers-lieu
territory: [figeac, brest]
actors: ["@collectif", "-moins"]
sources:
  - title: Article
---
`,
    });
    const result = runPipeline(contentOnDisk(root));
    expect(printed(result)).toEqual([]);
    const site = mkdtempSync(join(tmpdir(), "observatoire-donnees-"));
    try {
      writeOpenData(site, result.observatory!, buildSchemas(readVocabulary(root)));
      const csv = readCsv(readFileSync(join(site, "donnees", "dynamiques.csv"), "utf8"));
      const json = JSON.parse(readFileSync(join(site, "donnees", "dynamiques.json"), "utf8")) as Array<Record<string, unknown>>;
      const row = csv.find((candidate) => candidate["slug"] === "piege");
      const record = json.find((candidate) => candidate["slug"] === "piege");
      // The JSON holds the published value (typeset like every title), with nothing added.
      expect(record).toMatchObject({ titre: expect.stringMatching(/^=HYPERLINK\(/), resume: expect.stringMatching(/^\+33/), acteurs: ["@collectif", "-moins"] });
      expect(row).toMatchObject({ titre: `'${record?.["titre"]}`, resume: `'${record?.["resume"]}`, acteurs: "'@collectif | -moins" });

      const territories = readCsv(readFileSync(join(site, "donnees", "territoires.csv"), "utf8"));
      const brest = territories.find((candidate) => candidate["slug"] === "brest");
      expect(Number(brest?.["longitude"])).toBeLessThan(0);
      expect(brest?.["longitude"]).toMatch(/^-\d/);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

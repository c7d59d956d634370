/**
 * The indicators table of the open data when no territory gives a figure yet: the same
 * columns as in any other edition, so that a spreadsheet or a script reading it keeps working.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { contentOnDisk } from "../../../scripts/pipeline/content-sources.ts";
import { runPipeline } from "../../../scripts/pipeline/pipeline.ts";
import { writeOpenData } from "../../../scripts/publish/open-data.ts";
import { buildSchemas } from "../../../scripts/content-types/registry.ts";
import { readVocabulary } from "../../../scripts/content-types/vocabulary.ts";
import { makeProject, printed } from "../../helpers/fixture-project.ts";

describe("open data: indicators", () => {
  it("publishes an empty table with its header when no territory has indicators", () => {
    const root = makeProject({});
    const result = runPipeline(contentOnDisk(root));
    expect(printed(result)).toEqual([]);
    expect(result.observatory?.territories.some((territory) => territory.indicators !== undefined)).toBe(false);
    const site = mkdtempSync(join(tmpdir(), "observatoire-indicateurs-"));
    try {
      writeOpenData(site, result.observatory!, buildSchemas(readVocabulary(root)));
      expect(JSON.parse(readFileSync(join(site, "donnees", "indicateurs.json"), "utf8"))).toEqual([]);
      const csv = readFileSync(join(site, "donnees", "indicateurs.csv"), "utf8");
      const [header] = parseCsv(csv, { bom: true }) as string[][];
      expect(header).toEqual([
        "territoire",
        "territoire_titre",
        "echelle",
        "code",
        "libelle",
        "valeur",
        "unite",
        "annee",
        "source_titre",
        "source_editeur",
        "source_url",
        "source_date",
      ]);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

/**
 * The rules of the fields only dynamiques have (scripts/content-types/dynamique/schema.ts):
 * kind, founded, website. Their shared fields: tests/content-types/shared/rules.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { PipelineResult } from "../../../scripts/pipeline/pipeline.ts";
import { dynamique, pinnedErrors, table } from "../../helpers/rule-table.ts";

table("dynamiques: kind (required, from data/kinds.json)", [
  { fixture: "dynamiques/required.invalid-5.md", error: { line: 2, message: /champ\s«\skind\s» obligatoire manquant/ } },
  { fixture: "dynamiques/kind.valid.md", then: (r) => expect(dynamique(r).kind).toBe("tiers-lieu") },
  {
    fixture: "dynamiques/kind.invalid.md",
    error: { line: 4, message: /type de dynamique\s«\sptc\s» inconnu\. Vouliez-vous dire\s«\sptce\s»/ },
  },
  {
    fixture: "dynamiques/kind.invalid-2.md",
    error: { line: 4, message: /type de dynamique\s«\sgarage\s» inconnu\. La liste est dans data\/kinds\.json/ },
  },
]);

const founded = (iso: string, precision: string) => (r: PipelineResult) =>
  expect(dynamique(r).founded).toMatchObject({ iso, precision });

table("dynamiques: founded (YYYY, YYYY-MM or YYYY-MM-DD, quoted or not)", [
  { fixture: "dynamiques/founded.valid.md", then: founded("2013", "year") }, // a YAML number
  { fixture: "dynamiques/founded.valid-2.md", then: founded("2013", "year") },
  { fixture: "dynamiques/founded.valid-3.md", then: founded("2018-06", "month") },
  { fixture: "dynamiques/founded.valid-4.md", then: founded("2018-06", "month") },
  { fixture: "dynamiques/founded.valid-5.md", then: founded("2018-10-30", "day") },
  { fixture: "dynamiques/founded.valid-6.md", then: founded("2018-10-30", "day") },
  { fixture: "dynamiques/founded.invalid.md", error: { line: 8, message: /date\s«\s2018-13\s» invalide\. Écrivez AAAA, AAAA-MM ou AAAA-MM-JJ/ } },
  { fixture: "dynamiques/founded.invalid-2.md", error: { line: 8, message: /date\s«\s30\/10\/2018\s» invalide/ } },
  { fixture: "dynamiques/founded.invalid-3.md", error: { line: 8, message: /date\s«\s2018-02-30\s» invalide/ } },
]);

table("dynamiques: website (http or https)", [
  { fixture: "dynamiques/website.valid.md", then: (r) => expect(dynamique(r).website).toBe("https://www.figeacteurs.fr") },
  { fixture: "dynamiques/website.valid-2.md" },
  { fixture: "dynamiques/website.invalid.md", error: { line: 8, message: /adresse\s«\sjavascript:alert\(1\)\s» refusée/ } },
  { fixture: "dynamiques/website.invalid-2.md", error: { line: 8, message: /adresse\s«\sftp:\/\/ftp\.figeacteurs\.fr\s» refusée/ } },
  { fixture: "dynamiques/website.invalid-3.md", error: { line: 8, message: /adresse\s«\sfigeacteurs\.fr\s» refusée/ } },
]);

describe("the whole error a contributor reads (file:line:column, French message, catalogue key)", () => {
  it("a missing kind", () => {
    expect(pinnedErrors({ fixture: "dynamiques/required.invalid-5.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:2:1  champ «⍽kind⍽» obligatoire manquant.
        [missingField]"
    `);
  });
  it("an unknown kind, with the closest one", () => {
    expect(pinnedErrors({ fixture: "dynamiques/kind.invalid.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:4:7  type de dynamique «⍽ptc⍽» inconnu. Vouliez-vous dire «⍽ptce⍽»⍽? La liste est dans data/kinds.json.
        [unknownKind]"
    `);
  });
  it("an impossible founding date", () => {
    expect(pinnedErrors({ fixture: "dynamiques/founded.invalid.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:8:10  date «⍽2018-13⍽» invalide. Écrivez AAAA, AAAA-MM ou AAAA-MM-JJ, par exemple "2018-10-30", "2018-10" ou "2018".
        [invalidDate]"
    `);
  });
  it("a website that is not http(s)", () => {
    expect(pinnedErrors({ fixture: "dynamiques/website.invalid.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:8:10  adresse «⍽javascript:alert(1)⍽» refusée⍽: seules les adresses complètes en http:// ou https:// sont acceptées.
        [invalidUrl]"
    `);
  });
});

/** What `check` suggests for the two mistakes YAML makes easy: a French date, and a code without quotes. */
import { describe, expect, it } from "vitest";
import { checkFiles, plain, printed } from "../helpers/fixture-project.ts";

const visitDated = (date: string) => ({
  "content/visites/visite.md": `---\ntitle: Visite\nsummary: Une visite d’étude de deux jours à Figeac.\nterritory: figeac\ndate: ${date}\nsources:\n  - title: Source\n---\n`,
});

describe("a date written day first", () => {
  it.each([
    ["14/03/2019", "2019-03-14"],
    ["14-03-2019", "2019-03-14"],
    ["14.03.2019", "2019-03-14"],
    ["4/3/2019", "2019-03-04"],
  ])("%s gets its ISO form suggested", (written, iso) => {
    expect(printed(checkFiles(visitDated(written))).map(plain)).toEqual([
      `content/visites/visite.md:5:7  date « ${written} » invalide. Écrivez ${iso} : l’année, puis le mois, puis le jour (AAAA-MM-JJ).`,
    ]);
  });

  it("a month and year get theirs, an impossible date only the rule", () => {
    expect(printed(checkFiles(visitDated("03/2019"))).map(plain)[0]).toContain("Écrivez 2019-03 : l’année, puis le mois (AAAA-MM).");
    expect(printed(checkFiles(visitDated("31/02/2019"))).map(plain)[0]).toContain(
      'invalide. Écrivez AAAA, AAAA-MM ou AAAA-MM-JJ, par exemple "2018-10-30", "2018-10" ou "2018".',
    );
  });
});

describe("a code YAML reads as a number", () => {
  it("is to be quoted, as written, leading zero included", () => {
    const result = checkFiles({
      "content/territoires/amberieu.md":
        "---\ntitle: Ambérieu-en-Bugey\nscale: commune\ncode: 01004 # la commune\nsummary: Commune de l’Ain, au pied du Bugey, pour les tests.\n---\n",
      "content/territoires/bugey.md":
        "---\ntitle: Bugey\nscale: pays\nwithin: [01004, \"01053\"]\nsummary: Un pays de l’Ain, autour d’Ambérieu et de Bourg, pour les tests.\n---\n",
    });
    expect(printed(result).map(plain)).toEqual([
      'content/territoires/amberieu.md:4:7  le champ « code » doit être un texte, mais sans guillemets 01004 se lit comme le nombre 1004. Mettez-le entre guillemets : « code: "01004" ».',
      'content/territoires/bugey.md:4:10  le champ « within[1] » doit être un texte, mais sans guillemets 01004 se lit comme le nombre 1004. Mettez-le entre guillemets : « "01004" ».',
    ]);
    expect(result.errors.map((error) => error.key)).toEqual(["numberNotText", "numberNotText"]);
  });
});

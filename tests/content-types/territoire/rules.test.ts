/**
 * The rules of territoires (scripts/content-types/territoire/): their common fields, scale,
 * the official code and its place in the official geography, within, location and
 * indicators. How the tables run: tests/helpers/rule-table.ts.
 */
import { describe, expect, it } from "vitest";
import { pinnedErrors, table, territoire } from "../../helpers/rule-table.ts";
import { plain } from "../../helpers/fixture-project.ts";

table("territoires: common fields", [
  { fixture: "territoires/required.valid.md", then: (r) => expect(territoire(r)).toMatchObject({ scale: "commune", code: "46042" }) },
  { fixture: "territoires/required.invalid.md", error: { line: 2, message: /champ\s«\stitle\s» obligatoire manquant/ } },
  { fixture: "territoires/required.invalid-2.md", error: { line: 2, message: /champ\s«\ssummary\s» obligatoire manquant/ } },
  {
    fixture: "territoires/required.invalid-3.md",
    error: { line: 2, message: /champ\s«\sscale\s» obligatoire manquant/ },
  },
  { fixture: "territoires/title.invalid.md", error: { line: 2, message: /«\stitle\s» est vide/ } },
  { fixture: "territoires/summary.invalid.md", error: { line: 5, message: /sans balises HTML/ } },
  {
    fixture: "territoires/unknown-field.invalid.md",
    error: { line: 4, message: /champ\s«\swhithin\s» inconnu\. Vouliez-vous dire\s«\swithin\s»/ },
  },
  {
    fixture: "territoires/unknown-field.invalid-2.md",
    error: { line: 6, message: /champ\s«\sterritory\s» inconnu\. Champs possibles\s: title, scale, code, within, summary, location, (image, )?indicators, draft/ },
  },
  { fixture: "territoires/draft.valid.md", published: false },
  { fixture: "territoires/draft.invalid.md", error: { line: 6, message: /«\sdraft\s» doit être true ou false/ } },
  // A draft territory is still placed in the official geography.
  { fixture: "territoires/draft.invalid-2.md", error: { line: 4, message: /aucune commune de code\s«\s46999\s»/ } },
]);

table("territoires: scale", [
  { fixture: "territoires/scale.valid.md" },
  {
    fixture: "territoires/scale.invalid.md",
    error: { line: 3, message: /valeur\s«\scomune\s» non reconnue pour\s«\sscale\s»\. Vouliez-vous dire\s«\scommune\s»/ },
  },
  {
    fixture: "territoires/scale.invalid-2.md",
    error: { line: 3, message: /valeur\s«\sville\s» non reconnue pour\s«\sscale\s»\. Valeurs possibles\s: commune, epci, departement, region, pays/ },
  },
]);

table("territoires: code (required for official scales, checked against the official geography)", [
  { fixture: "territoires/code-required.valid.md", then: (r) => expect(territoire(r).communes).toContain("46102") },
  {
    fixture: "territoires/code-required.invalid.md",
    error: { line: 3, message: /le champ\s«\scode\s» est obligatoire pour l’échelle\s«\scommune\s»/ },
  },
  { fixture: "territoires/code-required.invalid-2.md", error: { line: 3, message: /obligatoire pour l’échelle\s«\sepci\s»/ } },
  { fixture: "territoires/code-required.invalid-3.md", error: { line: 3, message: /obligatoire pour l’échelle\s«\sdepartement\s»/ } },
  { fixture: "territoires/code-required.invalid-4.md", error: { line: 3, message: /obligatoire pour l’échelle\s«\sregion\s»/ } },
  {
    fixture: "territoires/code-official.valid.md",
    then: (r) => expect(territoire(r)).toMatchObject({ departements: ["46"], regions: ["76"] }),
  },
  { fixture: "territoires/code-official.valid-2.md", then: (r) => expect(territoire(r).regions).toEqual(["76"]) },
  { fixture: "territoires/code-official.valid-3.md", then: (r) => expect(territoire(r).departements).toEqual(["2A"]) },
  { fixture: "territoires/code-official.valid-4.md" },
  { fixture: "territoires/code-official.valid-5.md" },
  {
    fixture: "territoires/code-official.invalid.md",
    error: { line: 4, message: /aucune commune de code\s«\s46999\s» dans la géographie officielle/ },
  },
  {
    fixture: "territoires/code-official.invalid-2.md",
    error: { line: 4, message: /le code\s«\s46101\s» désigne\s«\sFelzins\s».*pas\s«\sFigeac\s».*Code de Figeac\s:\s"46102"/ },
  },
  { fixture: "territoires/code-official.invalid-3.md", error: { line: 4, message: /aucun EPCI de code\s«\s200000000\s»/ } },
  { fixture: "territoires/code-official.invalid-4.md", error: { line: 4, message: /aucun département de code\s«\s99\s»/ } },
  { fixture: "territoires/code-official.invalid-5.md", error: { line: 4, message: /aucune région de code\s«\s99\s»/ } },
  // Codes are text (leading zeros, « 2A »): an unquoted code is a YAML number.
  { fixture: "territoires/code-official.invalid-6.md", error: { line: 4, message: /«\scode\s» doit être un texte/ } },
  {
    fixture: "territoires/code-official.invalid-7.md",
    error: { line: 4, message: /le code\s«\s47\s» désigne\s«\sLot-et-Garonne\s».*pas\s«\sLot\s»/ },
  },
  { fixture: "territoires/code-not-allowed.valid.md" },
  {
    fixture: "territoires/code-not-allowed.invalid.md",
    error: { line: 4, message: /l’échelle\s«\spays\s» est un regroupement sans code officiel/ },
  },
  {
    fixture: "territoires/code-not-allowed.invalid-2.md",
    error: { line: 4, message: /l’échelle\s«\squartier\s» est un regroupement sans code officiel/ },
  },
  { fixture: "territoires/code-unique.valid.md" },
  {
    fixture: "territoires/code-unique.invalid.md",
    error: { line: 4, message: /le code officiel\s«\s46102\s» est déjà décrit par content\/territoires\/figeac\.md/ },
  },
]);

table("territoires: within (required for groupings, refused for official scales)", [
  { fixture: "territoires/within.valid.md", then: (r) => expect(territoire(r)).toMatchObject({ communes: null, departements: ["82"] }) },
  { fixture: "territoires/within.valid-2.md", then: (r) => expect(territoire(r).communes).toEqual(["46102", "46042"]) },
  {
    fixture: "territoires/within.invalid.md",
    error: { line: 3, message: /le champ\s«\swithin\s» est obligatoire pour l’échelle\s«\spays\s»/ },
  },
  { fixture: "territoires/within.invalid-2.md", error: { line: 5, message: /«\swithin\s» ne s’emploie que pour un regroupement/ } },
  { fixture: "territoires/within.invalid-3.md", error: { line: 4, message: /«\swithin\s» doit contenir au moins 1 élément/ } },
  {
    fixture: "territoires/within-code.valid.md",
    then: (r) => expect(territoire(r)).toMatchObject({ departements: [], regions: ["76"] }),
  },
  {
    fixture: "territoires/within-code.valid-2.md",
    then: (r) => expect(territoire(r)).toMatchObject({ departements: ["82"], regions: ["76"] }),
  },
  {
    fixture: "territoires/within-code.valid-3.md",
    then: (r) => {
      // The CC Grand-Figeac spans the Lot and the Aveyron, both in Occitanie.
      expect(territoire(r).communes).toContain("46102");
      expect(territoire(r)).toMatchObject({ departements: expect.arrayContaining(["46", "12"]), regions: ["76"] });
    },
  },
  { fixture: "territoires/within-code.valid-4.md", then: (r) => expect(territoire(r).communes).toEqual(["46102"]) },
  { fixture: "territoires/within-code.invalid.md", error: { line: 6, message: /code\s«\s12345678\s» non reconnu/ } },
  { fixture: "territoires/within-code.invalid-2.md", error: { line: 4, message: /aucun département de code\s«\s99\s»/ } },
  { fixture: "territoires/within-code.invalid-3.md", error: { line: 4, message: /aucune région de code\s«\s99\s»/ } },
  { fixture: "territoires/within-code.invalid-4.md", error: { line: 4, message: /code\s«\sOccitanie\s» non reconnu/ } },
]);

table("territoires: location (inside France or its overseas territories)", [
  { fixture: "territoires/location.valid.md", then: (r) => expect(territoire(r).location).toEqual({ lat: 48.85, lon: 2.35 }) },
  { fixture: "territoires/location.valid-2.md", then: (r) => expect(territoire(r).location).toEqual({ lat: -20.88, lon: 55.45 }) },
  { fixture: "territoires/location.invalid.md", error: { line: 7, message: /hors de France.*Vérifiez l’ordre latitude puis longitude/ } },
  { fixture: "territoires/location.invalid-2.md", error: { line: 7, message: /hors de France/ } },
  { fixture: "territoires/location.invalid-3.md", error: { line: 6, message: /«\slocation\s» doit être un ensemble de champs/ } },
  { fixture: "territoires/location.invalid-4.md", error: { line: 7, message: /champ\s«\slocation\.lon\s» obligatoire manquant/ } },
  {
    fixture: "territoires/location.invalid-5.md",
    error: { line: 7, message: /«\slocation\.lat\s» doit être un nombre inférieur ou égal à 90/ },
  },
]);

table("territoires: indicators (label, number, unit, year not in the future, sourced)", [
  {
    fixture: "territoires/indicators.valid.md",
    then: (r) => {
      const [jobs, share] = territoire(r).indicators ?? [];
      // Label and source title get French typography, like every short text.
      expect(plain(jobs?.label ?? "")).toBe("Emplois salariés de l’ESS");
      expect(plain(jobs?.source.title ?? "")).toBe("Panorama de l’ESS");
      expect(jobs).toMatchObject({ value: 1250, unit: "emplois", year: 2019 });
      expect(jobs?.source).toMatchObject({ publisher: "CRESS", url: "https://www.exemple.fr/panorama" });
      expect(jobs?.source.date?.iso).toBe("2021-03");
      // A quoted year is still a year; a decimal figure stays a number.
      expect(share).toMatchObject({ value: 12.5, unit: "%", year: 2019 });
      expect(share?.source.url).toBeUndefined();
    },
  },
  {
    fixture: "territoires/indicators.invalid.md",
    error: { line: 9, message: /champ\s«\sindicators\[1\]\.unite\s» inconnu\.\sVouliez-vous dire\s«\sunit\s»/ },
  },
  { fixture: "territoires/indicators.invalid-2.md", error: { line: 8, message: /la valeur\s«\s1 250\s» est un texte, pas un nombre.*écrivez 1250\./ } },
  { fixture: "territoires/indicators.invalid-3.md", error: { line: 8, message: /la valeur\s«\s12,5\s» est un texte.*un point pour les décimales\s: écrivez 12\.5\./ } },
  {
    fixture: "territoires/indicators.invalid-8.md",
    error: { line: 8, message: /la valeur\s«\s12,5 %\s» est un texte.*écrivez 12\.5, et placez l’unité\s«\s%\s» dans « unit »\./ },
  },
  {
    fixture: "territoires/indicators.invalid-13.md",
    error: { line: 8, message: /la valeur\s«\senviron mille\s» est un texte.*par exemple, écrivez 1250 pour 1\s250, ou 12\.5 pour 12,5/ },
  },
  { fixture: "territoires/indicators.invalid-9.md", error: { line: 7, message: /champ\s«\sindicators\[1\]\.value\s» obligatoire manquant/ } },
  { fixture: "territoires/indicators.invalid-4.md", error: { line: 9, message: /l’année 2999 est dans le futur \(nous sommes en \d{4}\)/ } },
  { fixture: "territoires/indicators.invalid-5.md", error: { line: 9, message: /année\s«\s19\s» invalide\. Écrivez l’année sur 4 chiffres/ } },
  { fixture: "territoires/indicators.invalid-12.md", error: { line: 9, message: /année\s«\s2019\.5\s» invalide/ } },
  { fixture: "territoires/indicators.invalid-7.md", error: { line: 7, message: /«\sindicators\[1\]\.label\s» est trop court \(2 caractères, minimum 3\)/ } },
  { fixture: "territoires/indicators.invalid-6.md", error: { line: 11, message: /champ\s«\sindicators\[1\]\.source\.title\s» obligatoire manquant/ } },
  { fixture: "territoires/indicators.invalid-11.md", error: { line: 7, message: /champ\s«\sindicators\[1\]\.source\s» obligatoire manquant/ } },
  { fixture: "territoires/indicators.invalid-10.md", error: { line: 12, message: /adresse\s«\sftp:\/\/exemple\.fr\/panorama\s» refusée/ } },
]);

describe("the whole error a contributor reads (file:line:column, French message, catalogue key)", () => {
  it("a missing scale", () => {
    expect(pinnedErrors({ fixture: "territoires/required.invalid-3.md" })).toMatchInlineSnapshot(`
      "content/territoires/fixture.md:2:1  champ «⍽scale⍽» obligatoire manquant.
        [missingField]"
    `);
  });
  it("an unknown scale, with the closest one", () => {
    expect(pinnedErrors({ fixture: "territoires/scale.invalid.md" })).toMatchInlineSnapshot(`
      "content/territoires/fixture.md:3:8  valeur «⍽comune⍽» non reconnue pour «⍽scale⍽». Vouliez-vous dire «⍽commune⍽»⍽? Valeurs possibles⍽: commune, epci, departement, region, pays, bassin-de-vie, metropole, quartier, autre.
        [invalidValue]"
    `);
  });
  it("a missing code", () => {
    expect(pinnedErrors({ fixture: "territoires/code-required.invalid.md" })).toMatchInlineSnapshot(`
      "content/territoires/fixture.md:3:8  le champ « code » est obligatoire pour l’échelle «⍽commune⍽»⍽: indiquez le code officiel (INSEE, SIREN de l’EPCI, département ou région).
        [codeRequired]"
    `);
  });
  it("a code naming another commune", () => {
    expect(pinnedErrors({ fixture: "territoires/code-official.invalid-2.md" })).toMatchInlineSnapshot(`
      "content/territoires/fixture.md:4:7  le code «⍽46101⍽» désigne «⍽Felzins⍽» dans la géographie officielle, pas «⍽Figeac⍽». Code de Figeac⍽: "46102".
        [codeNameMismatch]"
    `);
  });
  it("a code already described", () => {
    expect(pinnedErrors({ fixture: "territoires/code-unique.invalid.md" })).toMatchInlineSnapshot(`
      "content/territoires/fixture.md:4:7  le code officiel «⍽46102⍽» est déjà décrit par content/territoires/figeac.md. Un territoire officiel n’a qu’un fichier⍽: complétez l’autre.
        [duplicateTerritoryCode]"
    `);
  });
  it("a grouping without within", () => {
    expect(pinnedErrors({ fixture: "territoires/within.invalid.md" })).toMatchInlineSnapshot(`
      "content/territoires/fixture.md:3:8  le champ « within » est obligatoire pour l’échelle «⍽pays⍽»⍽: listez les codes officiels des communes, EPCI, départements ou régions concernés.
        [withinRequired]"
    `);
  });
  it("a location outside France", () => {
    expect(pinnedErrors({ fixture: "territoires/location.invalid.md" })).toMatchInlineSnapshot(`
      "content/territoires/fixture.md:7:3  la position (lat, lon) est hors de France et de ses territoires d’outre-mer. Vérifiez l’ordre latitude puis longitude.
        [locationOutsideFrance]"
    `);
  });
  it("an indicator value written as French text", () => {
    expect(pinnedErrors({ fixture: "territoires/indicators.invalid-8.md" })).toMatchInlineSnapshot(`
      "content/territoires/fixture.md:8:12  la valeur «⍽12,5 %⍽» est un texte, pas un nombre. Écrivez le chiffre sans guillemets ni espaces, avec un point pour les décimales⍽: écrivez 12.5, et placez l’unité «⍽%⍽» dans « unit ».
        [indicatorValueNotNumber]"
    `);
  });
  // Not the year in the future: its message names the current year.
  it("an indicator year not written on 4 digits", () => {
    expect(pinnedErrors({ fixture: "territoires/indicators.invalid-5.md" })).toMatchInlineSnapshot(`
      "content/territoires/fixture.md:9:11  année «⍽19⍽» invalide. Écrivez l’année sur 4 chiffres, par exemple 2019.
        [indicatorYearInvalid]"
    `);
  });
});

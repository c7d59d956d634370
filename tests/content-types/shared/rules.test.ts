/**
 * The rules of the fields every entry shares (scripts/content-types/shared/: title, summary,
 * territory, themes, actors, sources, draft, unknown fields), tested in full on dynamiques;
 * the other types repeat their main errors in their own rules.test.ts. How the tables run:
 * tests/helpers/rule-table.ts.
 */
import { describe, expect, it } from "vitest";
import { SUPPORT, dynamique, pinnedErrors, table } from "../../helpers/rule-table.ts";
import { plain } from "../../helpers/fixture-project.ts";

table("dynamiques: required fields shared by every entry", [
  { fixture: "dynamiques/required.valid.md" },
  { fixture: "dynamiques/required.invalid.md", error: { line: 2, message: /champ\s«\stitle\s» obligatoire manquant/ } },
  { fixture: "dynamiques/required.invalid-2.md", error: { line: 2, message: /champ\s«\ssummary\s» obligatoire manquant/ } },
  { fixture: "dynamiques/required.invalid-3.md", error: { line: 2, message: /champ\s«\sterritory\s» obligatoire manquant/ } },
  { fixture: "dynamiques/required.invalid-4.md", error: { line: 2, message: /champ\s«\ssources\s» obligatoire manquant/ } },
]);

table("dynamiques: title (3–160 characters)", [
  { fixture: "dynamiques/title.valid.md", then: (r) => expect(dynamique(r).title).toBe("Abc") },
  { fixture: "dynamiques/title.valid-2.md", then: (r) => expect(dynamique(r).title).toHaveLength(160) },
  { fixture: "dynamiques/title.invalid.md", error: { line: 2, message: /«\stitle\s» est trop court \(2 caractères, minimum 3\)/ } },
  { fixture: "dynamiques/title.invalid-2.md", error: { line: 2, message: /«\stitle\s» est trop long \(161 caractères, maximum 160\)/ } },
  { fixture: "dynamiques/title.invalid-5.md", error: { line: 2, message: /«\stitle\s» est trop court \(1 caractère, minimum 3\)/ } },
  { fixture: "dynamiques/title.invalid-3.md", error: { line: 2, message: /«\stitle\s» est vide/ } },
  { fixture: "dynamiques/title.invalid-4.md", error: { line: 2, message: /champ\s«\stitle\s» obligatoire manquant/ } },
]);

table("dynamiques: summary (plain text, one paragraph, 20–320 characters)", [
  { fixture: "dynamiques/summary.valid.md", then: (r) => expect(plain(dynamique(r).summary)).toBe("Tiers-lieu du Figeac") },
  { fixture: "dynamiques/summary.valid-2.md", then: (r) => expect(dynamique(r).summary).toHaveLength(320) },
  { fixture: "dynamiques/summary.valid-3.md" },
  { fixture: "dynamiques/summary.invalid.md", error: { line: 3, message: /«\ssummary\s» est trop court \(19 caractères, minimum 20\)/ } },
  { fixture: "dynamiques/summary.invalid-2.md", error: { line: 3, message: /«\ssummary\s» est trop long \(321 caractères, maximum 320\)/ } },
  { fixture: "dynamiques/summary.invalid-3.md", error: { line: 3, message: /texte brut sur un seul paragraphe, sans balises HTML/ } },
  { fixture: "dynamiques/summary.invalid-4.md", error: { line: 3, message: /texte brut sur un seul paragraphe/ } },
]);

table("dynamiques: territory (existing slug, or list of them)", [
  { fixture: "dynamiques/territory.valid.md", then: (r) => expect(dynamique(r).territories).toEqual(["figeac"]) },
  {
    fixture: "dynamiques/territory.valid-2.md",
    extra: SUPPORT.cahors,
    then: (r) => expect(dynamique(r).territories).toEqual(["figeac", "cahors"]),
  },
  {
    fixture: "dynamiques/territory.invalid.md",
    error: { line: 5, message: /territoire\s«\sfigeak\s» introuvable.*Vouliez-vous dire\s«\sfigeac\s»/ },
  },
  {
    fixture: "dynamiques/territory.invalid-2.md",
    error: { line: 7, message: /territoire\s«\sfigeak\s» introuvable.*Vouliez-vous dire\s«\sfigeac\s»/ },
  },
  {
    fixture: "dynamiques/territory.invalid-3.md",
    error: { line: 5, message: /référence\s«\sFigeac Centre\s» invalide.*«\sfigeac-centre\s»/ },
  },
  { fixture: "dynamiques/territory.invalid-4.md", error: { line: 5, message: /«\sterritory\s» doit contenir au moins 1 élément/ } },
]);

table("dynamiques: themes (from data/themes.json)", [
  {
    fixture: "dynamiques/themes.valid.md",
    then: (r) => expect(dynamique(r).themes).toEqual(["emploi-insertion", "cooperation-economique"]),
  },
  {
    fixture: "dynamiques/themes.invalid.md",
    error: { line: 10, message: /thème\s«\semploi-insertio\s» inconnu\. Vouliez-vous dire\s«\semploi-insertion\s»/ },
  },
  { fixture: "dynamiques/themes.invalid-2.md", error: { line: 8, message: /«\sthemes\s» doit être une liste/ } },
]);

table("dynamiques: actors (list of names)", [
  { fixture: "dynamiques/actors.valid.md", then: (r) => expect(dynamique(r).actors).toEqual(["REGAIN", "IUT de Figeac"]) },
  { fixture: "dynamiques/actors.invalid.md", error: { line: 8, message: /«\sactors\s» doit être une liste/ } },
  { fixture: "dynamiques/actors.invalid-2.md", error: { line: 10, message: /«\sactors\[2\]\s» doit être un texte/ } },
]);

table("dynamiques: sources (at least one; title; url http(s) only; publisher; partial date)", [
  {
    fixture: "dynamiques/sources.valid.md",
    then: (r) =>
      expect(dynamique(r).sources.map((source) => ({ ...source, title: plain(source.title) }))).toEqual([
        {
          title: "Le Labo de l’ESS en visite à Figeac",
          url: "https://www.lelabo-ess.org/figeac",
          publisher: "Le Labo de l’ESS",
          date: expect.objectContaining({ iso: "2018-10-30", precision: "day" }),
        },
      ]),
  },
  { fixture: "dynamiques/sources.valid-2.md", then: (r) => expect(dynamique(r).sources).toHaveLength(2) },
  { fixture: "dynamiques/sources.invalid.md", error: { line: 6, message: /«\ssources\s» doit contenir au moins 1 élément/ } },
  { fixture: "dynamiques/sources.invalid-2.md", error: { line: 6, message: /«\ssources\s» doit être une liste/ } },
  { fixture: "dynamiques/source-title.valid.md" },
  {
    fixture: "dynamiques/source-title.invalid.md",
    error: { line: 7, message: /champ\s«\ssources\[1\]\.title\s» obligatoire manquant/ },
  },
  { fixture: "dynamiques/source-title.invalid-2.md", error: { line: 7, message: /«\ssources\[1\]\.title\s» est trop court/ } },
  { fixture: "dynamiques/source-url.valid.md" },
  { fixture: "dynamiques/source-url.valid-2.md" },
  {
    fixture: "dynamiques/source-url.invalid.md",
    error: { line: 8, message: /adresse\s«\sjavascript:alert\(1\)\s» refusée\s: seules les adresses complètes en http:\/\/ ou https:\/\// },
  },
  { fixture: "dynamiques/source-url.invalid-2.md", error: { line: 8, message: /adresse\s«\sftp:\/\/ftp\.lelabo-ess\.org\/rapport\.pdf\s» refusée/ } },
  { fixture: "dynamiques/source-url.invalid-3.md", error: { line: 8, message: /adresse\s«\sdata:text\/html;base64,PHNjcmlwdD4=\s» refusée/ } },
  { fixture: "dynamiques/source-url.invalid-4.md", error: { line: 8, message: /adresse\s«\swww\.lelabo-ess\.org\/figeac\s» refusée/ } },
  { fixture: "dynamiques/source-publisher.valid.md" },
  { fixture: "dynamiques/source-publisher.invalid.md", error: { line: 8, message: /«\ssources\[1\]\.publisher\s» est vide/ } },
  { fixture: "dynamiques/source-publisher.invalid-2.md", error: { line: 9, message: /«\ssources\[1\]\.publisher\s» doit être un texte/ } },
  {
    fixture: "dynamiques/source-date.valid.md",
    then: (r) => expect(dynamique(r).sources[0]?.date).toMatchObject({ iso: "2018-10", precision: "month" }),
  },
  {
    fixture: "dynamiques/source-date.valid-2.md",
    then: (r) => expect(dynamique(r).sources[0]?.date).toMatchObject({ iso: "2013", precision: "year" }),
  },
  { fixture: "dynamiques/source-date.invalid.md", error: { line: 8, message: /date\s«\s30\/10\/2018\s» invalide/ } },
  {
    fixture: "dynamiques/source-field.invalid.md",
    error: { line: 8, message: /champ\s«\ssources\[1\]\.auteur\s» inconnu\. Champs possibles\s: title, url, publisher, date/ },
  },
  {
    fixture: "dynamiques/source-field.invalid-2.md",
    error: { line: 7, message: /champ\s«\ssources\[1\]\.titel\s» inconnu\. Vouliez-vous dire\s«\stitle\s»/ },
  },
]);

table("dynamiques: draft (boolean; validated, not published)", [
  { fixture: "dynamiques/draft.valid.md", published: false },
  { fixture: "dynamiques/draft.valid-2.md" },
  { fixture: "dynamiques/draft.invalid.md", error: { line: 8, message: /«\sdraft\s» doit être true ou false/ } },
  // Drafts are validated like any entry: by the schema…
  { fixture: "dynamiques/draft.invalid-2.md", error: { line: 3, message: /«\ssummary\s» est trop court/ } },
  // …and by the references check.
  {
    fixture: "dynamiques/draft.invalid-3.md",
    error: { line: 5, message: /territoire\s«\sfigeak\s» introuvable.*Vouliez-vous dire\s«\sfigeac\s»/ },
  },
  {
    fixture: "dynamiques/draft-reference.valid.md",
    extra: SUPPORT.draftTerritory,
    published: false,
    then: (r) => expect(r.observatory?.territories.map((t) => t.slug)).not.toContain("brouillon"),
  },
  {
    fixture: "dynamiques/draft-reference.invalid.md",
    extra: SUPPORT.draftTerritory,
    error: { line: 5, message: /«\sbrouillon\s» est un brouillon \(draft: true\) et ne sera pas publié/ },
  },
]);

table("dynamiques: unknown fields", [
  {
    fixture: "dynamiques/unknown-field.invalid.md",
    error: { line: 5, message: /champ\s«\ssumary\s» inconnu\. Vouliez-vous dire\s«\ssummary\s»/ },
  },
  {
    fixture: "dynamiques/unknown-field.invalid-2.md",
    error: { line: 8, message: /champ\s«\scouleur\s» inconnu\. Champs possibles\s: title, summary, territory/ },
  },
]);

describe("the whole error a contributor reads (file:line:column, French message, catalogue key)", () => {
  it("a missing required field", () => {
    expect(pinnedErrors({ fixture: "dynamiques/required.invalid.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:2:1  champ «⍽title⍽» obligatoire manquant.
        [missingField]"
    `);
  });
  it("a title too short", () => {
    expect(pinnedErrors({ fixture: "dynamiques/title.invalid.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:2:8  le champ «⍽title⍽» est trop court (2 caractères, minimum 3).
        [textTooShort]"
    `);
  });
  it("a summary too short", () => {
    expect(pinnedErrors({ fixture: "dynamiques/summary.invalid.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:3:10  le champ «⍽summary⍽» est trop court (19 caractères, minimum 20).
        [textTooShort]"
    `);
  });
  it("a summary with HTML", () => {
    expect(pinnedErrors({ fixture: "dynamiques/summary.invalid-3.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:3:10  le résumé doit être du texte brut sur un seul paragraphe, sans balises HTML. Placez la mise en forme dans le corps du texte.
        [summaryNotPlain]"
    `);
  });
  it("an unknown territory, with the closest one", () => {
    expect(pinnedErrors({ fixture: "dynamiques/territory.invalid.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:5:12  territoire «⍽figeak⍽» introuvable dans content/territoires/. Vouliez-vous dire «⍽figeac⍽»⍽? Créez-le avec « npm run new -- territoire "Nom" » si besoin.
        [unknownTerritory]"
    `);
  });
  it("an unknown theme, with the closest one", () => {
    expect(pinnedErrors({ fixture: "dynamiques/themes.invalid.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:10:5  thème «⍽emploi-insertio⍽» inconnu. Vouliez-vous dire «⍽emploi-insertion⍽»⍽? Choisissez un thème de data/themes.json, ou ajoutez-le à cette liste dans la même demande de fusion.
        [unknownTheme]"
    `);
  });
  it("an actor that is not a text", () => {
    expect(pinnedErrors({ fixture: "dynamiques/actors.invalid-2.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:10:5  le champ «⍽actors[2]⍽» doit être un texte.
        [wrongType]"
    `);
  });
  it("a source address that is not http(s)", () => {
    expect(pinnedErrors({ fixture: "dynamiques/source-url.invalid.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:8:10  adresse «⍽javascript:alert(1)⍽» refusée⍽: seules les adresses complètes en http:// ou https:// sont acceptées.
        [invalidUrl]"
    `);
  });
  it("a source without a title", () => {
    expect(pinnedErrors({ fixture: "dynamiques/source-title.invalid.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:7:5  champ «⍽sources[1].title⍽» obligatoire manquant.
        [missingField]"
    `);
  });
  it("a reference to a draft", () => {
    expect(pinnedErrors({ fixture: "dynamiques/draft-reference.invalid.md", extra: SUPPORT.draftTerritory })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:5:12  «⍽brouillon⍽» est un brouillon (draft: true) et ne sera pas publié⍽: une fiche publiée ne peut pas y renvoyer. Publiez-le ou retirez la référence.
        [referencesDraft]"
    `);
  });
  it("a misspelt field, with the closest one", () => {
    expect(pinnedErrors({ fixture: "dynamiques/unknown-field.invalid.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:2:1  champ «⍽summary⍽» obligatoire manquant.
        [missingField]
      content/dynamiques/fixture.md:5:1  champ «⍽sumary⍽» inconnu. Vouliez-vous dire «⍽summary⍽»⍽? Champs possibles⍽: title, summary, territory, themes, actors, sources, image, draft, kind, founded, website.
        [unknownField]"
    `);
  });
});

/**
 * The rules of visites (scripts/content-types/visite/schema.ts): their shared fields' main
 * errors, date and end, dynamics, organizers, participants. How the tables run:
 * tests/helpers/rule-table.ts.
 */
import { describe, expect, it } from "vitest";
import { SUPPORT, dynamique, pinnedErrors, table, visite } from "../../helpers/rule-table.ts";

table("visites: common fields", [
  { fixture: "visites/required.valid.md", then: (r) => expect(visite(r).date).toMatchObject({ iso: "2018-10-30" }) },
  { fixture: "visites/required.invalid.md", error: { line: 2, message: /champ\s«\sterritory\s» obligatoire manquant/ } },
  { fixture: "visites/title.invalid.md", error: { line: 2, message: /«\stitle\s» est trop court/ } },
  { fixture: "visites/summary.invalid.md", error: { line: 3, message: /sans balises HTML/ } },
  {
    fixture: "visites/territory.invalid.md",
    error: { line: 4, message: /territoire\s«\sfigeak\s» introuvable.*Vouliez-vous dire\s«\sfigeac\s»/ },
  },
  { fixture: "visites/sources.invalid.md", error: { line: 8, message: /adresse\s«\sjavascript:alert\(1\)\s» refusée/ } },
  {
    fixture: "visites/unknown-field.invalid.md",
    error: { line: 8, message: /champ\s«\sparticipant\s» inconnu\. Vouliez-vous dire\s«\sparticipants\s»/ },
  },
  // `place` belongs to evenements only.
  { fixture: "visites/unknown-field.invalid-2.md", error: { line: 8, message: /champ\s«\splace\s» inconnu/ } },
  { fixture: "visites/draft.valid.md", published: false },
  { fixture: "visites/draft.invalid.md", error: { line: 8, message: /«\sdraft\s» doit être true ou false/ } },
]);

table("visites: date (required) and end (not before date)", [
  { fixture: "visites/date.valid.md", then: (r) => expect(visite(r).date).toMatchObject({ iso: "2018", precision: "year" }) },
  { fixture: "visites/date.valid-2.md", then: (r) => expect(visite(r).date).toMatchObject({ iso: "2018-10", precision: "month" }) },
  // A missing date is reported by the date parser (« date « (vide) » invalide »), not as a missing field.
  {
    fixture: "visites/date.invalid.md",
    error: { line: 2, message: /champ\s«\sdate\s» obligatoire manquant|date\s«\s\(vide\)\s» invalide/ },
  },
  { fixture: "visites/date.invalid-2.md", error: { line: 5, message: /date\s«\s30\/10\/2018\s» invalide/ } },
  { fixture: "visites/date.invalid-3.md", error: { line: 5, message: /date\s«\s2018-13\s» invalide/ } },
  { fixture: "visites/end.valid.md", then: (r) => expect(visite(r).end).toMatchObject({ iso: "2018-10-31" }) },
  { fixture: "visites/end.valid-2.md" },
  {
    fixture: "visites/end.valid-3.md",
  },
  {
    fixture: "visites/end.invalid.md",
    error: { line: 6, message: /la date de fin\s«\s2018-10-29\s» est antérieure à la date de début\s«\s2018-10-30\s»/ },
  },
  { fixture: "visites/end.invalid-2.md", error: { line: 6, message: /date\s«\s2018-10-32\s» invalide/ } },
]);

table("visites: dynamics, organizers, participants", [
  {
    fixture: "visites/dynamics.valid.md",
    then: (r) => {
      expect(visite(r).dynamics).toEqual(["figeacteurs"]);
      expect(dynamique(r, "figeacteurs").mentionedBy.map((link) => link.slug)).toEqual(["fixture"]);
    },
  },
  {
    fixture: "visites/dynamics.invalid.md",
    error: { line: 9, message: /dynamique\s«\sfigeacteur\s» introuvable.*Vouliez-vous dire\s«\sfigeacteurs\s»/ },
  },
  { fixture: "visites/dynamics.invalid-2.md", error: { line: 8, message: /«\sdynamics\s» doit être une liste/ } },
  {
    fixture: "visites/dynamics.invalid-3.md",
    extra: SUPPORT.draftDynamic,
    error: { line: 10, message: /«\sbrouillon\s» est un brouillon/ },
  },
  { fixture: "visites/organizers.valid.md", then: (r) => expect(visite(r).organizers).toEqual(["Le Labo de l’ESS", "Figeacteurs"]) },
  { fixture: "visites/organizers.invalid.md", error: { line: 8, message: /«\sorganizers\s» doit être une liste/ } },
  { fixture: "visites/participants.valid.md", then: (r) => expect(visite(r).participants).toEqual(["REGAIN", "Maire de Figeac"]) },
  { fixture: "visites/participants.invalid.md", error: { line: 8, message: /«\sparticipants\s» doit être une liste/ } },
  { fixture: "visites/participants.invalid-2.md", error: { line: 10, message: /«\sparticipants\[2\]\s» doit être un texte/ } },
]);

describe("the whole error a contributor reads (file:line:column, French message, catalogue key)", () => {
  it("a field of another type", () => {
    expect(pinnedErrors({ fixture: "visites/unknown-field.invalid-2.md" })).toMatchInlineSnapshot(`
      "content/visites/fixture.md:8:1  champ «⍽place⍽» inconnu. Champs possibles⍽: title, summary, territory, themes, actors, sources, image, draft, date, end, organizers, dynamics, participants.
        [unknownField]"
    `);
  });
  it("a missing date", () => {
    expect(pinnedErrors({ fixture: "visites/date.invalid.md" })).toMatchInlineSnapshot(`
      "content/visites/fixture.md:2:1  champ «⍽date⍽» obligatoire manquant.
        [missingField]"
    `);
  });
  it("an end before the date", () => {
    expect(pinnedErrors({ fixture: "visites/end.invalid.md" })).toMatchInlineSnapshot(`
      "content/visites/fixture.md:6:6  la date de fin «⍽2018-10-29⍽» est antérieure à la date de début «⍽2018-10-30⍽».
        [endBeforeStart]"
    `);
  });
  it("an unknown dynamic, with the closest one", () => {
    expect(pinnedErrors({ fixture: "visites/dynamics.invalid.md" })).toMatchInlineSnapshot(`
      "content/visites/fixture.md:9:5  dynamique «⍽figeacteur⍽» introuvable dans content/dynamiques/. Vouliez-vous dire «⍽figeacteurs⍽»⍽?
        [unknownDynamic]"
    `);
  });
  it("participants that are not a list", () => {
    expect(pinnedErrors({ fixture: "visites/participants.invalid.md" })).toMatchInlineSnapshot(`
      "content/visites/fixture.md:8:15  le champ «⍽participants⍽» doit être une liste (lignes commençant par « - »).
        [wrongType]"
    `);
  });
});

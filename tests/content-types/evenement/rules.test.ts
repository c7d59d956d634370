/**
 * The rules of evenements (scripts/content-types/evenement/schema.ts): their shared fields'
 * main errors, attendance, sessions, place, organizers, dynamics. How the tables run:
 * tests/helpers/rule-table.ts.
 */
import { describe, expect, it } from "vitest";
import { evenement, pinnedErrors, table } from "../../helpers/rule-table.ts";
import { plain } from "../../helpers/fixture-project.ts";

table("evenements: common fields", [
  { fixture: "evenements/required.valid.md" },
  { fixture: "evenements/required.invalid.md", error: { line: 2, message: /champ\s«\ssummary\s» obligatoire manquant/ } },
  { fixture: "evenements/title.invalid.md", error: { line: 2, message: /«\stitle\s» est trop long \(161 caractères, maximum 160\)/ } },
  {
    fixture: "evenements/territory.invalid.md",
    error: { line: 6, message: /territoire\s«\sfigaec\s» introuvable.*Vouliez-vous dire\s«\sfigeac\s»/ },
  },
  {
    fixture: "evenements/unknown-field.invalid.md",
    error: { line: 9, message: /champ\s«\ssesions\s» inconnu\. Vouliez-vous dire\s«\ssessions\s»/ },
  },
  { fixture: "evenements/draft.valid.md", published: false },
  { fixture: "evenements/date.invalid.md", error: { line: 5, message: /date\s«\s07\/11\/2014\s» invalide/ } },
  {
    fixture: "evenements/end.invalid.md",
    error: { line: 6, message: /la date de fin\s«\s2014-11-06\s» est antérieure à la date de début\s«\s2014-11-07\s»/ },
  },
]);

table("evenements: attendance (integer ≥ 0)", [
  { fixture: "evenements/attendance.valid.md", then: (r) => expect(evenement(r).attendance).toBe(120) },
  { fixture: "evenements/attendance.valid-2.md", then: (r) => expect(evenement(r).attendance).toBe(0) },
  { fixture: "evenements/attendance.invalid.md", error: { line: 9, message: /«\sattendance\s» doit être un nombre supérieur ou égal à 0/ } },
  { fixture: "evenements/attendance.invalid-2.md", error: { line: 9, message: /«\sattendance\s» doit être un nombre entier/ } },
  { fixture: "evenements/attendance.invalid-3.md", error: { line: 9, message: /«\sattendance\s» doit être un nombre/ } },
]);

table("evenements: sessions (date within date…end, title, known fields)", [
  {
    fixture: "evenements/sessions.valid.md",
    then: (r) =>
      expect(evenement(r).sessions.map((s) => [s.date.iso, plain(s.title), s.place, s.attendance])).toEqual([
        ["2014-11-07", "Ouverture du mois de l’ESS", undefined, undefined],
        ["2014-11-21", "Forum des initiatives", "Salle Balène", 80],
        ["2014-11-29", "Clôture", undefined, undefined],
      ]),
  },
  { fixture: "evenements/sessions.valid-2.md" },
  {
    fixture: "evenements/sessions.invalid.md",
    error: { line: 12, message: /la séance du\s«\s2014-12-02\s» est en dehors de la période de l’événement \(du 7 au 29 novembre 2014\)/ },
  },
  {
    fixture: "evenements/sessions.invalid-4.md",
    error: { line: 9, message: /la séance du\s«\s2014-12-01\s» est en dehors de la période de l’événement \(novembre 2014\)/ },
  },
  {
    fixture: "evenements/sessions.invalid-6.md",
    error: { line: 9, message: /la séance du\s«\s2014-11-08\s» est en dehors de la période de l’événement \(7 novembre 2014\)/ },
  },
  { fixture: "evenements/sessions.invalid-2.md", error: { line: 12, message: /champ\s«\ssessions\[2\]\.title\s» obligatoire manquant/ } },
  {
    fixture: "evenements/sessions.invalid-3.md",
    error: { line: 12, message: /champ\s«\ssessions\[1\]\.lieu\s» inconnu\. Champs possibles\s: date, title, place, attendance/ },
  },
  {
    fixture: "evenements/sessions.invalid-5.md",
    error: { line: 12, message: /«\ssessions\[1\]\.attendance\s» doit être un nombre supérieur ou égal à 0/ },
  },
]);

table("evenements: place, organizers, dynamics", [
  { fixture: "evenements/place.valid.md", then: (r) => expect(evenement(r).place).toBe("Salle Balène, Figeac") },
  { fixture: "evenements/place.invalid.md", error: { line: 9, message: /«\splace\s» est vide/ } },
  { fixture: "evenements/place.invalid-2.md", error: { line: 10, message: /«\splace\s» doit être un texte/ } },
  { fixture: "evenements/organizers.valid.md", then: (r) => expect(evenement(r).organizers).toEqual(["Figeacteurs", "CRESS Occitanie"]) },
  { fixture: "evenements/organizers.invalid.md", error: { line: 9, message: /«\sorganizers\s» doit être une liste/ } },
  { fixture: "evenements/dynamics.valid.md", then: (r) => expect(evenement(r).dynamics).toEqual(["figeacteurs"]) },
  {
    fixture: "evenements/dynamics.invalid.md",
    error: { line: 10, message: /dynamique\s«\sfigeacteurz\s» introuvable.*Vouliez-vous dire\s«\sfigeacteurs\s»/ },
  },
]);

describe("the whole error a contributor reads (file:line:column, French message, catalogue key)", () => {
  it("an end before the date", () => {
    expect(pinnedErrors({ fixture: "evenements/end.invalid.md" })).toMatchInlineSnapshot(`
      "content/evenements/fixture.md:6:6  la date de fin «⍽2014-11-06⍽» est antérieure à la date de début «⍽2014-11-07⍽».
        [endBeforeStart]"
    `);
  });
  it("an attendance that is not whole", () => {
    expect(pinnedErrors({ fixture: "evenements/attendance.invalid-2.md" })).toMatchInlineSnapshot(`
      "content/evenements/fixture.md:9:13  le champ «⍽attendance⍽» doit être un nombre entier.
        [wrongType]"
    `);
  });
  it("a session outside the event", () => {
    expect(pinnedErrors({ fixture: "evenements/sessions.invalid.md" })).toMatchInlineSnapshot(`
      "content/evenements/fixture.md:12:11  la séance du «⍽2014-12-02⍽» est en dehors de la période de l’événement (du 7 au 29 novembre 2014). Corrigez la date de la séance, ou « date » et « end ».
        [sessionOutsideEvent]"
    `);
  });
  it("an unknown session field", () => {
    expect(pinnedErrors({ fixture: "evenements/sessions.invalid-3.md" })).toMatchInlineSnapshot(`
      "content/evenements/fixture.md:12:5  champ «⍽sessions[1].lieu⍽» inconnu. Champs possibles⍽: date, title, place, attendance.
        [unknownField]"
    `);
  });
  it("an empty place", () => {
    expect(pinnedErrors({ fixture: "evenements/place.invalid.md" })).toMatchInlineSnapshot(`
      "content/evenements/fixture.md:9:8  le champ «⍽place⍽» est vide. Complétez-le, ou retirez la ligne s’il est facultatif.
        [emptyField]"
    `);
  });
  it("an unknown dynamic, with the closest one", () => {
    expect(pinnedErrors({ fixture: "evenements/dynamics.invalid.md" })).toMatchInlineSnapshot(`
      "content/evenements/fixture.md:10:5  dynamique «⍽figeacteurz⍽» introuvable dans content/dynamiques/. Vouliez-vous dire «⍽figeacteurs⍽»⍽?
        [unknownDynamic]"
    `);
  });
});

/**
 * Characters a contributor cannot see: control characters, Unicode noncharacters, bidirectional
 * controls and zero-width characters. One row per character, written as is (pasted) into a
 * title, an actor, a URL, a summary and a body; each refused one is reported at the line and
 * column of the character, naming the field and the character as a visible `U+XXXX (nom)`.
 * The same rule holds in every other string field (organizers, participants, sessions,
 * places, territory titles), and a value is never printed raw by the real `check` command.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PipelineResult } from "../../scripts/pipeline/pipeline.ts";
import { BASE_FILES, checkFiles, makeProject, plain, printed } from "../helpers/fixture-project.ts";
import { makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";

/** Where the character goes: each template holds one `⟦field⟧` marker per checked place. */
const DYNAMIQUE = `---
title: Le tiers-lieu de Fi⟦title⟧geac
summary: Un tiers-lieu de démonstration⟦summary⟧ à Figeac, pour les essais.
kind: tiers-lieu
territory: figeac
actors:
  - REGAIN
  - Eus⟦actor⟧ko
sources:
  - title: Le Labo de l’ESS en visite à Figeac
    url: https://www.lelabo-ess.org/fi⟦url⟧geac
    publisher: Le Labo⟦publisher⟧ de l’ESS
---
Un texte de démonstration, sur deux lignes.
Deuxième ligne de dé⟦body⟧monstration.
`;

const VISITE = `---
title: Visite apprenante à Figeac
summary: Visite apprenante fictive, écrite pour vérifier les règles.
territory: figeac
date: 2018-10-30
sources:
  - title: Le Labo de l’ESS en visite à Figeac
organizers:
  - Le Labo⟦organizer⟧ de l’ESS
participants:
  - Figea⟦participant⟧cteurs
---
`;

const EVENEMENT = `---
title: Mois de l’ESS à Figeac
summary: Événement fictif, écrit pour vérifier les règles du contrat.
territory: figeac
date: 2014-11
place: Salle des fê⟦place⟧tes
sessions:
  - date: 2014-11-07
    title: Ouver⟦session⟧ture du mois
sources:
  - title: Le Labo de l’ESS en visite à Figeac
---
`;

const TERRITOIRE = `---
title: Cœur de Fig⟦territory⟧eac
scale: quartier
within: ["46102"]
summary: Quartier fictif de Figeac, écrit pour vérifier les règles.
---
`;

/** The template with `char` at `field`'s marker and the other markers removed. */
function fill(template: string, field: string, char: string): string {
  return template.replace(/⟦(\w+)⟧/g, (_, name: string) => (name === field ? char : ""));
}

/** Line and column (both from 1, in UTF-16 code units as editors count) of `field`'s marker. */
function positionOf(template: string, field: string): { line: number; column: number } {
  const before = template.replace(/⟦(\w+)⟧/g, (marker, name: string) => (name === field ? marker : "")).split(`⟦${field}⟧`)[0] ?? "";
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1) ?? "").length + 1 };
}

const hex = (codePoint: number) => codePoint.toString(16).toUpperCase().padStart(4, "0");

interface CharacterRow {
  readonly codePoint: number;
  /** The name the message gives it, when it has one. */
  readonly name?: string;
  /** What the message says the character is. */
  readonly kind: RegExp;
  /** Prose (summaries, the body) may hold it. */
  readonly prose: boolean;
  /** The body may hold it even if summaries may not (tab). */
  readonly body?: boolean;
}

const CONTROL = /un caractère de contrôle, invisible à l’écran/;
const NONCHARACTER = /un non-caractère Unicode, interdit dans une page web ou un flux/;
const BIDI = /un caractère invisible qui change le sens d’affichage du texte/;
const INVISIBLE = /un caractère invisible qui fait de deux textes identiques à l’écran deux textes différents/;

const CHARACTERS: readonly CharacterRow[] = [
  { codePoint: 0x00, name: "caractère nul", kind: CONTROL, prose: false },
  { codePoint: 0x01, kind: CONTROL, prose: false },
  { codePoint: 0x09, name: "tabulation", kind: CONTROL, prose: false, body: true },
  { codePoint: 0x0b, name: "tabulation verticale", kind: CONTROL, prose: false },
  { codePoint: 0x1b, name: "échappement", kind: CONTROL, prose: false },
  { codePoint: 0x7f, name: "suppression", kind: CONTROL, prose: false },
  { codePoint: 0x85, name: "passage à la ligne", kind: CONTROL, prose: false },
  { codePoint: 0x9b, name: "introducteur de séquence de contrôle", kind: CONTROL, prose: false },
  { codePoint: 0xfdd0, kind: NONCHARACTER, prose: false },
  { codePoint: 0xfffe, kind: NONCHARACTER, prose: false },
  { codePoint: 0xffff, kind: NONCHARACTER, prose: false },
  { codePoint: 0x1fffe, kind: NONCHARACTER, prose: false },
  { codePoint: 0x202a, name: "enchâssement gauche-à-droite", kind: BIDI, prose: false },
  { codePoint: 0x202e, name: "forçage droite-à-gauche", kind: BIDI, prose: false },
  { codePoint: 0x2066, name: "isolat gauche-à-droite", kind: BIDI, prose: false },
  { codePoint: 0x2069, name: "fin d’isolat", kind: BIDI, prose: false },
  { codePoint: 0x200e, name: "marque gauche-à-droite", kind: BIDI, prose: true },
  { codePoint: 0x200f, name: "marque droite-à-gauche", kind: BIDI, prose: true },
  { codePoint: 0x061c, name: "marque de lettre arabe", kind: BIDI, prose: true },
  { codePoint: 0x200b, name: "espace sans chasse", kind: INVISIBLE, prose: true },
  { codePoint: 0x200c, name: "antiliant sans chasse", kind: INVISIBLE, prose: true },
  { codePoint: 0x200d, name: "liant sans chasse", kind: INVISIBLE, prose: true },
  { codePoint: 0x2060, name: "gluon de mots", kind: INVISIBLE, prose: true },
  { codePoint: 0xfeff, name: "espace insécable sans chasse", kind: INVISIBLE, prose: true },
  { codePoint: 0x00ad, name: "trait d’union conditionnel", kind: INVISIBLE, prose: true },
  { codePoint: 0x3164, name: "remplissage hangûl", kind: INVISIBLE, prose: false },
  { codePoint: 0xe0041, name: "étiquette Unicode", kind: INVISIBLE, prose: false },
];

const FILES = {
  title: { path: "content/dynamiques/titre.md", template: DYNAMIQUE, label: "title" },
  actor: { path: "content/dynamiques/acteur.md", template: DYNAMIQUE, label: "actors[2]" },
  url: { path: "content/dynamiques/adresse.md", template: DYNAMIQUE, label: "sources[1].url" },
  publisher: { path: "content/dynamiques/editeur.md", template: DYNAMIQUE, label: "sources[1].publisher" },
  summary: { path: "content/dynamiques/resume.md", template: DYNAMIQUE, label: "summary" },
  body: { path: "content/dynamiques/texte.md", template: DYNAMIQUE, label: undefined },
  organizer: { path: "content/visites/organisateur.md", template: VISITE, label: "organizers[1]" },
  participant: { path: "content/visites/participant.md", template: VISITE, label: "participants[1]" },
  place: { path: "content/evenements/lieu.md", template: EVENEMENT, label: "place" },
  session: { path: "content/evenements/seance.md", template: EVENEMENT, label: "sessions[1].title" },
  territory: { path: "content/territoires/quartier.md", template: TERRITOIRE, label: "title" },
} as const;

type Field = keyof typeof FILES;

/** The errors of one file, as `check` prints them, with no-break spaces read as spaces. */
function errorsOf(result: PipelineResult, path: string): string[] {
  return printed(result).map(plain).filter((line) => line.startsWith(`${path}:`));
}

/** The message `check` prints for `row` in `field`, at the character's place. */
function expectedError(row: CharacterRow, field: Field): RegExp {
  const { path, template, label } = FILES[field];
  const { line, column } = positionOf(template, field);
  const character = `U\\+${hex(row.codePoint)}${row.name ? ` \\(${row.name}\\)` : ""}`;
  const where = label ? `le champ « ${label.replace(/[[\].]/g, "\\$&")} » contient` : "le texte contient";
  return new RegExp(
    `^${path}:${line}:${column}  ${where} « ${character} », ${row.kind.source}.*: « .*<U\\+${hex(row.codePoint)}>.* »\\. ` +
      (row.codePoint === 0x09 ? "Remplacez-le par une espace\\." : "Supprimez ce caractère invisible"),
  );
}

describe.each(CHARACTERS.map((row) => ({ ...row, label: `U+${hex(row.codePoint)}` })))("$label", (row) => {
  const char = String.fromCodePoint(row.codePoint);
  const fields = Object.keys(FILES) as Field[];
  const files = Object.fromEntries(fields.map((field) => [FILES[field].path, fill(FILES[field].template, field, char)]));
  const refusedIn = (field: Field) => (field === "summary" ? !row.prose : field === "body" ? !(row.prose || row.body) : true);

  const prose = row.prose ? ", accepted in prose" : row.body ? ", and in a summary, accepted in the body" : ", and in prose";
  it(`is refused in every name, title and URL${prose}, at its line and column`, () => {
    const result = checkFiles(files);
    expect(result.observatory).toBeUndefined();
    for (const field of fields) {
      const errors = errorsOf(result, FILES[field].path);
      if (refusedIn(field)) {
        expect(errors, field).toContainEqual(expect.stringMatching(expectedError(row, field)));
      } else {
        expect(errors, field).toEqual([]);
      }
    }
    // The base files stay valid: every error belongs to a file holding the character.
    const paths = new Set<string>(fields.map((field) => FILES[field].path));
    expect(result.errors.filter((error) => !paths.has(error.file))).toEqual([]);
  });
});

describe("what prose may hold", () => {
  it("a summary and a body may hold an emoji sequence and a flag joined by invisible characters; a title may not", () => {
    const farmer = "👩\u200d🌾";
    const scotland = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
    const prose = fill(DYNAMIQUE, "", "")
      .replace("démonstration à Figeac", `démonstration ${farmer} ${scotland} à Figeac`)
      .replace("Deuxième ligne", `Deuxième ligne ${farmer}\u200f ${scotland}`);
    const result = checkFiles({
      "content/dynamiques/prose.md": prose,
      "content/dynamiques/titre.md": fill(DYNAMIQUE, "", "").replace("Le tiers-lieu de Figeac", `Le tiers-lieu ${farmer}`),
    });
    expect(printed(result).map(plain)).toEqual([
      expect.stringMatching(/^content\/dynamiques\/titre\.md:2:24  le champ « title » contient « U\+200D \(liant sans chasse\) »/),
    ]);
  });

  it("a tag character outside a flag sequence is refused in a summary (text nobody sees)", () => {
    const hidden = [..."ignore"].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0)!)).join("");
    const result = checkFiles({ "content/dynamiques/cache.md": fill(DYNAMIQUE, "summary", hidden) });
    const { line, column } = positionOf(DYNAMIQUE, "summary");
    const lines = printed(result).map(plain);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(new RegExp(`^content/dynamiques/cache\\.md:${line}:${column}  le champ « summary » contient « U\\+E0069 \\(étiquette Unicode\\) »`));
  });
});

describe("where the character is written", () => {
  it("points at the value when the character comes from a YAML escape, and still names it", () => {
    const text = fill(DYNAMIQUE, "", "").replace("title: Le tiers-lieu de Figeac", 'title: "Le tiers-lieu\\e[2K de Figeac"');
    const result = checkFiles({ "content/dynamiques/echappe.md": text });
    expect(printed(result).map(plain)).toEqual([
      "content/dynamiques/echappe.md:2:8  le champ « title » contient « U+001B (échappement) », un caractère de contrôle, invisible à l’écran, " +
        "qui n’a pas sa place ici (il peut rendre le flux Atom illisible ou brouiller l’affichage d’un terminal) : " +
        "« Le tiers-lieu<U+001B>[2K de Figeac ». Supprimez ce caractère invisible (effacez et retapez ce passage si votre éditeur ne le montre pas).",
    ]);
  });

  it("counts the opening quote of a quoted value, and reports a line break inside a name", () => {
    const quoted = fill(DYNAMIQUE, "", "").replace("  - Eusko", '  - "Eus\u200bko"');
    const twoLines = fill(DYNAMIQUE, "", "").replace("  - Eusko", '  - "Eusko\\nBayonne"');
    const result = checkFiles({ "content/dynamiques/guillemets.md": quoted, "content/dynamiques/lignes.md": twoLines });
    expect(printed(result).map(plain)).toEqual([
      expect.stringMatching(/^content\/dynamiques\/guillemets\.md:8:9  le champ « actors\[2\] » contient « U\+200B \(espace sans chasse\) »/),
      expect.stringMatching(
        /^content\/dynamiques\/lignes\.md:8:5  le champ « actors\[2\] » contient « U\+000A \(saut de ligne\) ».*« Eusko<U\+000A>Bayonne »\. Écrivez la valeur sur une seule ligne\.$/,
      ),
    ]);
  });

  it("reads the line break that ends a YAML block (| or >) as syntax: only the invisible character is reported", () => {
    const text = fill(DYNAMIQUE, "", "")
      .replace("title: Le tiers-lieu de Figeac", "title: |\n  Le tiers-lieu de Fi\u200dgeac")
      .replace("summary: Un tiers-lieu", "summary: >\n  Un tiers-lieu\u202e");
    const result = checkFiles({ "content/dynamiques/bloc.md": text });
    expect(printed(result).map(plain)).toEqual([
      expect.stringMatching(/^content\/dynamiques\/bloc\.md:2:8  le champ « title » contient « U\+200D \(liant sans chasse\) »/),
      expect.stringMatching(/^content\/dynamiques\/bloc\.md:4:10  le champ « summary » contient « U\+202E \(forçage droite-à-gauche\) »/),
    ]);
  });

  it("checks fields the schema does not know too, next to the unknown-field error", () => {
    const text = fill(DYNAMIQUE, "", "").replace("kind: tiers-lieu", "kind: tiers-lieu\nnote: voir\u202e ici");
    const result = checkFiles({ "content/dynamiques/note.md": text });
    expect(printed(result).map(plain)).toEqual([
      expect.stringMatching(/^content\/dynamiques\/note\.md:5:1  champ « note » inconnu/),
      expect.stringMatching(/^content\/dynamiques\/note\.md:5:11  le champ « note » contient « U\+202E \(forçage droite-à-gauche\) »/),
    ]);
  });
});

describe("npm run check and npm run build", () => {
  const fakeSuccess = "\u001b[2K\u001b[1G✔ 1 fichier vérifié : aucune erreur.";

  it("prints an escape sequence in a value, and in a file name, as visible text — never raw", () => {
    const root = makeProject({
      "content/dynamiques/sequence.md": fill(DYNAMIQUE, "", "").replace("title: Le tiers-lieu de Figeac", `title: "Figeac${fakeSuccess}"`),
      [`content/dynamiques/nom${fakeSuccess}.md`]: fill(DYNAMIQUE, "", ""),
    });
    const result = runCli("check", [], root);
    const output = result.stdout + result.stderr;
    expect(output).not.toContain("\u001b");
    expect(output).not.toContain("\u009b");
    expect(result.status).toBe(1);
    expect(plain(result.stdout)).toContain(
      "content/dynamiques/sequence.md:2:15  le champ « title » contient « U+001B (échappement) »",
    );
    expect(plain(result.stdout)).toContain("« Figeac<U+001B>[2K<U+001B>[1G✔ 1 fichier v… »");
    expect(plain(result.stdout)).toContain("content/dynamiques/nom<U+001B>[2K<U+001B>[1G✔ 1 fichier vérifié : aucune erreur..md:1:1  le nom du fichier");
  });

  it("refuses to publish a title with a control character (it would make the Atom feed invalid XML)", () => {
    const root = makeSiteProject({ files: { ...BASE_FILES, "content/dynamiques/controle.md": fill(DYNAMIQUE, "title", "\u0001") } });
    try {
      const result = runCli("build", [], root);
      const { line, column } = positionOf(DYNAMIQUE, "title");
      expect(result.status).toBe(1);
      expect(plain(result.stderr)).toContain(`content/dynamiques/controle.md:${line}:${column}  le champ « title » contient « U+0001 »`);
      expect(existsSync(join(root, "_site"))).toBe(false);
    } finally {
      removeProject(root);
    }
  });
});

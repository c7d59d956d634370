/**
 * One row per field rule of the contributor contract (CONTENT-MODEL.md): a small real
 * Markdown file from tests/fixtures/rules/, placed in a throwaway project next to the
 * base files (territory `figeac`, dynamic `figeacteurs`), checked by the real pipeline.
 *
 * - `<rule>.valid*.md`: no error at all, and the entry is in the model (drafts: validated,
 *   but not published).
 * - `<rule>.invalid*.md`: no model, and an error on the file at the expected line whose
 *   French message matches. Other files stay error-free.
 *
 * French messages put non-breaking spaces inside « » and before « : ? »; the regexes
 * match them with `\s`.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PipelineResult } from "../../scripts/pipeline/pipeline.ts";
import type { Dynamique, Evenement, Observatory, Territory, Visite } from "../../scripts/model/types.ts";
import { PROJECT_ROOT, checkFiles, plain, printed } from "../helpers/fixture-project.ts";

const FIXTURES = join(PROJECT_ROOT, "tests", "fixtures", "rules");

interface Row {
  /** Fixture under tests/fixtures/rules/; `.valid` or `.invalid` in its name says what is expected. */
  readonly fixture: string;
  /** Where the test project holds it; by default content/<folder of the fixture>/fixture.md. */
  readonly at?: string;
  /** Other files the rule needs: content path → fixture under tests/fixtures/rules/. */
  readonly extra?: Readonly<Record<string, string>>;
  /** Written as bytes: with a byte-order mark and Windows line endings, or re-encoded as Latin-1. */
  readonly bytes?: "bom-crlf" | "latin1";
  /** Invalid fixtures: the error a contributor reads (`file` defaults to the fixture's path). */
  readonly error?: { readonly line: number; readonly message: RegExp; readonly file?: string };
  /** Valid drafts: checked, but absent from the model. */
  readonly published?: false;
  /** Further checks on the result. */
  readonly then?: (result: PipelineResult) => void;
  /** A rule that scripts/ currently gets wrong: the row runs as `it.fails` until it is fixed. */
  readonly bug?: string;
}

function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

function bytesOf(text: string, form: NonNullable<Row["bytes"]>): Uint8Array {
  if (form === "bom-crlf") {
    return new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text.replace(/\r?\n/g, "\r\n"), "utf8")]);
  }
  // Buffer's "latin1" silently truncates characters above U+00FF: refuse such a fixture.
  if ([...text].some((char) => char.codePointAt(0)! > 0xff)) throw new Error("fixture not representable in Latin-1");
  return Buffer.from(text, "latin1");
}

function placeOf(row: Row): string {
  if (row.at) return row.at;
  const folder = row.fixture.split("/")[0];
  return `content/${folder === "fichiers" ? "dynamiques" : folder}/fixture.md`;
}

function slugAndType(path: string): { type: string; slug: string } {
  const parts = path.split("/");
  return { type: parts[1] ?? "", slug: (parts.at(-1) ?? "").replace(/\.md$/, "") };
}

function publishedSlugs(observatory: Observatory, type: string): string[] {
  switch (type) {
    case "dynamiques":
      return observatory.dynamiques.map((entry) => entry.slug);
    case "visites":
      return observatory.visites.map((entry) => entry.slug);
    case "evenements":
      return observatory.evenements.map((entry) => entry.slug);
    case "territoires":
      return observatory.territories.filter((territory) => !territory.automatic).map((territory) => territory.slug);
    default:
      throw new Error(`no content type for ${type}`);
  }
}

/** The entry or territory made from `content/<type>/fixture.md`. */
function fixtureIn<T extends { slug: string }>(list: readonly T[] | undefined, slug = "fixture"): T {
  const found = list?.find((item) => item.slug === slug);
  if (!found) throw new Error(`${slug} is not in the model`);
  return found;
}
const dynamique = (result: PipelineResult, slug?: string): Dynamique => fixtureIn(result.observatory?.dynamiques, slug);
const visite = (result: PipelineResult): Visite => fixtureIn(result.observatory?.visites);
const evenement = (result: PipelineResult): Evenement => fixtureIn(result.observatory?.evenements);
const territoire = (result: PipelineResult): Territory => fixtureIn(result.observatory?.territories);

function run(row: Row): { result: PipelineResult; at: string } {
  const at = placeOf(row);
  const text = readFixture(row.fixture);
  const files: Record<string, string | Uint8Array> = { [at]: row.bytes ? bytesOf(text, row.bytes) : text };
  for (const [path, fixture] of Object.entries(row.extra ?? {})) files[path] = readFixture(fixture);
  return { result: checkFiles(files), at };
}

function checkRow(row: Row): void {
  const { result, at } = run(row);
  if (row.fixture.includes(".valid")) {
    expect(printed(result)).toEqual([]);
    expect(result.files).toContain(at);
    expect(result.observatory).toBeDefined();
    const { type, slug } = slugAndType(at);
    const published = publishedSlugs(result.observatory!, type);
    if (row.published === false) expect(published).not.toContain(slug);
    else expect(published).toContain(slug);
  } else {
    if (!row.error) throw new Error(`${row.fixture}: an invalid fixture needs an expected error`);
    const file = row.error.file ?? at;
    expect(result.observatory).toBeUndefined();
    expect(result.errors).toContainEqual(
      expect.objectContaining({ file, line: row.error.line, message: expect.stringMatching(row.error.message) }),
    );
    // The base files and the extra files stay valid: every error is the fixture's.
    expect(printed(result).filter((line) => !line.startsWith(`${file}:`))).toEqual([]);
  }
  row.then?.(result);
}

/** Every row of every table, to check that no fixture is left untested. */
const ROWS: Row[] = [];

function table(title: string, rows: readonly Row[]): void {
  ROWS.push(...rows);
  describe(title, () => {
    for (const row of rows) {
      const name = `${row.fixture}${row.at ? ` as ${row.at}` : ""}${row.error ? ` → line ${row.error.line}` : ""}`;
      if (row.bug) it.fails(`${name} (known bug: ${row.bug})`, () => checkRow(row));
      else it(name, () => checkRow(row));
    }
  });
}

const SUPPORT = {
  cahors: { "content/territoires/cahors.md": "_support/territoire-cahors.md" },
  draftTerritory: { "content/territoires/brouillon.md": "_support/territoire-brouillon.md" },
  draftDynamic: { "content/dynamiques/brouillon.md": "_support/dynamique-brouillon.md" },
} as const;

// ---------------------------------------------------------------------------------------
// Fields common to dynamiques, visites and evenements (in full on dynamiques).

table("dynamiques: required fields", [
  { fixture: "dynamiques/required.valid.md" },
  { fixture: "dynamiques/required.invalid.md", error: { line: 2, message: /champ\s«\stitle\s» obligatoire manquant/ } },
  { fixture: "dynamiques/required.invalid-2.md", error: { line: 2, message: /champ\s«\ssummary\s» obligatoire manquant/ } },
  { fixture: "dynamiques/required.invalid-3.md", error: { line: 2, message: /champ\s«\sterritory\s» obligatoire manquant/ } },
  { fixture: "dynamiques/required.invalid-4.md", error: { line: 2, message: /champ\s«\ssources\s» obligatoire manquant/ } },
  { fixture: "dynamiques/required.invalid-5.md", error: { line: 2, message: /champ\s«\skind\s» obligatoire manquant/ } },
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

// ---------------------------------------------------------------------------------------
// dynamiques only.

table("dynamiques: kind (from data/kinds.json)", [
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

// ---------------------------------------------------------------------------------------
// visites.

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

// ---------------------------------------------------------------------------------------
// evenements.

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

// ---------------------------------------------------------------------------------------
// territoires.

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

// ---------------------------------------------------------------------------------------
// Files: folders, names, encodings, frontmatter.

table("files: frontmatter and YAML syntax", [
  { fixture: "fichiers/frontmatter.valid.md" },
  { fixture: "fichiers/frontmatter.invalid.md", error: { line: 1, message: /le fichier doit commencer par un en-tête YAML entre deux lignes ---/ } },
  { fixture: "fichiers/frontmatter.invalid-4.md", error: { line: 1, message: /le fichier doit commencer par un en-tête YAML/ } },
  { fixture: "fichiers/frontmatter.invalid-5.md", error: { line: 1, message: /le fichier doit commencer par un en-tête YAML/ } },
  { fixture: "fichiers/frontmatter.invalid-2.md", error: { line: 1, message: /l’en-tête YAML n’est pas refermé/ } },
  { fixture: "fichiers/frontmatter.invalid-3.md", error: { line: 2, message: /l’en-tête doit être une liste de champs/ } },
  { fixture: "fichiers/yaml-syntax.valid.md" },
  // « summary: Coopérative fictive : un PTCE… »: French spacing before a colon breaks YAML.
  { fixture: "fichiers/yaml-syntax.invalid.md", error: { line: 3, message: /erreur de syntaxe YAML\s: .*deux-points/ } },
  { fixture: "fichiers/yaml-syntax.invalid-2.md", error: { line: 6, message: /erreur de syntaxe YAML\s: ce champ est écrit deux fois/ } },
  { fixture: "fichiers/yaml-syntax.invalid-3.md", error: { line: 8, message: /erreur de syntaxe YAML\s: tabulation utilisée pour l’indentation/ } },
]);

table("files: encoding", [
  {
    fixture: "fichiers/encoding.valid.md",
    bytes: "bom-crlf",
    then: (r) => {
      const entry = dynamique(r);
      expect(plain(entry.title)).toBe("Coopérative de test");
      expect(entry.summary).not.toContain("\r");
      expect(entry.bodyHtml).toContain("Écrit sous Windows");
      expect(entry.bodyHtml).not.toContain("\r");
    },
  },
  { fixture: "fichiers/encoding.invalid.md", bytes: "latin1", error: { line: 1, message: /le fichier n’est pas encodé en UTF-8/ } },
]);

table("files: folders, extensions and names", [
  { fixture: "fichiers/folder.valid.md", at: "content/dynamiques/fixture.md" },
  {
    fixture: "fichiers/folder.invalid.md",
    at: "content/autres/fixture.md",
    error: { file: "content/autres", line: 1, message: /le dossier\s«\sautres\s» n’est pas un type de contenu/ },
  },
  {
    fixture: "fichiers/folder.invalid.md",
    at: "content/dynamique/fixture.md",
    error: { file: "content/dynamique", line: 1, message: /n’est pas un type de contenu.*Vouliez-vous dire\s«\sdynamiques\s»/ },
  },
  {
    fixture: "fichiers/folder.invalid.md",
    at: "content/dynamiques/archives/fixture.md",
    error: { file: "content/dynamiques/archives", line: 1, message: /le dossier\s«\sdynamiques\/archives\s» n’est pas un type de contenu/ },
  },
  {
    fixture: "fichiers/folder.invalid.md",
    at: "content/fixture.md",
    error: { line: 1, message: /content\/dynamiques\/, content\/visites\/, content\/evenements\/ ou content\/territoires\// },
  },
  {
    fixture: "fichiers/extension.invalid.md",
    at: "content/dynamiques/fixture.txt",
    error: { line: 1, message: /seuls les fichiers Markdown \(\.md\) sont acceptés/ },
  },
  {
    fixture: "fichiers/extension.invalid.md",
    at: "content/dynamiques/fixture.markdown",
    error: { line: 1, message: /seuls les fichiers Markdown \(\.md\) sont acceptés/ },
  },
  { fixture: "fichiers/file-name.valid.md", at: "content/dynamiques/cafe-solidaire-2.md" },
  {
    fixture: "fichiers/file-name.invalid.md",
    at: "content/dynamiques/Figeac-Fixture.md",
    error: { line: 1, message: /le nom du fichier doit être en minuscules.*Renommez-le en\s«\sfigeac-fixture\.md\s»/ },
  },
  {
    fixture: "fichiers/file-name.invalid.md",
    at: "content/dynamiques/café_solidaire.md",
    error: { line: 1, message: /Renommez-le en\s«\scafe-solidaire\.md\s»/ },
  },
]);

const notPolluted = () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  expect(({} as any).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
};

table("files: keys that could reach a prototype", [
  {
    fixture: "fichiers/forbidden-key.invalid.md",
    error: { line: 6, message: /le nom de champ\s«\s__proto__\s» est interdit/ },
    then: notPolluted,
  },
  {
    fixture: "fichiers/forbidden-key.invalid-2.md",
    error: { line: 8, message: /le nom de champ\s«\sconstructor\s» est interdit/ },
    then: notPolluted,
  },
  { fixture: "fichiers/forbidden-key.invalid-3.md", error: { line: 6, message: /le nom de champ\s«\sprototype\s» est interdit/ } },
]);

// ---------------------------------------------------------------------------------------

/** Rules whose valid counterpart is any valid file: there is nothing to write « right ». */
const INVALID_ONLY = new Set(["unknown-field", "source-field", "forbidden-key", "extension"]);

describe("fixtures", () => {
  const files = ["dynamiques", "visites", "evenements", "territoires", "fichiers"].flatMap((folder) =>
    readdirSync(join(FIXTURES, folder)).map((name) => `${folder}/${name}`),
  );

  it("are all used by a row of the tables, and every row's fixture exists", () => {
    const used = new Set(ROWS.map((row) => row.fixture));
    expect(files.filter((file) => !used.has(file))).toEqual([]);
    const extras = ROWS.flatMap((row) => Object.values(row.extra ?? {}));
    expect([...used, ...extras].filter((file) => !existsSync(join(FIXTURES, file)))).toEqual([]);
  });

  it("give every rule a valid and an invalid example", () => {
    const rule = (file: string) => (file.split("/")[1] ?? "").replace(/\.(valid|invalid)(-\d+)?\.md$/, "");
    const valid = new Set(files.filter((file) => file.includes(".valid")).map(rule));
    const invalid = new Set(files.filter((file) => file.includes(".invalid")).map(rule));
    expect([...invalid].filter((name) => !valid.has(name) && !INVALID_ONLY.has(name))).toEqual([]);
    expect([...valid].filter((name) => !invalid.has(name))).toEqual([]);
  });
});

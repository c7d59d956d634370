/**
 * Table-driven rule tests: one row per field rule of the contributor contract
 * (CONTENT-MODEL.md), a small real Markdown file from tests/fixtures/rules/, placed in a
 * throwaway project next to the base files (territory `figeac`, dynamic `figeacteurs`) and
 * checked by the real pipeline. The tables live with the content type whose rule they
 * test (tests/content-types/<type>/rules.test.ts); the file rules every type shares, with
 * the pipeline (tests/pipeline/file-rules.test.ts).
 *
 * - `<rule>.valid*.md`: no error at all, and the entry is in the model (drafts: validated,
 *   but not published).
 * - `<rule>.invalid*.md`: no model, and an error on the file at the expected line whose
 *   French message matches. Other files stay error-free.
 *
 * French messages put non-breaking spaces inside « » and before « : ? »; the regexes
 * match them with `\s`, and `pinnedErrors` shows them as ⍽ for inline snapshots.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PipelineResult } from "../../scripts/pipeline/pipeline.ts";
import type { Dynamique, Evenement, Observatory, Territory, Visite } from "../../scripts/model/types.ts";
import { formatError } from "../../scripts/errors/content-error.ts";
import { PROJECT_ROOT, checkFiles, printed } from "./fixture-project.ts";

export const RULE_FIXTURES = join(PROJECT_ROOT, "tests", "fixtures", "rules");

export interface Row {
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

/** Support files some rules refer to (the fixture-coverage test reads these names too). */
export const SUPPORT = {
  cahors: { "content/territoires/cahors.md": "_support/territoire-cahors.md" },
  draftTerritory: { "content/territoires/brouillon.md": "_support/territoire-brouillon.md" },
  draftDynamic: { "content/dynamiques/brouillon.md": "_support/dynamique-brouillon.md" },
} as const;

function readFixture(name: string): string {
  return readFileSync(join(RULE_FIXTURES, name), "utf8");
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
export const dynamique = (result: PipelineResult, slug?: string): Dynamique => fixtureIn(result.observatory?.dynamiques, slug);
export const visite = (result: PipelineResult): Visite => fixtureIn(result.observatory?.visites);
export const evenement = (result: PipelineResult): Evenement => fixtureIn(result.observatory?.evenements);
export const territoire = (result: PipelineResult): Territory => fixtureIn(result.observatory?.territories);

/** Runs the pipeline on the row's fixture, placed where the row says, with its extra files. */
export function runRow(row: Row): { result: PipelineResult; at: string } {
  const at = placeOf(row);
  const text = readFixture(row.fixture);
  const files: Record<string, string | Uint8Array> = { [at]: row.bytes ? bytesOf(text, row.bytes) : text };
  for (const [path, fixture] of Object.entries(row.extra ?? {})) files[path] = readFixture(fixture);
  return { result: checkFiles(files), at };
}

function checkRow(row: Row): void {
  const { result, at } = runRow(row);
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

/** One test per row, under one title. */
export function table(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    for (const row of rows) {
      const name = `${row.fixture}${row.at ? ` as ${row.at}` : ""}${row.error ? ` → line ${row.error.line}` : ""}`;
      if (row.bug) it.fails(`${name} (known bug: ${row.bug})`, () => checkRow(row));
      else it(name, () => checkRow(row));
    }
  });
}

/**
 * Every error of the fixture's project as `check` prints it (`file:line:column  message`),
 * each followed by its catalogue key, which the JSON, GitHub and GitLab reports carry:
 * what an inline snapshot pins whole. No-break spaces show as ⍽.
 */
export function pinnedErrors(row: Row): string {
  return runRow(row)
    .result.errors.map((error) => `${formatError(error)}\n  [${error.key}]`)
    .join("\n")
    .replace(/[\u00a0\u202f]/g, "⍽");
}

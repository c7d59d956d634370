/**
 * Step "open data": the whole model as JSON and CSV, one file per type, with the official
 * codes each entry resolves to, plus the JSON Schema of each content type. Written into
 * the site being built, under /donnees/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { entryOpenRecord } from "../content-types/entries.ts";
import { type OpenRecord, type Value, iso } from "../content-types/shared/open-data-values.ts";
import { INDICATOR_COLUMNS, indicatorRecords, territoryRecord } from "../content-types/territoire/open-data.ts";
import type { Entry, Observatory, Territory } from "../model/types.ts";
import { jsonSchemas } from "../content-types/describe.ts";
import { CONTENT_TYPES, type ContentType, type Schemas } from "../content-types/registry.ts";

/** One table per content type, and one for the territories' indicators (a row per figure). */
export type OpenDataType = ContentType | "indicateurs";
export const OPEN_DATA_TYPES: readonly OpenDataType[] = [...CONTENT_TYPES, "indicateurs"];

/** Lists inside one CSV cell. */
export const CSV_LIST_SEPARATOR = " | ";

export type { OpenRecord } from "../content-types/shared/open-data-values.ts";

function officialCodes(slugs: readonly string[], territories: ReadonlyMap<string, Territory>) {
  const attached = slugs.flatMap((slug) => territories.get(slug) ?? []);
  return {
    territoires: [...slugs],
    territoires_noms: attached.map((t) => t.title),
    codes_officiels: attached.flatMap((t) => (t.code ? [t.code] : [])),
    departements: [...new Set(attached.flatMap((t) => t.departements))].sort(),
    regions: [...new Set(attached.flatMap((t) => t.regions))].sort(),
  };
}

function entryRecord(entry: Entry, observatory: Observatory, territories: ReadonlyMap<string, Territory>): OpenRecord {
  const common: OpenRecord = {
    slug: entry.slug,
    url: entry.url,
    titre: entry.title,
    resume: entry.summary,
    ...officialCodes(entry.territories, territories),
    themes: [...entry.themes],
    acteurs: [...entry.actors],
    sources: entry.sources.map((source) => ({
      titre: source.title,
      url: source.url ?? null,
      editeur: source.publisher ?? null,
      date: iso(source.date),
    })),
  };
  return entryOpenRecord(entry, common, observatory);
}

/** The records of each type, in the order of the site's lists. */
export function openDataRecords(observatory: Observatory): Record<OpenDataType, OpenRecord[]> {
  const territories = new Map(observatory.territories.map((t) => [t.slug, t]));
  const dossiersBySlug = new Map(observatory.dossiers.map((d) => [d.territory.slug, d]));
  return {
    dynamiques: observatory.dynamiques.map((e) => entryRecord(e, observatory, territories)),
    visites: observatory.visites.map((e) => entryRecord(e, observatory, territories)),
    evenements: observatory.evenements.map((e) => entryRecord(e, observatory, territories)),
    territoires: observatory.territories.map((t) => territoryRecord(t, dossiersBySlug.get(t.slug))),
    indicateurs: indicatorRecords(observatory.territories),
  };
}

/** One CSV cell per field: lists joined, nested objects (sources, sessions) as JSON. */
function csvCell(value: Value): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.some((item) => typeof item === "object" && item !== null) ? JSON.stringify(value) : value.join(CSV_LIST_SEPARATOR);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * What a spreadsheet reads as a formula at the start of a cell (OWASP, « CSV injection »):
 * a title written `=HYPERLINK(…)` would become a live link, or worse, on a reader's machine.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** OWASP's rule: such a cell starts with `'`, which spreadsheets read as « this is text ». */
function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * Columns whose values are all numbers (or empty). Their cells are written as they are:
 * a number is never a formula, and a longitude such as `-1.5` must stay a number that a
 * spreadsheet sorts and sums, where `'-1.5` would be text. Every other column holds
 * contributors' text, lists or JSON, and each of its cells goes through `neutraliseFormula`.
 * The JSON exports keep every value as written.
 */
function numericColumns(records: readonly OpenRecord[], columns: readonly string[]): Set<string> {
  return new Set(columns.filter((column) => records.every((record) => record[column] == null || typeof record[column] === "number")));
}

/** `columns`: a fixed header; by default, every field the records have, in order. */
export function toCsv(records: readonly OpenRecord[], fixedColumns?: readonly string[]): string {
  const columns = fixedColumns ? [...fixedColumns] : [...new Set(records.flatMap((record) => Object.keys(record)))];
  const numeric = numericColumns(records, columns);
  return stringify(
    records.map((record) =>
      columns.map((column) => {
        const cell = csvCell(record[column] ?? null);
        return numeric.has(column) ? cell : neutraliseFormula(cell);
      }),
    ),
    { header: true, columns, bom: true, record_delimiter: "\r\n" },
  );
}

export function writeOpenData(siteDir: string, observatory: Observatory, schemas: Schemas): void {
  const dir = join(siteDir, "donnees");
  mkdirSync(join(dir, "schemas"), { recursive: true });
  const records = openDataRecords(observatory);
  for (const type of OPEN_DATA_TYPES) {
    writeFileSync(join(dir, `${type}.json`), `${JSON.stringify(records[type], null, 1)}\n`);
    writeFileSync(join(dir, `${type}.csv`), toCsv(records[type], type === "indicateurs" ? INDICATOR_COLUMNS : undefined));
  }
  for (const [type, schema] of Object.entries(jsonSchemas(schemas))) {
    writeFileSync(join(dir, "schemas", `${type}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  }
}

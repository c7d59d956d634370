/**
 * What the search index holds, taken from the validated model rather than read back from
 * the rendered pages: one small HTML document per entry with its own full text, and one
 * per dossier with what is the dossier's own (its name, code, summary, introduction and the
 * names of the territories inside it). The entries a dossier gathers are left to their own
 * documents, titles included: a région gathers hundreds, and listing them would make the
 * dossier match every entry's name while adding nothing a reader could not find directly.
 *
 * Pagefind reads these documents with the same `data-pagefind-*` attributes a page would
 * carry (title weight, metadata, filters, sort), which keeps the search page unchanged.
 */
import { formatPeriod } from "../dates/format-french.ts";
import { entrySearchFields } from "../content-types/entries.ts";
import { LABELS } from "../content-types/registry.ts";
import type { SearchFields, SearchText } from "../content-types/shared/search-fields.ts";
import { territorySearch } from "../content-types/territoire/search.ts";
import { imagesAsText } from "../media/body-image-text.ts";
import type { Dossier, Entry, Observatory, Places, Source } from "../model/types.ts";

export interface SearchDocument {
  /** Site-relative URL of the page the result leads to, as Pagefind returns it. */
  readonly url: string;
  readonly html: string;
}

/**
 * Pagefind weights (1 by default). A territory's name, in its own dossier, outweighs every
 * mention of it elsewhere; the rest of a dossier (its description, the territories inside
 * it) counts for less than an entry's own text, so a query that names an entry or its
 * kind finds the entry before the dossiers it belongs to. An entry's kind and summary say
 * what it is in a few words: they count more than a passing mention in its body.
 */
const WEIGHTS = { dossierTitle: 10, dossierText: 0.5, entrySummary: 2, entryKind: 4 } as const;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ESCAPES[character] ?? character);
}

/** A document: what every page gives, and what its type adds (`kind`, `date`, `end`). */
interface DocumentParts extends Pick<SearchFields, "kind" | "date" | "end"> {
  readonly type: string;
  readonly title: string;
  readonly titleWeight?: number;
  /** Indexed text, as HTML: contributor HTML is already sanitised, everything else is escaped here. */
  readonly body: readonly string[];
  readonly places: Places;
  readonly themes?: readonly string[];
}

function paragraph(text: string | undefined, weight?: number): string {
  if (!text) return "";
  return weight === undefined ? `<p>${escape(text)}</p>` : `<p data-pagefind-weight="${weight}">${escape(text)}</p>`;
}

function list(items: readonly string[], weight?: number): string {
  return items.length > 0 ? paragraph(`${items.join(", ")}.`, weight) : "";
}

/** A text a type gives (content-types/shared/search-fields.ts): a paragraph, or a list of names. */
function searchText(text: SearchText, weight?: number): string {
  return typeof text === "string" || text === undefined ? paragraph(text, weight) : list(text, weight);
}

function weighted(html: string, weight: number): string {
  return html ? `<div data-pagefind-weight="${weight}">${html}</div>` : "";
}

/** Metadata, filters and sort key, hidden from the index text as on the pages (see search-data.njk). */
function searchData(parts: DocumentParts): string {
  const tags = [
    `<span data-pagefind-meta="type">${escape(parts.type)}</span>`,
    `<span data-pagefind-filter="type">${escape(parts.type)}</span>`,
  ];
  if (parts.date) {
    tags.push(
      `<span data-pagefind-meta="date">${escape(formatPeriod(parts.date, parts.end))}</span>`,
      `<span data-pagefind-sort="date">${escape(parts.date.iso)}</span>`,
      // The same date among the results' data: the search page orders by it the results of an index in parts.
      `<span data-pagefind-meta="date-tri">${escape(parts.date.iso)}</span>`,
      `<span data-pagefind-filter="année">${parts.date.year}</span>`,
    );
  }
  const { territoires, departements, regions } = parts.places;
  if (territoires.length > 0) tags.push(`<span data-pagefind-meta="territoire">${escape(territoires.join(", "))}</span>`);
  for (const name of territoires) tags.push(`<span data-pagefind-filter="territoire">${escape(name)}</span>`);
  for (const name of departements) tags.push(`<span data-pagefind-filter="département">${escape(name)}</span>`);
  for (const name of regions) tags.push(`<span data-pagefind-filter="région">${escape(name)}</span>`);
  if (parts.kind) tags.push(`<span data-pagefind-filter="dynamique">${escape(parts.kind)}</span>`);
  for (const theme of parts.themes ?? []) tags.push(`<span data-pagefind-filter="thème">${escape(theme)}</span>`);
  return `<div hidden data-pagefind-ignore>${tags.join("")}</div>`;
}

function toHtml(parts: DocumentParts): string {
  const weight = parts.titleWeight ? ` data-pagefind-weight="${parts.titleWeight}"` : "";
  return (
    `<!DOCTYPE html><html lang="fr"><head><title>${escape(parts.title)}</title></head><body><main data-pagefind-body>` +
    searchData(parts) +
    `<h1 data-pagefind-meta="title"${weight}>${escape(parts.title)}</h1>` +
    parts.body.join("") +
    `</main></body></html>`
  );
}

function sourceTitles(sources: readonly Source[]): string[] {
  return sources.map((source) => source.title);
}

function entryParts(entry: Entry, observatory: Observatory): DocumentParts {
  const own = entrySearchFields(entry, observatory);
  return {
    type: LABELS[entry.type].one,
    title: entry.title,
    places: entry.places,
    themes: entry.themes.map((theme) => observatory.themes[theme] ?? theme),
    kind: own.kind,
    date: own.date,
    end: own.end,
    body: [
      paragraph(own.kind, WEIGHTS.entryKind),
      ...(own.lead ?? []).map((text) => searchText(text)),
      paragraph(entry.summary, WEIGHTS.entrySummary),
      imagesAsText(entry.bodyHtml),
      list(entry.actors),
      list(sourceTitles(entry.sources)),
      ...(own.more ?? []).map((text) => searchText(text)),
    ],
  };
}

function dossierParts(dossier: Dossier): DocumentParts {
  const territory = dossier.territory;
  const own = territorySearch(dossier);
  return {
    type: LABELS.territoires.one,
    title: territory.title,
    titleWeight: WEIGHTS.dossierTitle,
    places: territory.places,
    kind: own.kind,
    date: own.date,
    end: own.end,
    body: [
      paragraph(own.kind, WEIGHTS.dossierText),
      ...(own.lead ?? []).map((text) => searchText(text, WEIGHTS.dossierText)),
      paragraph(territory.summary, WEIGHTS.dossierText),
      weighted(imagesAsText(territory.bodyHtml), WEIGHTS.dossierText),
      ...(own.more ?? []).map((text) => searchText(text, WEIGHTS.dossierText)),
    ],
  };
}

/** Every published entry and dossier, sorted by URL so that two builds index them in the same order. */
export function searchDocuments(observatory: Observatory): SearchDocument[] {
  const entries = [...observatory.dynamiques, ...observatory.visites, ...observatory.evenements];
  const documents = [
    ...entries.map((entry) => ({ url: entry.url, html: toHtml(entryParts(entry, observatory)) })),
    ...observatory.dossiers.map((dossier) => ({ url: dossier.territory.url, html: toHtml(dossierParts(dossier)) })),
  ];
  return documents.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * Step "index": Pagefind's Node API builds the full-text index of the rendered site,
 * in French, into the site being built. Every `errors` array Pagefind returns is
 * checked; the service is closed whatever happens.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";

/** The part of Pagefind's Node API this step uses: a seam for tests of its error handling. */
export interface PagefindApi {
  createIndex: typeof pagefind.createIndex;
  close: typeof pagefind.close;
}

export interface IndexReport {
  readonly pages: number;
}

export class SearchIndexError extends Error {
  override readonly name = "SearchIndexError";
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`index de recherche, ${step} : ${errors.join(" ; ")}`);
}

/** Pages actually in the index (Pagefind reads every page, but indexes only those with `data-pagefind-body`). */
function indexedPages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

export async function indexSite(siteDir: string, api: PagefindApi = pagefind): Promise<IndexReport> {
  try {
    const created = await api.createIndex({ forceLanguage: "fr", keepIndexUrl: false, writePlayground: false });
    failOn("création", created.errors);
    const index = created.index;
    if (!index) throw new SearchIndexError("index de recherche : Pagefind n’a pas créé d’index.");
    const added = await index.addDirectory({ path: siteDir });
    failOn("lecture des pages", added.errors);
    if (added.page_count === 0) throw new SearchIndexError("index de recherche : aucune page à indexer.");
    const bundle = join(siteDir, "pagefind");
    const written = await index.writeFiles({ outputPath: bundle });
    failOn("écriture", written.errors);
    return { pages: indexedPages(bundle) };
  } finally {
    await api.close();
  }
}

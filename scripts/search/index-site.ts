/**
 * Step "index": Pagefind's Node API builds the full-text index, in French, into the site
 * being built, from the documents the model gives (search-documents.ts) — no page is read
 * back from disk, so the index can be built while Eleventy renders. Every `errors` array
 * Pagefind returns is checked; the service is closed whatever happens.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as pagefind from "pagefind";
import type { SearchDocument } from "./search-documents.ts";

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

/** Writes without holding the event loop: the preview keeps answering while its index is written. */
async function writeFiles(folder: string, files: ReadonlyArray<{ path: string; content: Uint8Array | string }>): Promise<void> {
  for (const dir of new Set(files.map((file) => dirname(join(folder, file.path))))) await mkdir(dir, { recursive: true });
  for (let start = 0; start < files.length; start += WRITES_AT_ONCE) {
    await Promise.all(files.slice(start, start + WRITES_AT_ONCE).map((file) => writeFile(join(folder, file.path), file.content)));
  }
}

/** Enough to keep libuv's threads busy, few enough to stay far from the open-files limit. */
const WRITES_AT_ONCE = 64;

/**
 * Pagefind's settings for this site: French, clean URLs, no playground on a live site. Past
 * 1,000 pages, fragments (each page's text, for excerpts) are bundled a few pages to a file:
 * a 10,000-page index goes from 10,000 files to 1,000 and loses a third of its bytes, while
 * a result still fetches a file of a few dozen kilobytes at most.
 */
const INDEX_SETTINGS = { forceLanguage: "fr", keepIndexUrl: false, writePlayground: false, maxFragments: 1000 } as const;

/**
 * Pagefind's ready-made interfaces and highlighter, which it writes into every bundle: the
 * search page has its own (layouts/assets/search.js), so they are not published — 430 KB
 * less per part to host and to keep offline.
 */
const NOT_USED_BY_THE_SEARCH_PAGE = /^pagefind-(ui|component-ui|modular-ui)\.(js|css)$|^pagefind-highlight\.js$/;

/** Writes the documents as files of a new temporary folder, which is removed again if writing fails. */
async function writeDocuments(documents: readonly SearchDocument[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "observatoire-recherche-"));
  try {
    await writeFiles(folder, documents.map((document) => ({ path: join(...document.url.split("/").filter(Boolean), "index.html"), content: document.html })));
    return folder;
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Indexes `documents` into `bundle`. The documents are written as files of a temporary
 * folder that Pagefind reads with `addDirectory`, which parses them on every core and
 * sorts them, so the index is the same for the same documents; `addHTMLFile` would send
 * them one message at a time to a service that handles one at a time (3 times slower at
 * 10,000 documents: 19,5 s against 6,2 s, writing the files included).
 *
 * Not an async function itself: an async function keeps its arguments until it returns,
 * and the documents (56 million characters at 10,000 entries, 110 MB) are needed only until
 * they are written, not during the half-minute Pagefind then takes.
 */
export function indexDocuments(documents: readonly SearchDocument[], bundle: string, api: PagefindApi = pagefind): Promise<IndexReport> {
  return indexWrittenDocuments(writeDocuments(documents), documents.length, bundle, api);
}

async function indexWrittenDocuments(written: Promise<string>, count: number, bundle: string, api: PagefindApi): Promise<IndexReport> {
  // Awaited below, or in `finally` when an earlier step fails: a failure to write is never left unhandled.
  written.catch(() => undefined);
  try {
    const created = await api.createIndex(INDEX_SETTINGS);
    failOn("création", created.errors);
    const index = created.index;
    if (!index) throw new SearchIndexError("index de recherche : Pagefind n’a pas créé d’index.");
    if (count === 0) throw new SearchIndexError("index de recherche : aucune page à indexer.");
    const added = await index.addDirectory({ path: await written });
    failOn("lecture des documents", added.errors);
    if (added.page_count !== count) {
      throw new SearchIndexError(`index de recherche : ${added.page_count} sur ${count} documents indexés.`);
    }
    // The bundle is taken from Pagefind in memory and written here, file by file, before the
    // build goes on: the next steps (hashing for the offline copy, publishing) must see the
    // complete index.
    const produced = await index.getFiles();
    failOn("écriture", produced.errors);
    if (produced.files.length === 0) throw new SearchIndexError("index de recherche : Pagefind n’a produit aucun fichier.");
    await writeFiles(bundle, produced.files.filter((file) => !NOT_USED_BY_THE_SEARCH_PAGE.test(file.path)));
    return { pages: added.page_count };
  } finally {
    await api.close();
    const folder = await written.catch(() => undefined);
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  }
}

/**
 * A large site's search index is built in parts, each by its own Pagefind service, side by
 * side: one service holding a 10,000-page index took 2,7 GB and built it on one core for
 * 35 s, after the render. Each part is a complete Pagefind bundle (`pagefind/`, then
 * `pagefind/partie-2/`…); the search page loads every part listed in `pagefind/parties.json`
 * and merges their results itself (layouts/assets/search.js). Small sites keep one part.
 */
import { join } from "node:path";
import { messages } from "../errors/catalogue.ts";
import { ExplainedError } from "../errors/describe-error.ts";
import type { SearchDocument } from "./search-documents.ts";

/**
 * From this many documents on, the index is built in two parts: one per core of the
 * development machine, where each Pagefind service then stays under 1,5 GiB at 10,000 entries.
 */
export const PARTS_FROM_DOCUMENTS = 4000;
const MOST_PARTS = 8;

/** Written beside the first part: the search page reads it to know the others. */
export const PARTS_MANIFEST = "parties.json";

/**
 * How many parts: `OBSERVATOIRE_SEARCH_PARTS` when it gives a whole number from 1 to 8 (tests
 * build the starter content in two parts with it; a host with more cores may want more),
 * otherwise one, or two from PARTS_FROM_DOCUMENTS on.
 */
export function searchIndexParts(documentCount: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = env["OBSERVATOIRE_SEARCH_PARTS"];
  if (asked !== undefined && asked !== "") {
    const parts = Number(asked);
    if (!Number.isInteger(parts) || parts < 1 || parts > MOST_PARTS) {
      throw new ExplainedError(messages.searchPartsInvalid({ value: asked, most: MOST_PARTS }));
    }
    return parts;
  }
  return documentCount >= PARTS_FROM_DOCUMENTS ? 2 : 1;
}

/** Part `n` (from 0) as a path under the site's root: `pagefind/`, `pagefind/partie-2/`… */
export function partPath(n: number): string {
  return n === 0 ? "pagefind/" : `pagefind/partie-${n + 1}/`;
}

/** Where part `n` is written, `bundle` being the first part's folder. */
export function partFolder(bundle: string, n: number): string {
  return n === 0 ? bundle : join(bundle, `partie-${n + 1}`);
}

/**
 * The documents dealt to `parts` parts in turn, in URL order: the parts are as large as
 * each other whatever the types and dates, and the same content always gives the same parts.
 */
export function splitIntoParts(documents: readonly SearchDocument[], parts: number): SearchDocument[][] {
  const sorted = [...documents].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return Array.from({ length: parts }, (_, n) => sorted.filter((_, position) => position % parts === n));
}

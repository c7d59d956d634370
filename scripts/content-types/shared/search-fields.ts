/**
 * What a content type gives the search document of one of its pages, beyond what every page
 * gives (its title, type, places, themes, summary and text): each type says it in its folder
 * (`content-types/<type>/search.ts`), and scripts/search/search-documents.ts turns it into the
 * document, with the weights and escaping every document shares. Plain texts only: they are
 * escaped there, and weighted by the kind of document they go in.
 */
import type { PartialDate } from "../../dates/partial-date.ts";

/**
 * One indexed paragraph. A text is indexed as it is; a list names things, indexed as
 * « A, B, C. ». Nothing is indexed for an absent text or an empty list.
 */
export type SearchText = string | readonly string[] | undefined;

export interface SearchFields {
  /** The label of a dynamic's kind: the « dynamique » filter, and a few words indexed before the rest, weighted. */
  readonly kind?: string | undefined;
  /** When it happens: the date shown in results, their sort key and the « année » filter. */
  readonly date?: PartialDate | undefined;
  readonly end?: PartialDate | undefined;
  /** Texts indexed before the page's summary. */
  readonly lead?: readonly SearchText[];
  /** Texts indexed after the page's own text (and, for an entry, its actors and sources). */
  readonly more?: readonly SearchText[];
}

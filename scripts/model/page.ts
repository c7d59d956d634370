/**
 * What every page of the site shares, and what every entry has before its type adds its own
 * fields. Below the content types: each type's builder (content-types/<type>/entry.ts) starts
 * from `EntryCommon`, and model/types.ts derives the entries from those builders.
 */
import type { PartialDate } from "../dates/partial-date.ts";
import type { ContentType } from "../content-types/registry.ts";

export type EntryType = Exclude<ContentType, "territoires">;

export interface Source {
  readonly title: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly date?: PartialDate;
}

/** An image of `content/medias/` shown at the top of a page (`image`), its texts typeset. */
export interface PageImage {
  /** Its file name in `content/medias/`: `oxalis.jpg`. */
  readonly src: string;
  readonly alt: string;
  /** Author and licence, shown under the image. */
  readonly credit?: string;
}

/** What every published page of the site shares. */
export interface Page {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  /** Site-relative URL: `/dynamiques/figeacteurs/`. */
  readonly url: string;
  /** Content file it comes from, for « Proposer une correction »; absent for automatic dossiers. */
  readonly sourcePath?: string;
  readonly bodyHtml: string;
  /** Shown at the top of the page and on social cards; absent when the file gives none. */
  readonly image?: PageImage;
}

/** Names of the territories an entry is attached to, and of their départements and régions. */
export interface Places {
  readonly territoires: readonly string[];
  readonly departements: readonly string[];
  readonly regions: readonly string[];
}

/** What every entry has before its type adds its own fields (content-types/<type>/entry.ts). */
export interface EntryCommon extends Page {
  readonly sourcePath: string;
  readonly territories: readonly string[];
  readonly places: Places;
  readonly themes: readonly string[];
  readonly actors: readonly string[];
  readonly sources: readonly Source[];
}

export interface EntryLink {
  readonly type: EntryType;
  readonly slug: string;
  readonly title: string;
  readonly url: string;
}

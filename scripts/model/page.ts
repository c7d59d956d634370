/**
 * Small types every kind of page shares: the entry types, the sources and images pages show,
 * the places they are attached to, the links between them. Sources and images are derived
 * from the shared fields of the content types, not described a second time.
 */
import type { z } from "zod";
import type { ContentType } from "../content-types/registry.ts";
import type { source } from "../content-types/shared/fields.ts";
import type { imageOf } from "../content-types/shared/typeset-image.ts";

export type EntryType = Exclude<ContentType, "territoires">;

/** A source an entry or an indicator cites, as its schema reads it (content-types/shared/fields.ts), its title typeset. */
export type Source = Readonly<z.output<typeof source>>;

/** An image of `content/medias/` shown at the top of a page (`image`), its texts typeset (content-types/shared/typeset-image.ts). */
export type PageImage = NonNullable<ReturnType<typeof imageOf>["image"]>;

/** Names of the territories an entry is attached to, and of their départements and régions. */
export interface Places {
  readonly territoires: readonly string[];
  readonly departements: readonly string[];
  readonly regions: readonly string[];
}

export interface EntryLink {
  readonly type: EntryType;
  readonly slug: string;
  readonly title: string;
  readonly url: string;
}

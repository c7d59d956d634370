/** What every content type says about itself; each folder of `content-types/` gives one. */
import type { z } from "zod";
import type { Vocabulary } from "../vocabulary.ts";

export interface ContentTypeLabels {
  /** A page of this type, for readers: « Visite d’étude ». */
  readonly one: string;
  /** Several, as a list is titled: « Visites d’étude ». */
  readonly many: string;
  /** How `npm run check` counts files of this type: « 1 visite », « 2 visites ». */
  readonly counted: { readonly one: string; readonly many: string };
}

export interface ContentTypeDefinition<Folder extends string, Schema extends z.ZodType> {
  /** Folder of `content/` holding its files, and the entry's `type`: `visites`. */
  readonly folder: Folder;
  /** The name `npm run new` takes: `visite`. */
  readonly singular: string;
  readonly labels: ContentTypeLabels;
  /** The frontmatter's rules, built with the project's vocabulary (kinds, themes). */
  readonly schema: (vocabulary: Vocabulary) => Schema;
}

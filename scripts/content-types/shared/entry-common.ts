/**
 * What every entry has before its type adds its own fields: the page it is (slug, texts typeset,
 * address, source file) and the common frontmatter fields (content-types/shared/entry-fields.ts).
 * The model's `EntryCommon` is what this returns: each type's builder (content-types/<type>/entry.ts)
 * starts from it, so a common field added here reaches every entry type and its templates.
 */
import type { TextRendering, ValidFile } from "../../model/content-files.ts";
import type { Places } from "../../model/page.ts";
import { imageOf } from "./typeset-image.ts";

export type EntryFileOf = Exclude<ValidFile, { type: "territoires" }>;

/** `places` names the territories the entry is attached to (geo/places.ts), known once every territory is placed. */
export function entryCommon(file: EntryFileOf, render: TextRendering, places: Places) {
  const { data } = file;
  return {
    slug: file.slug,
    title: render.text(data.title),
    summary: render.text(data.summary),
    /** Site-relative URL: `/dynamiques/figeacteurs/`. */
    url: `/${file.type}/${file.slug}/`,
    /** Content file it comes from, for « Proposer une correction ». */
    sourcePath: file.path,
    bodyHtml: render.body(file),
    /** Shown at the top of the page and on social cards; absent when the file gives none. */
    ...imageOf(data.image, render),
    /** The slugs of its `territory` field. */
    territories: data.territory,
    places,
    themes: data.themes ?? [],
    actors: data.actors ?? [],
    sources: data.sources.map((source) => ({ ...source, title: render.text(source.title) })),
  };
}

export type EntryCommon = Readonly<ReturnType<typeof entryCommon>>;

/**
 * Step 4 — resolve: follow every reference between entries, place every territory in
 * the official geography, and create the département and région dossiers that have
 * content but no file of their own. Drafts are checked here, then left out.
 */
import { type ContentError, contentError } from "../errors/content-error.ts";
import type { OfficialGeography } from "../geo/official-geography.ts";
import type { Entry, EntryLink, Places, Territory } from "../model/types.ts";
import { buildEntry } from "../content-types/entries.ts";
import { type EntryFileOf, entryCommon } from "../content-types/shared/entry-common.ts";
import { automaticTerritories, placeTerritories } from "../content-types/territoire/territory.ts";
import { placesFinder } from "../geo/places.ts";
import { closestMatch } from "../text/suggest.ts";
import type { SourceFile, TextRendering, ValidFile } from "../model/content-files.ts";

export interface Resolved {
  readonly entries: readonly Entry[];
  readonly territories: readonly Territory[];
  readonly errors: readonly ContentError[];
}

type FileOf<T extends ValidFile["type"]> = Extract<ValidFile, { type: T }>;
export type { TextRendering } from "../model/content-files.ts";

/** A content file as read, valid or not: its place in content/ is all `resolve` needs of it. */
type ReadFile = Pick<SourceFile, "path" | "type" | "slug">;

/**
 * `read` is every file read, valid or not (by default, the valid ones): a reference to a file
 * that is there but has errors names those errors as the cause, rather than calling it missing.
 */
export function resolve(files: readonly ValidFile[], geo: OfficialGeography, render: TextRendering, read: readonly ReadFile[] = files): Resolved {
  const errors: ContentError[] = [];
  const ofType = <T extends ValidFile["type"]>(type: T) => files.filter((file): file is FileOf<T> => file.type === type);

  const territoryFiles = ofType("territoires");
  const fileTerritories = placeTerritories(territoryFiles, geo, render, errors);
  const unnamed = [...fileTerritories, ...automaticTerritories(fileTerritories, geo)];
  const placesOf = placesFinder(unnamed, geo);
  const territories = unnamed.map((territory) => ({ ...territory, places: placesOf([territory.slug]) }));

  const draftSlugs = (list: readonly ValidFile[]) => new Set(list.filter((f) => f.data.draft === true).map((f) => f.slug));
  const validPaths = new Set(files.map((f) => f.path));
  /** The files of a type that were read but did not validate, by slug: their own errors are already reported. */
  const invalidOfType = (type: ValidFile["type"]) =>
    new Map(read.filter((f) => f.type === type && !validPaths.has(f.path)).map((f) => [f.slug, f.path]));
  const territoryIndex = { all: new Set(territoryFiles.map((f) => f.slug)), drafts: draftSlugs(territoryFiles), invalid: invalidOfType("territoires") };
  const dynamicFiles = ofType("dynamiques");
  const dynamicIndex = { all: new Set(dynamicFiles.map((f) => f.slug)), drafts: draftSlugs(dynamicFiles), invalid: invalidOfType("dynamiques") };

  const checkReferences = (file: ValidFile, field: "territory" | "dynamics", slugs: readonly string[], index: typeof territoryIndex) => {
    slugs.forEach((slug, position) => {
      // Finding the line costs a walk of the YAML tree: only for a reference that is wrong.
      const at = () => file.locate([field, position]);
      const invalid = index.invalid.get(slug);
      if (invalid !== undefined) {
        const type = field === "territory" ? "territoire" : "dynamique";
        errors.push(contentError(file.path, at(), "referencedFileHasErrors", { type, slug, path: invalid }));
      } else if (!index.all.has(slug)) {
        const suggestion = closestMatch(slug, index.all);
        errors.push(
          field === "territory"
            ? contentError(file.path, at(), "unknownTerritory", { slug, suggestion })
            : contentError(file.path, at(), "unknownDynamic", { slug, suggestion }),
        );
      } else if (index.drafts.has(slug) && file.data.draft !== true) {
        errors.push(contentError(file.path, at(), "referencesDraft", { slug }));
      }
    });
  };

  const entries: Entry[] = [];
  for (const file of files) {
    if (file.type === "territoires") continue;
    checkReferences(file, "territory", file.data.territory, territoryIndex);
    if (file.type !== "dynamiques") checkReferences(file, "dynamics", file.data.dynamics ?? [], dynamicIndex);
    if (file.data.draft !== true) entries.push(toEntry(file, render, placesOf(file.data.territory)));
  }
  return { entries: linkMentions(entries), territories, errors };
}

/** The fields every entry has (content-types/shared/entry-common.ts), then those of its type (content-types/<type>/entry.ts). */
function toEntry(file: EntryFileOf, render: TextRendering, places: Places): Entry {
  return buildEntry(file, entryCommon(file, render, places), render);
}

/** Fills each dynamic's `mentionedBy` with the visits and events that name it. */
function linkMentions(entries: readonly Entry[]): Entry[] {
  const mentions = new Map<string, EntryLink[]>();
  for (const entry of entries) {
    if (entry.type === "dynamiques") continue;
    const link = linkToEntry(entry);
    for (const slug of entry.dynamics) mentions.set(slug, [...(mentions.get(slug) ?? []), link]);
  }
  return entries.map((entry) => (entry.type === "dynamiques" ? { ...entry, mentionedBy: mentions.get(entry.slug) ?? [] } : entry));
}

export function linkToEntry(entry: Entry): EntryLink {
  return { type: entry.type, slug: entry.slug, title: entry.title, url: entry.url };
}

/**
 * The items the templates make one page each from (entries, dossiers, themes, actors).
 * `npm run build` renders all of them; the preview renders only those whose data changed.
 */
import type { ActorPage, Dossier, Dynamique, Evenement, Observatory, ThemePage, Visite } from "./types.ts";

export interface PageSets {
  readonly dynamiques: readonly Dynamique[];
  readonly visites: readonly Visite[];
  readonly evenements: readonly Evenement[];
  readonly dossiers: readonly Dossier[];
  readonly themes: readonly ThemePage[];
  readonly actors: readonly ActorPage[];
}

/** What the templates receive as `observatoire`: the model, and the items whose pages this build renders. */
export type PublishedObservatory = Observatory & { readonly pages: PageSets };

export type PageSetName = keyof PageSets;

export const PAGE_SET_NAMES: readonly PageSetName[] = ["dynamiques", "visites", "evenements", "dossiers", "themes", "actors"];

export function everyPage(observatory: Observatory): PageSets {
  const { dynamiques, visites, evenements, dossiers } = observatory;
  return { dynamiques, visites, evenements, dossiers, themes: observatory.indexes.themes, actors: observatory.indexes.actors };
}

/** The address of the page made from an item: the one its template's permalink gives. */
export function pageUrl(item: PageSets[PageSetName][number]): string {
  return "territory" in item ? item.territory.url : item.url;
}

/** Every address of a page made from an item, sorted: the sitemap lists them all, rendered this time or not. */
export function everyPageUrl(observatory: Observatory): string[] {
  const sets = everyPage(observatory);
  return PAGE_SET_NAMES.flatMap((name) => sets[name].map(pageUrl));
}

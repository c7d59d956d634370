/**
 * What a version changes on the site, page by page: the pages it adds, those whose data
 * changed, those it removes, and for each territory's dossier the entries it gains or loses.
 *
 * A page « changes » exactly when the preview would render it again: the comparison is the
 * preview's own page planner (page-planner.ts), run on the base model then on the new one.
 * So a visit that starts mentioning a dynamic changes the dynamic's page too, and a territory
 * renamed changes every page that links to it, as on the published site.
 */
import { PAGE_SET_NAMES, type PageSetName, type PageSets, everyPage, pageUrl } from "../model/page-sets.ts";
import type { Entry, Observatory } from "../model/types.ts";
import { PagePlanner } from "../preview/page-planner.ts";

/** One page, as the review names it. */
export interface PageRef {
  readonly kind: PageSetName;
  readonly title: string;
  /** Site-relative address: `/dynamiques/figeacteurs/`. */
  readonly url: string;
  /** Which version of the site has the page: a removed page is only on the base. */
  readonly version: "base" | "head";
}

export interface DossierChange {
  readonly dossier: PageRef;
  readonly gains: readonly PageRef[];
  readonly losses: readonly PageRef[];
}

export interface SiteChanges {
  readonly added: readonly PageRef[];
  readonly changed: readonly PageRef[];
  readonly removed: readonly PageRef[];
  readonly dossiers: readonly DossierChange[];
}

export function siteChanges(base: Observatory, head: Observatory): SiteChanges {
  const planner = new PagePlanner();
  // Nothing besides the model: templates and settings are the same code on both sides.
  planner.plan(base, undefined);
  planner.confirmWritten();
  const plan = planner.plan(head, undefined);
  const basePages = pagesByUrl(base, "base");
  const headPages = pagesByUrl(head, "head");
  const rendered = PAGE_SET_NAMES.flatMap((name) => plan.pages[name].map((item) => headPages.get(pageUrl(item)) as PageRef));
  return {
    added: sorted(rendered.filter((page) => !basePages.has(page.url))),
    changed: sorted(rendered.filter((page) => basePages.has(page.url))),
    removed: sorted(plan.removed.map((url) => basePages.get(url) as PageRef)),
    dossiers: dossierChanges(base, head, basePages, headPages),
  };
}

function pagesByUrl(observatory: Observatory, version: PageRef["version"]): Map<string, PageRef> {
  const sets = everyPage(observatory);
  const pages = new Map<string, PageRef>();
  for (const kind of PAGE_SET_NAMES) {
    for (const item of sets[kind] as ReadonlyArray<PageSets[PageSetName][number]>) {
      pages.set(pageUrl(item), { kind, title: titleOf(item), url: pageUrl(item), version });
    }
  }
  return pages;
}

function titleOf(item: PageSets[PageSetName][number]): string {
  if ("territory" in item) return item.territory.title;
  if ("label" in item) return item.label;
  if ("name" in item) return item.name;
  return item.title;
}

function dossierChanges(
  base: Observatory,
  head: Observatory,
  basePages: ReadonlyMap<string, PageRef>,
  headPages: ReadonlyMap<string, PageRef>,
): DossierChange[] {
  const entriesOf = (observatory: Observatory) =>
    new Map(observatory.dossiers.map((dossier) => [dossier.territory.url, new Set(dossier.entries.map((entry: Entry) => entry.url))]));
  const before = entriesOf(base);
  const after = entriesOf(head);
  const changes: DossierChange[] = [];
  for (const url of new Set([...before.keys(), ...after.keys()])) {
    const had = before.get(url) ?? new Set<string>();
    const has = after.get(url) ?? new Set<string>();
    const gains = [...has].filter((entry) => !had.has(entry)).map((entry) => headPages.get(entry) as PageRef);
    // An entry a dossier loses may live on elsewhere: its link then goes to its new version.
    const losses = [...had].filter((entry) => !has.has(entry)).map((entry) => (headPages.get(entry) ?? basePages.get(entry)) as PageRef);
    if (gains.length === 0 && losses.length === 0) continue;
    changes.push({ dossier: (headPages.get(url) ?? basePages.get(url)) as PageRef, gains: sorted(gains), losses: sorted(losses) });
  }
  return changes.sort((a, b) => byTitle(a.dossier, b.dossier));
}

/** Pages in the order of the site's sections (dynamics, visits, events, dossiers, themes, actors), then by title. */
function sorted(pages: PageRef[]): PageRef[] {
  return pages.sort((a, b) => PAGE_SET_NAMES.indexOf(a.kind) - PAGE_SET_NAMES.indexOf(b.kind) || byTitle(a, b));
}

function byTitle(a: PageRef, b: PageRef): number {
  return a.title.localeCompare(b.title, "fr") || a.url.localeCompare(b.url);
}

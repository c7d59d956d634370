/**
 * Which pages the preview renders on a rebuild: those whose data changed since they were
 * last written, and none other. A page's data is its item in the model, the look-ups its
 * template makes with keys from that item, and what every page shows (the vocabularies,
 * the publication date). Templates and settings are not data: when one of them changes,
 * every page is rendered again (`renderEverythingNext`).
 */
import { PAGE_SET_NAMES, type PageSets, everyPage, pageUrl } from "../model/page-sets.ts";
import type { Observatory } from "../model/types.ts";
import { actorUrlByKey } from "../model/actor-urls.ts";
import { territoriesBySlug } from "../map/dossier-markers.ts";
import { normaliseActorName } from "../text/actor-name.ts";
import { GenerationalMemo } from "./generational-memo.ts";
import { Fingerprinter, type LookUp, longTextDigests } from "./fingerprint.ts";

export interface PagePlan {
  /** The items to render now. */
  readonly pages: PageSets;
  /** Pages written before whose item is gone: their files must go too. */
  readonly removed: readonly string[];
  /** How many pages made from items the model has, rendered now or not. */
  readonly total: number;
}

function ownValue(table: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * The parts of `observatoire` a page made from an item may read besides its item: the
 * vocabularies, in every fingerprint, and the tables below, read with keys from the item.
 * A template reading anything else would leave the preview showing stale pages: a test
 * holds the templates to this list.
 */
export const MODEL_PARTS_PAGES_READ = ["kinds", "themes", "territoryLinks", "dynamicLinks", "indexes.actorUrls", "territories"] as const;

/**
 * The tables the templates read by key: territory and dynamic links, actors' pages through
 * `actorUrl`, and the point of a territory, which a dossier's map reads by a dynamic's
 * territory slugs (map/dossier-markers.ts).
 */
function lookUpsOf(observatory: Observatory, actorKeys: GenerationalMemo<string>): LookUp[] {
  const territory = territoriesBySlug(observatory.territories);
  return [
    { valueFor: (text) => territory(text)?.point },
    { valueFor: (text) => ownValue(observatory.territoryLinks, text) },
    { valueFor: (text) => ownValue(observatory.dynamicLinks, text) },
    { valueFor: (text) => actorUrlByKey(actorKeys.get(text), observatory.indexes.actorUrls) },
  ];
}

export class PagePlanner {
  /** Address → fingerprint of the version on disk. */
  #written = new Map<string, string>();
  #planned: Map<string, string> | undefined;
  #everythingStale = false;
  readonly #longTexts = longTextDigests();
  /** The key `actorUrl` looks an actor's name up with, for every short text of the model. */
  readonly #actorKeys = new GenerationalMemo(normaliseActorName);

  /** `shared` is what every page shows besides its own data (vocabularies, publication date). */
  plan(observatory: Observatory, shared: unknown): PagePlan {
    this.#longTexts.nextGeneration();
    this.#actorKeys.nextGeneration();
    const fingerprints = new Fingerprinter(lookUpsOf(observatory, this.#actorKeys), [
      ...observatory.territories,
      ...observatory.dynamiques,
      ...observatory.visites,
      ...observatory.evenements,
    ], this.#longTexts);
    const sharedPart = fingerprints.of([shared, observatory.kinds, observatory.themes]);
    const every = everyPage(observatory);
    const planned = new Map<string, string>();
    const pages = Object.fromEntries(
      PAGE_SET_NAMES.map((name) => {
        const changed = every[name].filter((item: PageSets[typeof name][number]) => {
          const url = pageUrl(item);
          const fingerprint = `${name}:${sharedPart}:${fingerprints.of(item)}`;
          planned.set(url, fingerprint);
          return this.#everythingStale || this.#written.get(url) !== fingerprint;
        });
        return [name, changed];
      }),
    ) as unknown as PageSets;
    this.#planned = planned;
    const removed = [...this.#written.keys()].filter((url) => !planned.has(url));
    return { pages, removed, total: planned.size };
  }

  /** The planned pages were written: they are now the versions on disk. */
  confirmWritten(): void {
    if (!this.#planned) return;
    this.#written = this.#planned;
    this.#planned = undefined;
    this.#everythingStale = false;
  }

  /** A template or a setting changed: no page on disk can be trusted to be current. */
  renderEverythingNext(): void {
    this.#everythingStale = true;
  }
}

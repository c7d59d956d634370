/**
 * Step 5 — aggregate: one dossier per territory, gathering what is attached to it and
 * to every territory inside it, with counts, dynamics by kind, a timeline and actors.
 */
import { ancestorsOf, rankOf } from "../geo/containment.ts";
import { compareDates } from "../dates/partial-date.ts";
import type {
  ActorMention,
  DatedItem,
  Dossier,
  DossierCounts,
  Dynamique,
  Entry,
  Source,
  Territory,
  TerritoryLink,
  YearOfActivity,
} from "../model/types.ts";
import type { Vocabulary } from "../schema/vocabulary.ts";
import { normaliseActorName } from "../text/actor-name.ts";

export function linkTo(territory: Territory): TerritoryLink {
  return { slug: territory.slug, title: territory.title, url: territory.url, scale: territory.scale };
}

export function aggregate(entries: readonly Entry[], territories: readonly Territory[], vocabulary: Vocabulary): Dossier[] {
  const ancestors = ancestorsOf(territories);
  const descendants = new Map<string, Territory[]>(territories.map((t) => [t.slug, []]));
  for (const territory of territories) {
    for (const ancestor of ancestors.get(territory.slug) ?? []) descendants.get(ancestor.slug)?.push(territory);
  }
  const attached = new Map<string, Entry[]>(territories.map((t) => [t.slug, []]));
  for (const entry of entries) for (const slug of entry.territories) attached.get(slug)?.push(entry);

  const gather = (territory: Territory): Entry[] => {
    const all = new Set<Entry>(attached.get(territory.slug));
    for (const inner of descendants.get(territory.slug) ?? []) for (const entry of attached.get(inner.slug) ?? []) all.add(entry);
    return [...all];
  };

  const gatheredBySlug = new Map(territories.map((t) => [t.slug, gather(t)]));
  const neighbours = neighboursFinder(territories, ancestors, descendants);

  const dossiers = territories.map((territory): Dossier => {
    const gathered = gatheredBySlug.get(territory.slug) ?? [];
    const inside = (descendants.get(territory.slug) ?? [])
      .map((inner) => ({ territory: linkTo(inner), entries: gatheredBySlug.get(inner.slug)?.length ?? 0, rank: rankOf(inner.scale) }))
      .sort((a, b) => b.rank - a.rank || a.territory.title.localeCompare(b.territory.title, "fr"))
      .map(({ territory: link, entries: count }) => ({ territory: link, entries: count }));
    return {
      territory,
      breadcrumb: (ancestors.get(territory.slug) ?? []).map(linkTo),
      own: sortEntries(attached.get(territory.slug) ?? []),
      entries: sortEntries(gathered),
      dynamiquesByKind: groupByKind(gathered, vocabulary),
      timeline: timelineOf(gathered),
      actors: actorsOf(gathered),
      sources: sourcesOf(gathered),
      inside,
      around: neighbours(territory).map((other) => ({ territory: linkTo(other), entries: gatheredBySlug.get(other.slug)?.length ?? 0 })),
      counts: countsOf(gathered),
    };
  });
  return dossiers.sort((a, b) => a.territory.slug.localeCompare(b.territory.slug));
}

/** How many neighbouring territories a dossier lists. */
const NEIGHBOURS_SHOWN = 12;

/**
 * Territories « around » one: the other départements of its région for a département,
 * the other territories of its département(s) for anything smaller; never its own
 * ancestors or descendants, which the dossier lists elsewhere.
 */
function neighboursFinder(
  territories: readonly Territory[],
  ancestors: ReadonlyMap<string, Territory[]>,
  descendants: ReadonlyMap<string, Territory[]>,
): (territory: Territory) => Territory[] {
  const byDepartement = new Map<string, Territory[]>();
  const departementsByRegion = new Map<string, Territory[]>();
  for (const t of territories) {
    if (t.scale === "departement") for (const region of t.regions) departementsByRegion.set(region, [...(departementsByRegion.get(region) ?? []), t]);
    else if (t.scale !== "region") for (const code of t.departements) byDepartement.set(code, [...(byDepartement.get(code) ?? []), t]);
  }
  return (territory) => {
    if (territory.scale === "region") return [];
    const pool =
      territory.scale === "departement"
        ? territory.regions.flatMap((region) => departementsByRegion.get(region) ?? [])
        : territory.departements.flatMap((code) => byDepartement.get(code) ?? []);
    const excluded = new Set([territory, ...(ancestors.get(territory.slug) ?? []), ...(descendants.get(territory.slug) ?? [])]);
    return [...new Set(pool)]
      .filter((other) => !excluded.has(other))
      .sort((a, b) => a.title.localeCompare(b.title, "fr"))
      .slice(0, NEIGHBOURS_SHOWN);
  };
}

const TYPE_ORDER = { dynamiques: 0, visites: 1, evenements: 2 } as const;

/** Dynamics by title, then visits and events from the most recent. */
export function sortEntries(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => {
    if (a.type !== b.type) return TYPE_ORDER[a.type] - TYPE_ORDER[b.type];
    if (a.type !== "dynamiques" && b.type !== "dynamiques") return compareDates(b.date, a.date) || a.title.localeCompare(b.title, "fr");
    return a.title.localeCompare(b.title, "fr");
  });
}

export function groupByKind(entries: readonly Entry[], vocabulary: Vocabulary): Dossier["dynamiquesByKind"] {
  const groups = new Map<string, Dynamique[]>();
  for (const entry of entries) if (entry.type === "dynamiques") groups.set(entry.kind, [...(groups.get(entry.kind) ?? []), entry]);
  return [...groups.entries()]
    .map(([kind, items]) => ({ kind, label: vocabulary.kinds[kind]?.label ?? kind, items }))
    .sort((a, b) => a.label.localeCompare(b.label, "fr"));
}

/** Visits and events by year, the most recent year first, each year in calendar order. */
export function timelineOf(entries: readonly Entry[]): YearOfActivity[] {
  const byYear = new Map<number, DatedItem[]>();
  for (const entry of entries) {
    if (entry.type === "dynamiques") continue;
    byYear.set(entry.date.year, [...(byYear.get(entry.date.year) ?? []), entry]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, items]) => ({ year, items: items.sort((a, b) => compareDates(a.date, b.date)) }));
}

function actorsOf(entries: readonly Entry[]): ActorMention[] {
  const byKey = new Map<string, { name: string; entries: Entry[] }>();
  for (const entry of entries) {
    for (const name of entry.actors) {
      const key = normaliseActorName(name);
      const mention = byKey.get(key) ?? { name, entries: [] };
      if (!mention.entries.includes(entry)) mention.entries.push(entry);
      byKey.set(key, mention);
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, "fr"));
}

function sourcesOf(entries: readonly Entry[]): Source[] {
  const seen = new Map<string, Source>();
  for (const entry of entries) for (const source of entry.sources) seen.set(`${source.title}|${source.url ?? ""}`, source);
  return [...seen.values()].sort((a, b) => a.title.localeCompare(b.title, "fr"));
}

function countsOf(entries: readonly Entry[]): DossierCounts {
  const byKind: Record<string, number> = {};
  let attendance = 0;
  const years: number[] = [];
  const count = { dynamiques: 0, visites: 0, evenements: 0 };
  for (const entry of entries) {
    count[entry.type] += 1;
    if (entry.type === "dynamiques") {
      byKind[entry.kind] = (byKind[entry.kind] ?? 0) + 1;
      if (entry.founded) years.push(entry.founded.year);
      continue;
    }
    years.push(entry.date.year);
    if (entry.end) years.push(entry.end.year);
    if (entry.type === "evenements") {
      attendance += entry.attendance ?? entry.sessions.reduce((sum, session) => sum + (session.attendance ?? 0), 0);
    }
  }
  return {
    ...count,
    byKind,
    attendance,
    firstYear: years.length ? Math.min(...years) : undefined,
    lastYear: years.length ? Math.max(...years) : undefined,
  };
}

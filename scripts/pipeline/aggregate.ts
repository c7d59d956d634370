/**
 * Step 5 — aggregate: one dossier per territory, gathering what is attached to it and
 * to every territory inside it, with counts, dynamics by kind, a timeline and actors.
 */
import { borderNeighbours } from "../geo/border-neighbours.ts";
import { ancestorsOf, rankOf } from "../geo/containment.ts";
import { type OfficialFigures, type OfficialPlace, officialFiguresOf, officialName } from "../geo/official-figures.ts";
import { type OfficialGeography, officialGeography } from "../geo/official-geography.ts";
import { compareDates } from "../dates/partial-date.ts";
import type {
  ActorMention,
  DatedItem,
  Dossier,
  DossierCounts,
  Dynamique,
  Entry,
  EntryBreakdown,
  EntryType,
  Source,
  Surroundings,
  Territory,
  TerritoryLink,
  YearOfActivity,
} from "../model/types.ts";
import type { Vocabulary } from "../content-types/vocabulary.ts";
import { normaliseActorName } from "../text/actor-name.ts";

export function linkTo(territory: Territory): TerritoryLink {
  return { slug: territory.slug, title: territory.title, url: territory.url, scale: territory.scale };
}

export function aggregate(
  entries: readonly Entry[],
  territories: readonly Territory[],
  vocabulary: Vocabulary,
  geo: OfficialGeography = officialGeography(),
): Dossier[] {
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
  const byOfficialCode = new Map<string, Territory>(territories.flatMap((t) => (t.code === undefined ? [] : [[`${t.scale}:${t.code}`, t] as const])));
  const officialTerritory = (scale: string, code: string): Territory | undefined => byOfficialCode.get(`${scale}:${code}`);
  const dossierOf = (scale: string, code: string): string | undefined => officialTerritory(scale, code)?.url;
  const neighbours = neighboursFinder(territories, ancestors, descendants, geo, officialTerritory);
  const breakdownOf = breakdownFinder(territories, geo, dossierOf);

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
      around: neighbours(territory, (other) => gatheredBySlug.get(other.slug)?.length ?? 0),
      counts: countsOf(gathered),
      official: withDossierLinks(officialFiguresOf(territory, geo), dossierOf),
      breakdown: breakdownOf(territory, gathered),
    };
  });
  return dossiers.sort((a, b) => a.territory.slug.localeCompare(b.territory.slug));
}

/** The chef-lieu and the EPCI linked to their dossiers, when the site has them. */
function withDossierLinks(figures: OfficialFigures | undefined, dossierOf: DossierFinder): OfficialFigures | undefined {
  if (!figures) return undefined;
  const linked = (place: OfficialPlace, scale: string): OfficialPlace => ({ ...place, url: dossierOf(scale, place.code) });
  return {
    ...figures,
    ...(figures.chefLieu ? { chefLieu: { ...figures.chefLieu, value: linked(figures.chefLieu.value, "commune") } } : {}),
    ...(figures.epci ? { epci: { ...figures.epci, value: linked(figures.epci.value, "epci") } } : {}),
  };
}

/** The URL of the dossier of an official territory, by scale and code, if the site has one. */
type DossierFinder = (scale: string, code: string) => string | undefined;

/** How many territories of the same EPCI or département a dossier lists at most. */
const NEIGHBOURS_SHOWN = 12;

/**
 * Territories « around » one, never its own ancestors or descendants (listed elsewhere):
 * - a département or a région: those sharing a land border with it;
 * - a commune (or a quartier): the other dossiers of its EPCI, since the project has no
 *   commune outlines to tell which communes touch;
 * - an EPCI or a grouping, or a commune outside any EPCI: the other dossiers of its département(s).
 */
function neighboursFinder(
  territories: readonly Territory[],
  ancestors: ReadonlyMap<string, Territory[]>,
  descendants: ReadonlyMap<string, Territory[]>,
  geo: OfficialGeography,
  officialTerritory: (scale: string, code: string) => Territory | undefined,
): (territory: Territory, entriesOf: (other: Territory) => number) => Surroundings {
  const byDepartement = new Map<string, Territory[]>();
  for (const t of territories) {
    if (t.scale === "region" || t.scale === "departement") continue;
    for (const code of t.departements) {
      const list = byDepartement.get(code);
      if (list) list.push(t);
      else byDepartement.set(code, [t]);
    }
  }
  const byTitle = (a: Territory, b: Territory) => a.title.localeCompare(b.title, "fr");
  const place = (scale: "departement" | "epci", code: string, name: string): OfficialPlace => ({ code, name: officialName(name), url: officialTerritory(scale, code)?.url });

  /** The EPCI of every commune of a commune or quartier, if it is one and the same. */
  const epciOf = (territory: Territory): string | undefined => {
    if ((territory.scale !== "commune" && territory.scale !== "quartier") || !territory.communes?.length) return undefined;
    const epcis = new Set(territory.communes.map((code) => geo.epciOfCommune.get(geo.communes.get(code)?.commune ?? code)));
    const [epci] = epcis;
    return epcis.size === 1 ? epci : undefined;
  };

  return (territory, entriesOf) => {
    const excluded = new Set([territory, ...(ancestors.get(territory.slug) ?? []), ...(descendants.get(territory.slug) ?? [])]);
    const listed = (pool: Iterable<Territory>, limit: number) =>
      [...new Set(pool)]
        .filter((other) => !excluded.has(other))
        .sort(byTitle)
        .slice(0, limit)
        .map((other) => ({ territory: linkTo(other), entries: entriesOf(other) }));

    if (territory.scale === "region" || territory.scale === "departement") {
      const borders = borderNeighbours(geo)[territory.scale === "region" ? "regions" : "departements"];
      const pool = [...(borders.get(territory.code ?? "") ?? [])].flatMap((code) => officialTerritory(territory.scale, code) ?? []);
      return { relation: "borders", places: [], items: listed(pool, Infinity) };
    }
    const epciCode = epciOf(territory);
    const epci = epciCode === undefined ? undefined : geo.epcis.get(epciCode);
    if (epci) {
      const members = new Set(epci.membres.map((member) => member.code));
      const inEpci = (other: Territory) =>
        other.communes !== null && other.communes.length > 0 && other.communes.every((code) => members.has(geo.communes.get(code)?.commune ?? code));
      // An EPCI may straddle départements: look in all of its members'.
      const departements = new Set(epci.membres.flatMap((member) => geo.communes.get(member.code)?.departement ?? []));
      const pool = [...departements].flatMap((code) => byDepartement.get(code) ?? []).filter(inEpci);
      return { relation: "epci", places: [place("epci", epci.code, epci.nom)], items: listed(pool, NEIGHBOURS_SHOWN) };
    }
    return {
      relation: "departement",
      places: territory.departements.map((code) => place("departement", code, geo.departements.get(code)?.nom ?? code)),
      items: listed(territory.departements.flatMap((code) => byDepartement.get(code) ?? []), NEIGHBOURS_SHOWN),
    };
  };
}

/**
 * A région's entries by département, a département's by EPCI: how many entries of each type
 * each part gathers. An entry counts once in every part it is attached to; entries attached to
 * no single part (to the région or the département itself, or to a grouping known only by its
 * département) are counted in a row without a place.
 */
function breakdownFinder(
  territories: readonly Territory[],
  geo: OfficialGeography,
  dossierOf: DossierFinder,
): (territory: Territory, gathered: readonly Entry[]) => EntryBreakdown | undefined {
  const bySlug = new Map(territories.map((t) => [t.slug, t]));
  /** The EPCI of a territory's communes in one département: cached, as a grouping may cover hundreds of communes. */
  const epciMemo = new Map<string, readonly string[]>();
  const epcisIn = (territory: Territory, departement: string): readonly string[] => {
    const key = `${territory.slug}|${departement}`;
    const known = epciMemo.get(key);
    if (known) return known;
    const epcis = new Set<string>();
    for (const code of territory.communes ?? []) {
      const commune = geo.communes.get(code);
      if (commune?.departement !== departement) continue;
      const epci = geo.epciOfCommune.get(commune.commune ?? code);
      if (epci !== undefined) epcis.add(epci);
    }
    const result = [...epcis];
    epciMemo.set(key, result);
    return result;
  };

  return (territory, gathered) => {
    if ((territory.scale !== "region" && territory.scale !== "departement") || territory.code === undefined || gathered.length === 0) return undefined;
    const code = territory.code;
    const level = territory.scale === "region" ? "departement" : "epci";
    const partsOf = (attached: Territory): readonly string[] =>
      level === "departement"
        ? attached.scale === "region" ? [] : attached.departements.filter((d) => geo.departements.get(d)?.region === code)
        : epcisIn(attached, code);
    const rows = new Map<string, Record<EntryType, number>>();
    for (const entry of gathered) {
      const parts = new Set(entry.territories.flatMap((slug) => {
        const attached = bySlug.get(slug);
        return attached ? partsOf(attached) : [];
      }));
      for (const part of parts.size > 0 ? parts : [""]) {
        const counts = rows.get(part) ?? { dynamiques: 0, visites: 0, evenements: 0 };
        counts[entry.type] += 1;
        rows.set(part, counts);
      }
    }
    const total = (counts: Record<EntryType, number>) => counts.dynamiques + counts.visites + counts.evenements;
    const named = [...rows.entries()].map(([part, counts]) => {
      if (part === "") return { counts };
      const name = (level === "departement" ? geo.departements.get(part)?.nom : geo.epcis.get(part)?.nom) ?? part;
      return { place: { code: part, name: officialName(name), url: dossierOf(level, part) }, counts };
    });
    named.sort((a, b) => {
      if (!a.place || !b.place) return a.place ? -1 : b.place ? 1 : 0;
      return total(b.counts) - total(a.counts) || a.place.name.localeCompare(b.place.name, "fr");
    });
    return { level, rows: named };
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

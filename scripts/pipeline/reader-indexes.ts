/**
 * The indexes readers browse besides the dossiers: themes, actors (under one normalised
 * name), territories grouped by région, and the chronology of visits and events.
 */
import type { ActorPage, Dossier, Entry, ReaderIndexes, RegionGroup, ThemePage } from "../model/types.ts";
import type { Vocabulary } from "../content-types/vocabulary.ts";
import { actorSlug, normaliseActorName } from "../text/actor-name.ts";
import { groupByKind, sortEntries, timelineOf } from "./aggregate.ts";

function themePages(entries: readonly Entry[], vocabulary: Vocabulary): ThemePage[] {
  return Object.entries(vocabulary.themes)
    .map(([slug, label]) => ({ slug, label, url: `/themes/${slug}/`, entries: sortEntries(entries.filter((e) => e.themes.includes(slug))) }))
    .filter((theme) => theme.entries.length > 0)
    .sort((a, b) => a.label.localeCompare(b.label, "fr"));
}

function actorPages(entries: readonly Entry[]): ActorPage[] {
  const byKey = new Map<string, { forms: Map<string, number>; entries: Set<Entry> }>();
  for (const entry of entries) {
    for (const name of [...entry.actors, ...(entry.type === "dynamiques" ? [] : entry.organizers)]) {
      const key = normaliseActorName(name);
      if (key === "") continue;
      const actor = byKey.get(key) ?? { forms: new Map(), entries: new Set() };
      actor.forms.set(name, (actor.forms.get(name) ?? 0) + 1);
      actor.entries.add(entry);
      byKey.set(key, actor);
    }
  }
  const taken = new Set<string>();
  return [...byKey.values()]
    .map((actor) => {
      const [name] = [...actor.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "fr"))[0] ?? [""];
      return { name, entries: sortEntries([...actor.entries]) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "fr"))
    .map(({ name, entries: list }) => {
      const base = actorSlug(name);
      let slug = base;
      for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
      taken.add(slug);
      return { slug, name, url: `/acteurs/${slug}/`, entries: list };
    });
}

function regionGroups(dossiers: readonly Dossier[]): RegionGroup[] {
  const groups = new Map<string, RegionGroup["dossiers"][number][]>();
  for (const dossier of dossiers) {
    const regions = dossier.territory.places.regions.length > 0 ? dossier.territory.places.regions : ["Autres territoires"];
    for (const region of regions) {
      const link = { slug: dossier.territory.slug, title: dossier.territory.title, url: dossier.territory.url, scale: dossier.territory.scale };
      groups.set(region, [...(groups.get(region) ?? []), { territory: link, entries: dossier.entries.length }]);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "fr"))
    .map(([region, list]) => ({ region, dossiers: list.sort((a, b) => a.territory.title.localeCompare(b.territory.title, "fr")) }));
}

export function readerIndexes(entries: readonly Entry[], dossiers: readonly Dossier[], vocabulary: Vocabulary): ReaderIndexes {
  const actors = actorPages(entries);
  return {
    themes: themePages(entries, vocabulary),
    actors,
    actorUrls: Object.fromEntries(actors.map((actor) => [normaliseActorName(actor.name), actor.url])),
    byRegion: regionGroups(dossiers),
    chronology: timelineOf(entries),
    dynamiquesByKind: groupByKind(entries, vocabulary),
  };
}

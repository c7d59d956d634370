/** The names of the places an entry is attached to, for search filters and open data. */
import type { PlacedTerritory } from "../content-types/territoire/territory.ts";
import type { Places } from "../model/page.ts";
import type { OfficialGeography } from "./official-geography.ts";

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, "fr"));
}

export function placesFinder(territories: readonly PlacedTerritory[], geo: OfficialGeography): (slugs: readonly string[]) => Places {
  const bySlug = new Map(territories.map((territory) => [territory.slug, territory]));
  return (slugs) => {
    const attached = slugs.flatMap((slug) => bySlug.get(slug) ?? []);
    return {
      territoires: unique(attached.map((territory) => territory.title)),
      departements: unique(attached.flatMap((t) => t.departements).flatMap((code) => geo.departements.get(code)?.nom ?? [])),
      regions: unique(attached.flatMap((t) => t.regions).flatMap((code) => geo.regions.get(code)?.nom ?? [])),
    };
  };
}

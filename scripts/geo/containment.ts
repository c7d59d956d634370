/**
 * Which territories lie inside which: the roll-up behind every dossier. A région holds
 * what lies wholly in it, a département likewise, and an EPCI or a grouping holds the
 * communes (and smaller groupings) whose communes it covers.
 */
import type { Territory } from "../model/types.ts";
import type { Scale } from "../content-types/territoire/schema.ts";

const RANK: Record<Scale, number> = {
  region: 5,
  departement: 4,
  epci: 3,
  metropole: 3,
  pays: 3,
  "bassin-de-vie": 3,
  autre: 3,
  commune: 2,
  quartier: 1,
};

export function rankOf(scale: Scale): number {
  return RANK[scale];
}

function isSubset(inner: readonly string[], outer: ReadonlySet<string>): boolean {
  return inner.every((code) => outer.has(code));
}

/** True when `outer` holds `inner` wholly (never itself). */
export function contains(outer: Territory, inner: Territory, outerCommunes?: ReadonlySet<string>): boolean {
  if (outer === inner) return false;
  const outerRank = RANK[outer.scale];
  const innerRank = RANK[inner.scale];
  if (outer.scale === "region") return innerRank < outerRank && inner.regions.length === 1 && inner.regions[0] === outer.code;
  if (outer.scale === "departement") {
    return innerRank < outerRank && inner.departements.length === 1 && inner.departements[0] === outer.code;
  }
  if (outer.communes === null || inner.communes === null || inner.communes.length === 0 || innerRank > outerRank) return false;
  const covered = outerCommunes ?? new Set(outer.communes);
  if (!isSubset(inner.communes, covered)) return false;
  // Two groupings of the same rank: only a strictly smaller one is inside.
  return innerRank < outerRank || inner.communes.length < covered.size;
}

/** For each territory slug, the territories that contain it, found through the communes they share. */
export function ancestorsOf(territories: readonly Territory[]): Map<string, Territory[]> {
  const byCommune = new Map<string, Territory[]>();
  const coverage = new Map<Territory, ReadonlySet<string>>();
  const byOfficialCode = new Map<string, Territory>();
  for (const territory of territories) {
    if (territory.scale === "region" || territory.scale === "departement") byOfficialCode.set(`${territory.scale}:${territory.code}`, territory);
    if (territory.communes === null) continue;
    coverage.set(territory, new Set(territory.communes));
    for (const commune of territory.communes) byCommune.set(commune, [...(byCommune.get(commune) ?? []), territory]);
  }
  const result = new Map<string, Territory[]>();
  for (const territory of territories) {
    const candidates = new Set<Territory>(territory.communes?.[0] === undefined ? [] : byCommune.get(territory.communes[0]) ?? []);
    for (const code of territory.departements) candidates.add(byOfficialCode.get(`departement:${code}`) as Territory);
    for (const code of territory.regions) candidates.add(byOfficialCode.get(`region:${code}`) as Territory);
    candidates.delete(undefined as unknown as Territory);
    const ancestors = [...candidates].filter((candidate) => contains(candidate, territory, coverage.get(candidate)));
    ancestors.sort((a, b) => RANK[b.scale] - RANK[a.scale] || a.title.localeCompare(b.title, "fr"));
    result.set(territory.slug, ancestors);
  }
  return result;
}

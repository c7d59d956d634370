/**
 * Which départements, and which régions, share a land border: computed from the département
 * outlines the maps already draw (scripts/map/departement-geometry.ts), never from the
 * administrative hierarchy (two départements of one région need not touch).
 */
import type { MultiPolygon, Polygon, Position } from "geojson";
import { departementGeometry } from "../map/departement-geometry.ts";
import type { OfficialGeography } from "./official-geography.ts";

export interface BorderNeighbours {
  /** INSEE codes of the départements that share a border with each département. */
  readonly departements: ReadonlyMap<string, ReadonlySet<string>>;
  /** INSEE codes of the régions that share a border with each région. */
  readonly regions: ReadonlyMap<string, ReadonlySet<string>>;
}

function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

function link(map: Map<string, Set<string>>, a: string, b: string): void {
  if (a === b) return;
  map.set(a, (map.get(a) ?? new Set()).add(b));
  map.set(b, (map.get(b) ?? new Set()).add(a));
}

let cached: BorderNeighbours | undefined;

/**
 * Two départements are neighbours when their outlines share a point. The outlines come from
 * one topology, so a shared border is made of the very same coordinates on both sides; at
 * the topology's resolution (about 1 km), the few kilometres the Bouches-du-Rhône share with
 * the Alpes-de-Haute-Provence, or the Moselle with the Vosges, are a single shared point, so
 * one point is enough. France has no quadripoint where two départements would only touch.
 */
export function borderNeighbours(geo: OfficialGeography): BorderNeighbours {
  if (cached) return cached;
  const departementsAt = new Map<string, Set<string>>();
  for (const [code, outline] of departementGeometry().detailed) {
    for (const ring of ringsOf(outline.geometry)) {
      for (const [lon, lat] of ring) {
        const key = `${lon},${lat}`;
        departementsAt.set(key, (departementsAt.get(key) ?? new Set()).add(code));
      }
    }
  }
  const departements = new Map<string, Set<string>>();
  for (const codes of departementsAt.values()) {
    if (codes.size < 2) continue;
    for (const a of codes) for (const b of codes) link(departements, a, b);
  }
  const regions = new Map<string, Set<string>>();
  for (const [code, others] of departements) {
    const region = geo.departements.get(code)?.region;
    if (region === undefined) continue;
    for (const other of others) {
      const otherRegion = geo.departements.get(other)?.region;
      if (otherRegion !== undefined) link(regions, region, otherRegion);
    }
  }
  cached = { departements, regions };
  return cached;
}

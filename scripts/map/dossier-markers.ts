/**
 * The points of a dossier's map: its dynamics, each where its territory is. A dynamic has no
 * place of its own; it is put at the most precise point among its territories that lie in
 * the dossier (the territory itself or one inside it), and at the most precise of all its
 * territories otherwise.
 */
import type { Dossier, Territory } from "../model/types.ts";
import type { MapMarker } from "./markers.ts";

type Point = NonNullable<Territory["point"]>;

const PRECISION_RANK: Readonly<Record<Point["precision"], number>> = { exact: 0, commune: 1, departement: 2, region: 3 };

export type TerritoryLookUp = (slug: string) => Pick<Territory, "point"> | undefined;

const lookUps = new WeakMap<readonly Territory[], TerritoryLookUp>();

/** A look-up of territories by slug, built once per list (the model's list, shared by every page). */
export function territoriesBySlug(territories: readonly Territory[]): TerritoryLookUp {
  let lookUp = lookUps.get(territories);
  if (!lookUp) {
    const bySlug = new Map(territories.map((territory) => [territory.slug, territory]));
    lookUp = (slug) => bySlug.get(slug);
    lookUps.set(territories, lookUp);
  }
  return lookUp;
}

function bestPoint(slugs: readonly string[], territory: TerritoryLookUp): Point | undefined {
  let best: Point | undefined;
  for (const slug of slugs) {
    const point = territory(slug)?.point;
    if (point && (!best || PRECISION_RANK[point.precision] < PRECISION_RANK[best.precision])) best = point;
  }
  return best;
}

/** One marker per dynamic of the dossier that can be placed, in the dossier's order. */
export function dynamicMarkers(
  dossier: Pick<Dossier, "territory" | "inside" | "dynamiquesByKind">,
  territory: TerritoryLookUp,
): MapMarker[] {
  const inDossier = new Set([dossier.territory.slug, ...dossier.inside.map((item) => item.territory.slug)]);
  const seen = new Set<string>();
  const markers: MapMarker[] = [];
  for (const group of dossier.dynamiquesByKind) {
    for (const dynamic of group.items) {
      if (seen.has(dynamic.slug)) continue;
      seen.add(dynamic.slug);
      const point =
        bestPoint(
          dynamic.territories.filter((slug) => inDossier.has(slug)),
          territory,
        ) ?? bestPoint(dynamic.territories, territory);
      if (point) markers.push({ label: dynamic.title, url: dynamic.url, point: { lat: point.lat, lon: point.lon } });
    }
  }
  return markers;
}

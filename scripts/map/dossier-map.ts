/**
 * The map of a dossier: zoomed on its territory when the geography allows it (territory-map.ts),
 * the map of France otherwise, with the dossier's dynamics as points either way.
 */
import type { Dossier, Territory } from "../model/types.ts";
import { dynamicMarkers, territoriesBySlug } from "./dossier-markers.ts";
import { mapFocus } from "./focus.ts";
import { renderFranceMap } from "./france-map.ts";
import type { MapMarker } from "./markers.ts";
import { projectPoint } from "./projection.ts";
import { renderTerritoryMap } from "./territory-map.ts";

export interface DossierMap {
  readonly svg: string;
  /** The dynamics drawn on the map, in keyboard order, for the list that stands in for it. */
  readonly placed: readonly MapMarker[];
}

export function renderDossierMap(
  dossier: Pick<Dossier, "territory" | "inside" | "dynamiquesByKind">,
  territories: readonly Territory[],
  options: { readonly outlinesHref?: string; readonly idPrefix?: string } = {},
): DossierMap {
  const { territory } = dossier;
  const markers = dynamicMarkers(dossier, territoriesBySlug(territories));
  const focus = mapFocus(territory);
  if (focus) return renderTerritoryMap({ focus, placeLabel: territory.title, markers, idPrefix: options.idPrefix });

  const svg = renderFranceMap({
    title: `Localisation : ${territory.title}`,
    markers,
    highlight: territory.scale === "region" ? { regions: territory.regions } : { departements: territory.departements },
    idPrefix: options.idPrefix,
    outlinesHref: options.outlinesHref,
  });
  // The map of France leaves out what it cannot draw: list only what it drew.
  return { svg, placed: markers.filter((marker) => projectPoint(marker.point) !== undefined) };
}

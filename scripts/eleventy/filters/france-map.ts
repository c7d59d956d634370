import { renderDossierMap, type DossierMap } from "../../map/dossier-map.ts";
import { renderFranceMap } from "../../map/france-map.ts";
import type { Dossier, Territory } from "../../model/types.ts";

/** Where the outline file is published, relative to the site's root. */
export const OUTLINES_PATH = "assets/carte-france.svg";

/**
 * `{{ { title: "…", territories: list, highlight: { departements: […] }, base: "/" } | franceMap | safe }}`:
 * the SVG map with one linked marker per territory that can be placed; the outlines come
 * by reference from the outline file, so a map costs a page a few hundred bytes.
 */
export function franceMap(params: {
  title: string;
  territories: readonly Territory[];
  highlight?: { departements?: readonly string[]; regions?: readonly string[] };
  idPrefix?: string;
  base: string;
}): string {
  const markers = params.territories.flatMap((territory) =>
    territory.point ? [{ label: territory.title, url: territory.url, point: territory.point }] : [],
  );
  return renderFranceMap({
    title: params.title,
    markers,
    highlight: params.highlight,
    idPrefix: params.idPrefix,
    outlinesHref: `${params.base}${OUTLINES_PATH}`,
  });
}

/**
 * `{% set map = { dossier: dossier, territories: observatoire.territories, base: "/" } | dossierMap %}`:
 * the dossier's map zoomed on its territory, with its dynamics as linked markers
 * (`map.svg`), and the dynamics it placed (`map.placed`) for the list that stands in for it.
 */
export function dossierMap(params: { dossier: Dossier; territories: readonly Territory[]; idPrefix?: string; base: string }): DossierMap {
  return renderDossierMap(params.dossier, params.territories, {
    idPrefix: params.idPrefix,
    outlinesHref: `${params.base}${OUTLINES_PATH}`,
  });
}

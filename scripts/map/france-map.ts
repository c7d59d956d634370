/**
 * A static map of France as an inline SVG string, drawn at build time: no tiles, no script,
 * no inline style (the site's CSP forbids them), so it looks right only with the classes
 * below styled by the site's stylesheet:
 *
 * - `france-map`: the `<svg>`;
 * - `france-map-departements`: the `<g>` of the département outlines (`<path data-code="46">`,
 *   without a class of their own to keep the file small); `france-map-highlight` on the
 *   outlines highlighted;
 * - `france-map-inset` (`<rect>`) and `france-map-inset-label` (`<text>`): the frames and
 *   names of the overseas insets;
 * - `france-map-markers`: the `<g>` of the markers; `france-map-marker`: each marker link
 *   (`<a>`), and `france-map-dot`: its `<circle>`.
 *
 * The outlines are decorative (`aria-hidden`); each marker is a focusable link named by
 * `aria-label`, with a `<title>` for the tooltip.
 */
import { geoPath } from "d3-geo";
import { officialGeography } from "../geo/official-geography.ts";
import { departementGeometry } from "./departement-geometry.ts";
import { checkMarker, renderMarker, type MapMarker } from "./markers.ts";
import { franceLayout, MAP_HEIGHT, MAP_WIDTH, projectPoint } from "./projection.ts";
import { escapeXml, formatNumber, RelativePathContext } from "./svg-path.ts";

export { escapeXml } from "./svg-path.ts";
export type { MapMarker } from "./markers.ts";

export interface FranceMapParams {
  /** Accessible name of the map, also its `<title>`. */
  readonly title: string;
  /** Drawn in the order given (which is also the keyboard order); points drawn nowhere are left out. */
  readonly markers: readonly MapMarker[];
  /** Départements to highlight, given by code or through their région's code. */
  readonly highlight?: { readonly departements?: readonly string[]; readonly regions?: readonly string[] };
  /** Prefix of the ids in the SVG, to keep them unique when a page holds several maps. */
  readonly idPrefix?: string;
  /**
   * URL of the outline file (`renderOutlineFile`). When given, the map draws the outlines by
   * reference (`<use>`) instead of inline: every page then carries a few hundred bytes of map,
   * not 30 KB, and the outlines are downloaded (and kept offline) once.
   */
  readonly outlinesHref?: string;
}

/**
 * Smallest triangle (square degrees) kept when simplifying the metropolitan outlines; the
 * insets, drawn larger, keep proportionally smaller ones.
 */
export const METROPOLE_SIMPLIFICATION = 0.0016;

let outlines: ReadonlyArray<{ readonly code: string; readonly d: string }> | undefined;

/** Projected, simplified outlines of the 101 départements, computed once per process. */
function departementOutlines(): ReadonlyArray<{ readonly code: string; readonly d: string }> {
  if (outlines) return outlines;
  const layout = franceLayout();
  const geometry = departementGeometry();
  outlines = [...geometry.detailed.keys()].map((code) => {
    const projection = layout.projectionOf(code);
    // Same on-screen tolerance everywhere: weights are areas, so divide by the zoom squared.
    const zoom = projection.scale() / layout.metropole.scale();
    const item = geometry.simplified(METROPOLE_SIMPLIFICATION / (zoom * zoom)).get(code);
    if (!item) throw new Error(`No outline for département ${code}`);
    const context = new RelativePathContext();
    geoPath(projection, context)(item);
    return { code, d: context.toString() };
  });
  return outlines;
}

function highlightedCodes(highlight: FranceMapParams["highlight"]): ReadonlySet<string> {
  const codes = new Set(highlight?.departements ?? []);
  const regions = new Set(highlight?.regions ?? []);
  if (regions.size > 0) {
    for (const departement of officialGeography().departements.values()) {
      if (regions.has(departement.region)) codes.add(departement.code);
    }
  }
  return codes;
}

/** The outlines alone, as a file that maps refer to with `outlinesHref`: `#departements`, and `#d-46` for each. */
export function renderOutlineFile(): string {
  const paths = departementOutlines()
    .map(({ code, d }) => `<path id="d-${code}" data-code="${code}" d="${d}"/>`)
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><g id="departements">${paths}</g></svg>\n`;
}

/** Renders the map; the same parameters always give the same string. */
export function renderFranceMap(params: FranceMapParams): string {
  const prefix = params.idPrefix ?? "carte-france";
  if (!/^[A-Za-z][\w-]*$/.test(prefix)) throw new Error(`Invalid id prefix for the map: ${JSON.stringify(prefix)}`);
  const titleId = `${prefix}-titre`;
  const highlighted = highlightedCodes(params.highlight);

  const href = params.outlinesHref === undefined ? undefined : escapeXml(params.outlinesHref);
  const departements =
    href === undefined
      ? departementOutlines()
          .map(({ code, d }) => {
            const className = highlighted.has(code) ? ` class="france-map-highlight"` : "";
            return `<path${className} data-code="${code}" d="${d}"/>`;
          })
          .join("")
      : `<use href="${href}#departements"/>` +
        [...highlighted].sort().map((code) => `<use class="france-map-highlight" href="${href}#d-${code}"/>`).join("");

  const insets = franceLayout()
    .insets.map(
      (inset) =>
        `<rect class="france-map-inset" x="${formatNumber(inset.x)}" y="${formatNumber(inset.y)}" width="${formatNumber(inset.width)}" height="${formatNumber(inset.height)}"/>` +
        `<text class="france-map-inset-label" x="${formatNumber(inset.x)}" y="${formatNumber(inset.y + inset.height + 10)}">${escapeXml(inset.name)}</text>`,
    )
    .join("");

  const markers = params.markers
    .flatMap((marker) => {
      checkMarker(marker);
      const at = projectPoint(marker.point);
      return at ? [renderMarker(marker, at)] : [];
    })
    .join("");

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="france-map" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="group" aria-labelledby="${titleId}">` +
    `<title id="${titleId}">${escapeXml(params.title)}</title>` +
    `<g aria-hidden="true">${insets}<g class="france-map-departements">${departements}</g></g>` +
    `<g class="france-map-markers">${markers}</g>` +
    `</svg>`
  );
}

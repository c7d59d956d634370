/**
 * The map of a dossier, zoomed on its territory (see focus.ts), as an inline SVG string drawn
 * at build time: the same rules as the map of France (no tiles, no script, no inline style,
 * outlines hidden from assistive technology, one focusable named link per marker), and the
 * classes of france-map.ts (`france-map`, `france-map-highlight`, the markers') plus:
 *
 * - `france-map-land`: the neighbouring départements as one shape, cut at the map's edge;
 * - `france-map-borders`: borders between départements (open lines, not filled);
 * - `france-map-frame`: the frame (the région, or the département), filled and outlined,
 *   with its départements' codes in `data-codes`;
 * - `france-map-outlined`: a highlighted département of the frame (`data-code`), outlined too;
 * - `france-map-place` (`<circle>`) and `france-map-place-label` (`<text>`): the ring that
 *   points the territory, and its name.
 *
 * Its outlines are inline rather than in the shared outline file: a zoomed map needs its
 * own projection, and its few départements weigh less than the file of the whole country.
 */
import { geoPath, type GeoPermissibleObjects } from "d3-geo";
import { departementGeometry, isOverseasCode } from "./departement-geometry.ts";
import { focusFrame, type FocusFrame } from "./focus-frame.ts";
import type { MapFocus } from "./focus.ts";
import { METROPOLE_SIMPLIFICATION } from "./france-map.ts";
import { checkMarker, MARKER_RADIUS, renderMarker, type MapMarker } from "./markers.ts";
import { franceLayout } from "./projection.ts";
import { escapeXml, formatNumber, RelativePathContext } from "./svg-path.ts";

export interface TerritoryMapParams {
  readonly focus: MapFocus;
  /** Name written beside the ring of the territory, when the focus points it. */
  readonly placeLabel: string;
  /** Drawn in the order given (also the keyboard order); points outside the map are left out. */
  readonly markers: readonly MapMarker[];
  /** Prefix of the ids in the SVG, to keep them unique when a page holds several maps. */
  readonly idPrefix?: string;
}

export interface TerritoryMap {
  readonly svg: string;
  /** The markers drawn, in order: the list that stands in for the map. */
  readonly placed: readonly MapMarker[];
}

const PLACE_RADIUS = 9;
/** Room the territory's name takes on the right of its ring before it goes on the left instead. */
const LABEL_ROOM = 130;

interface Outlines {
  /** The départements around the frame together, cut at the map's edge. */
  readonly land: string;
  /** The frame's outer outline, and the borders between its départements. */
  readonly frame: string;
  readonly frameBorders: string;
  /** Each département of the frame, drawn on its own when highlighted. */
  readonly departements: ReadonlyMap<string, string>;
}

const outlinesCache = new Map<string, Outlines>();

/**
 * The smallest triangle kept when simplifying, for this frame's zoom: about the same
 * tolerance on screen as the map of France, in steps of 2 so that few simplified copies of
 * the country are kept (one per step, whatever the number of dossiers).
 */
function simplificationFor(frame: FocusFrame): number {
  const zoom = frame.projection.scale() / franceLayout().metropole.scale();
  const step = Math.max(0, Math.floor(2 * Math.log2(zoom)));
  return METROPOLE_SIMPLIFICATION / 2 ** step;
}

function pathOf(frame: FocusFrame, geometry: GeoPermissibleObjects | undefined): string {
  if (!geometry) return "";
  const context = new RelativePathContext({ decimals: 0 });
  geoPath(frame.projection, context)(geometry);
  return context.toString();
}

/**
 * Shared borders are drawn once (a mesh), not once per département on each side, and the
 * neighbours as one shape without their own borders: a région's map weighs a third of its
 * départements and neighbours drawn one by one.
 */
function outlinesOf(codes: readonly string[], frame: FocusFrame): Outlines {
  const key = codes.join(",");
  const known = outlinesCache.get(key);
  if (known) return known;
  const geometry = departementGeometry();
  const weight = simplificationFor(frame);
  const simplified = geometry.simplified(weight);
  const inFrame = new Set(codes);
  // Overseas and metropolitan départements are never in view together.
  const around = [...simplified.keys()].filter((code) => !inFrame.has(code) && isOverseasCode(code) === frame.overseas);
  const departements = new Map<string, string>();
  for (const code of codes) departements.set(code, pathOf(frame, simplified.get(code)));
  const outlines = {
    land: pathOf(frame, geometry.union(around, weight)),
    frame: pathOf(frame, geometry.union(codes, weight)),
    frameBorders: pathOf(frame, geometry.innerBorders(codes, weight)),
    departements,
  };
  outlinesCache.set(key, outlines);
  return outlines;
}

/** Map position of a point, or undefined when it falls outside the map. */
function project(frame: FocusFrame, point: { readonly lat: number; readonly lon: number }): readonly [number, number] | undefined {
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon)) return undefined;
  const at = frame.projection([point.lon, point.lat]);
  if (!at) return undefined;
  const [x, y] = at;
  return x >= 0 && x <= frame.width && y >= 0 && y <= frame.height ? [x, y] : undefined;
}

/**
 * Markers that fall on the same spot (several dynamics of one commune) are set around it
 * in a ring, in their order, so that each stays visible and can be pointed at.
 */
function spreadOut(positions: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const groups = new Map<string, number[]>();
  positions.forEach(([x, y], index) => {
    const key = `${Math.round(x)},${Math.round(y)}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const spread = [...positions];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    // Neighbours on the ring a little more than a dot's width apart.
    const radius = Math.max(2 * MARKER_RADIUS, (members.length * 2.4 * MARKER_RADIUS) / (2 * Math.PI));
    members.forEach((index, rank) => {
      const [x, y] = positions[index]!;
      const angle = -Math.PI / 2 + (2 * Math.PI * rank) / members.length;
      spread[index] = [x + radius * Math.cos(angle), y + radius * Math.sin(angle)];
    });
  }
  return spread;
}

function renderPlace(frame: FocusFrame, focus: MapFocus, label: string): string {
  const at = focus.place && project(frame, focus.place);
  if (!at) return "";
  const [x, y] = at;
  const onLeft = x > frame.width - LABEL_ROOM;
  const labelX = onLeft ? x - PLACE_RADIUS - 4 : x + PLACE_RADIUS + 4;
  return (
    `<circle class="france-map-place" cx="${formatNumber(x)}" cy="${formatNumber(y)}" r="${PLACE_RADIUS}"/>` +
    `<text class="france-map-place-label" x="${formatNumber(labelX)}" y="${formatNumber(y - PLACE_RADIUS)}"${onLeft ? ' text-anchor="end"' : ""}>${escapeXml(label)}</text>`
  );
}

/** Renders the zoomed map; the same parameters always give the same string. */
export function renderTerritoryMap(params: TerritoryMapParams): TerritoryMap {
  const prefix = params.idPrefix ?? "carte-territoire";
  if (!/^[A-Za-z][\w-]*$/.test(prefix)) throw new Error(`Invalid id prefix for the map: ${JSON.stringify(prefix)}`);
  const { focus } = params;
  const frame = focusFrame(focus.frame);
  const outlines = outlinesOf(focus.frame, frame);
  const titleId = `${prefix}-titre`;

  const wholeFrame = focus.frame.every((code) => focus.highlight.includes(code));
  const highlights = wholeFrame
    ? ""
    : focus.highlight
        .filter((code) => outlines.departements.has(code))
        .map((code) => `<path class="france-map-highlight france-map-outlined" data-code="${code}" d="${outlines.departements.get(code)}"/>`)
        .join("");
  const borders = (d: string) => (d === "" ? "" : `<path class="france-map-borders" d="${d}"/>`);
  const drawing =
    (outlines.land === "" ? "" : `<path class="france-map-land" d="${outlines.land}"/>`) +
    `<path class="france-map-frame${wholeFrame ? " france-map-highlight" : ""}" data-codes="${focus.frame.join(" ")}" d="${outlines.frame}"/>` +
    borders(outlines.frameBorders) +
    highlights;

  const candidates = params.markers.flatMap((marker) => {
    checkMarker(marker);
    const at = project(frame, marker.point);
    return at ? [{ marker, at }] : [];
  });
  const positions = spreadOut(candidates.map(({ at }) => at));
  const markers = candidates.map(({ marker }, index) => renderMarker(marker, positions[index]!)).join("");

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="france-map" viewBox="0 0 ${frame.width} ${frame.height}" role="group" aria-labelledby="${titleId}">` +
    `<title id="${titleId}">${escapeXml(focus.title)}</title>` +
    `<g aria-hidden="true">` +
    drawing +
    renderPlace(frame, focus, params.placeLabel) +
    `</g>` +
    `<g class="france-map-markers">${markers}</g>` +
    `</svg>`;
  return { svg, placed: candidates.map(({ marker }) => marker) };
}

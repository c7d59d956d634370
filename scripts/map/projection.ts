/**
 * Where things go on the map: metropolitan France and Corsica in a conformal conic projection
 * (Lambert-93's parallels and meridian), and the five départements d'outre-mer each in an
 * inset of its own (Mercator, each at its own scale) in a column on the left.
 */
import { type GeoConicProjection, geoConicConformal, geoMercator, type GeoProjection } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { departementGeometry, isOverseasCode, OVERSEAS_CODES, type OverseasCode } from "./departement-geometry.ts";

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 540;

const MARGIN = 8;
const INSET_WIDTH = 96;
const INSET_GAP = 8;
/** Room under each inset frame for its name. */
const INSET_CAPTION = 12;
const INSET_PADDING = 6;

export interface Inset {
  readonly code: OverseasCode;
  readonly name: string;
  /** Frame, in map units. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Metropolitan France as its maps draw it: a conic projection on Lambert-93's parallels, not yet fitted. */
export function metropoleProjection(): GeoConicProjection {
  return geoConicConformal().parallels([44, 49]).rotate([-3, 0]);
}

type Extent = readonly [readonly [number, number], readonly [number, number]];

export interface FranceLayout {
  readonly metropole: GeoProjection;
  /** Where the metropolitan map is drawn; points projected outside it are drawn nowhere. */
  readonly metropoleExtent: Extent;
  readonly insets: ReadonlyArray<Inset & { readonly projection: GeoProjection }>;
  /** The projection a département is drawn with. */
  projectionOf(code: string): GeoProjection;
}

const INSET_NAMES: Readonly<Record<OverseasCode, string>> = {
  "971": "Guadeloupe",
  "972": "Martinique",
  "973": "Guyane",
  "974": "La Réunion",
  "976": "Mayotte",
};

/** [west, south, east, north] of each overseas département, a little wider than its land. */
const OVERSEAS_BOXES: Readonly<Record<OverseasCode, readonly [number, number, number, number]>> = {
  "971": [-61.9, 15.8, -61.0, 16.6],
  "972": [-61.3, 14.3, -60.7, 14.95],
  "973": [-54.7, 2.0, -51.5, 5.9],
  "974": [55.1, -21.5, 55.9, -20.8],
  "976": [44.9, -13.1, 45.4, -12.55],
};

/** Metropolitan France and Corsica, generously. */
const METROPOLE_BOX: readonly [number, number, number, number] = [-5.8, 41.2, 10.0, 51.3];

function within([west, south, east, north]: readonly [number, number, number, number], lon: number, lat: number): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

let cached: FranceLayout | undefined;

/** Builds the projections once per process, fitted to the outlines. */
export function franceLayout(): FranceLayout {
  if (cached) return cached;
  const { detailed } = departementGeometry();
  const metropoleFeatures: FeatureCollection = {
    type: "FeatureCollection",
    features: [...detailed.values()].filter((item) => !isOverseasCode(item.properties.code)),
  };
  const left = MARGIN + INSET_WIDTH + MARGIN * 2;
  const metropole = metropoleProjection().fitExtent(
      [
        [left, MARGIN],
        [MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN],
      ],
      metropoleFeatures,
    );
  const metropoleExtent: Extent = [
    [left - MARGIN, 0],
    [MAP_WIDTH, MAP_HEIGHT],
  ];

  const insetHeight = (MAP_HEIGHT - 2 * MARGIN - (OVERSEAS_CODES.length - 1) * INSET_GAP) / OVERSEAS_CODES.length;
  const insets = OVERSEAS_CODES.map((code, index) => {
    const x = MARGIN;
    const y = MARGIN + index * (insetHeight + INSET_GAP);
    const height = insetHeight - INSET_CAPTION;
    const outline = detailed.get(code);
    if (!outline) throw new Error(`No outline for département ${code}`);
    const projection = geoMercator().fitExtent(
      [
        [x + INSET_PADDING, y + INSET_PADDING],
        [x + INSET_WIDTH - INSET_PADDING, y + height - INSET_PADDING],
      ],
      outline,
    );
    return { code, name: INSET_NAMES[code], x, y, width: INSET_WIDTH, height, projection };
  });

  const byCode = new Map<string, GeoProjection>(insets.map((inset) => [inset.code, inset.projection]));
  cached = {
    metropole,
    metropoleExtent,
    insets,
    projectionOf: (code) => byCode.get(code) ?? metropole,
  };
  return cached;
}

/**
 * Map coordinates [x, y] of a point, in the inset of its overseas département or on the
 * metropolitan map; undefined for a point drawn nowhere (Saint-Pierre-et-Miquelon, the
 * collectivités of the Pacific, abroad).
 */
export function projectPoint(point: { readonly lat: number; readonly lon: number }): readonly [number, number] | undefined {
  const layout = franceLayout();
  const { lon, lat } = point;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
  const inset = layout.insets.find((candidate) => within(OVERSEAS_BOXES[candidate.code], lon, lat));
  const projection = inset ? inset.projection : within(METROPOLE_BOX, lon, lat) ? layout.metropole : undefined;
  const projected = projection?.([lon, lat]);
  if (!projected) return undefined;
  const [x, y] = projected;
  const [[x0, y0], [x1, y1]] = inset
    ? [
        [inset.x, inset.y],
        [inset.x + inset.width, inset.y + inset.height],
      ]
    : layout.metropoleExtent;
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 ? [x, y] : undefined;
}

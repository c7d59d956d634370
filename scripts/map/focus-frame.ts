/**
 * The projection of a zoomed map: the départements of its frame fill the drawing, as wide
 * as the map of France (so that markers and strokes have the same size on screen) and as
 * tall as their shape asks, within bounds. Metropolitan frames use the projection of the
 * map of France (Lambert-93's parallels), overseas ones Mercator, as the insets do.
 */
import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { departementGeometry, isOverseasCode } from "./departement-geometry.ts";
import { MAP_WIDTH, metropoleProjection } from "./projection.ts";

/** Room around the frame, where the neighbouring départements show. */
export const FRAME_PADDING = 20;
const MIN_HEIGHT = 360;
const MAX_HEIGHT = 640;

export interface FocusFrame {
  /** Fitted to the frame, and clipping what it draws to the map's rectangle. */
  readonly projection: GeoProjection;
  readonly width: number;
  readonly height: number;
  readonly overseas: boolean;
}

const cache = new Map<string, FocusFrame>();

function baseProjection(overseas: boolean): GeoProjection {
  return overseas ? geoMercator() : metropoleProjection();
}

/** The projection and size of the map framed on these départements (all drawn ones). */
export function focusFrame(codes: readonly string[]): FocusFrame {
  const key = [...codes].sort().join(",");
  const known = cache.get(key);
  if (known) return known;

  const outlines = departementGeometry().detailed;
  const features = codes.map((code) => {
    const outline = outlines.get(code);
    if (!outline) throw new Error(`No outline for département ${code}`);
    return outline;
  });
  if (features.length === 0) throw new Error("A map frame needs at least one département");
  const collection: FeatureCollection = { type: "FeatureCollection", features };
  const overseas = codes.some(isOverseasCode);

  // The shape of the frame, at any scale, gives the height that fits it at full width.
  const inner = MAP_WIDTH - 2 * FRAME_PADDING;
  const [[x0, y0], [x1, y1]] = geoPath(baseProjection(overseas).fitWidth(inner, collection)).bounds(collection);
  const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(((y1 - y0) / (x1 - x0)) * inner + 2 * FRAME_PADDING)));

  const projection = baseProjection(overseas)
    .fitExtent(
      [
        [FRAME_PADDING, FRAME_PADDING],
        [MAP_WIDTH - FRAME_PADDING, height - FRAME_PADDING],
      ],
      collection,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, height],
    ]);
  const frame = { projection, width: MAP_WIDTH, height, overseas };
  cache.set(key, frame);
  return frame;
}

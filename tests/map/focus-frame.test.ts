import { geoBounds, geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import { departementGeometry } from "../../scripts/map/departement-geometry.ts";
import { focusFrame, FRAME_PADDING } from "../../scripts/map/focus-frame.ts";
import { franceLayout, MAP_WIDTH } from "../../scripts/map/projection.ts";
import { coverage } from "../helpers/svg-path-bounds.ts";

const OCCITANIE = ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"];

/** Where the full-resolution outlines of these départements fall on the frame's map. */
function projectedBounds(codes: readonly string[], frameCodes = codes) {
  const frame = focusFrame(frameCodes);
  const features = codes.map((code) => departementGeometry().detailed.get(code)!);
  return geoPath(frame.projection).bounds({ type: "FeatureCollection", features });
}

describe("focusFrame", () => {
  it("zooms on the Lot: its outline fills the map, within the padding, fourteen times larger than on the map of France", () => {
    const frame = focusFrame(["46"]);
    expect(frame.width).toBe(MAP_WIDTH);
    const [[x0, y0], [x1, y1]] = projectedBounds(["46"]);
    // Inside the drawing, touching the padding on the side that limits the fit.
    expect(x0).toBeGreaterThanOrEqual(FRAME_PADDING - 0.5);
    expect(y0).toBeGreaterThanOrEqual(FRAME_PADDING - 0.5);
    expect(x1).toBeLessThanOrEqual(frame.width - FRAME_PADDING + 0.5);
    expect(y1).toBeLessThanOrEqual(frame.height - FRAME_PADDING + 0.5);
    expect(Math.max((x1 - x0) / (frame.width - 2 * FRAME_PADDING), (y1 - y0) / (frame.height - 2 * FRAME_PADDING))).toBeCloseTo(1, 2);
    expect(coverage([[x0, y0], [x1, y1]], frame.width, frame.height)).toBeGreaterThan(0.8);
    expect(frame.projection.scale() / franceLayout().metropole.scale()).toBeGreaterThan(10);

    // The Lot's geographic extent, from the geometry alone (its box in degrees, drawn as a
    // slightly curved quadrilateral by the conic projection), is centred on the map and as large.
    const [[west, south], [east, north]] = geoBounds(departementGeometry().detailed.get("46")!);
    const edges = [0, 0.25, 0.5, 0.75, 1].flatMap((t) => [
      frame.projection([west + t * (east - west), north])!,
      frame.projection([west + t * (east - west), south])!,
      frame.projection([west, south + t * (north - south)])!,
      frame.projection([east, south + t * (north - south)])!,
    ]);
    const [bx0, bx1] = [Math.min(...edges.map((p) => p[0])), Math.max(...edges.map((p) => p[0]))];
    const [by0, by1] = [Math.min(...edges.map((p) => p[1])), Math.max(...edges.map((p) => p[1]))];
    expect(bx0).toBeLessThanOrEqual(x0 + 0.5);
    expect(by0).toBeLessThanOrEqual(y0 + 0.5);
    expect(bx1).toBeGreaterThanOrEqual(x1 - 0.5);
    expect(by1).toBeGreaterThanOrEqual(y1 - 0.5);
    expect((bx1 - bx0) / (x1 - x0)).toBeLessThan(1.15);
    expect((by1 - by0) / (y1 - y0)).toBeLessThan(1.15);
    expect(Math.abs((bx0 + bx1) / 2 - frame.width / 2)).toBeLessThan(frame.width * 0.05);
    expect(Math.abs((by0 + by1) / 2 - frame.height / 2)).toBeLessThan(frame.height * 0.05);
  });

  it("frames Occitanie on its thirteen départements, and places the Lot in its north", () => {
    const frame = focusFrame(OCCITANIE);
    const [[x0, y0], [x1, y1]] = projectedBounds(OCCITANIE);
    expect(coverage([[x0, y0], [x1, y1]], frame.width, frame.height)).toBeGreaterThan(0.75);
    const [[, lotTop], [, lotBottom]] = projectedBounds(["46"], OCCITANIE);
    expect(lotBottom).toBeLessThan(frame.height / 2);
    expect(lotTop).toBeGreaterThanOrEqual(FRAME_PADDING - 0.5);
  });

  it("keeps the map between a landscape and a square, whatever the shape framed", () => {
    for (const codes of [["46"], ["50"], ["2B"], OCCITANIE, ["974"], ["973"], ["29", "22", "35", "56"]]) {
      const frame = focusFrame(codes);
      expect(frame.height, codes.join()).toBeGreaterThanOrEqual(360);
      expect(frame.height, codes.join()).toBeLessThanOrEqual(640);
      const [[x0, y0], [x1, y1]] = projectedBounds(codes);
      expect(Math.min(x0, y0), codes.join()).toBeGreaterThanOrEqual(FRAME_PADDING - 0.5);
      expect(x1, codes.join()).toBeLessThanOrEqual(frame.width - FRAME_PADDING + 0.5);
      expect(y1, codes.join()).toBeLessThanOrEqual(frame.height - FRAME_PADDING + 0.5);
    }
    expect(focusFrame(["974"]).overseas).toBe(true);
    expect(focusFrame(["46"]).overseas).toBe(false);
  });

  it("is computed once per set of départements, whatever their order", () => {
    expect(focusFrame(["12", "46"])).toBe(focusFrame(["46", "12"]));
  });
});

import { geoBounds, geoContains, geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import { departementGeometry } from "../../scripts/map/departement-geometry.ts";
import { RelativePathContext } from "../../scripts/map/svg-path.ts";

const FIGEAC: [number, number] = [2.0233, 44.60655];
const RODEZ: [number, number] = [2.5734, 44.3506];

describe("departementGeometry", () => {
  it("joins départements into one outline, at the simplification asked", () => {
    const geometry = departementGeometry();
    const both = geometry.union(["46", "12"], 0.0002)!;
    expect(geoContains(both, FIGEAC)).toBe(true);
    expect(geoContains(both, RODEZ)).toBe(true);
    expect(geoContains(geometry.union(["46"], 0.0002)!, RODEZ)).toBe(false);
    expect(geometry.union(["999"], 0.0002)).toBeUndefined();
  });

  it("gives the borders between départements once, and none on the edge of the set", () => {
    const geometry = departementGeometry();
    expect(geometry.innerBorders(["46"], 0.0002)).toBeUndefined();
    const border = geometry.innerBorders(["46", "12"], 0.0002)!;
    // The Lot and the Aveyron share one border, near Figeac, between their extents.
    const [[west, south], [east, north]] = geoBounds(border);
    const lot = geoBounds(geometry.detailed.get("46")!);
    const aveyron = geoBounds(geometry.detailed.get("12")!);
    expect(west).toBeGreaterThanOrEqual(Math.max(lot[0][0], aveyron[0][0]) - 0.01);
    expect(east).toBeLessThanOrEqual(Math.min(lot[1][0], aveyron[1][0]) + 0.01);
    expect(south).toBeGreaterThanOrEqual(Math.max(lot[0][1], aveyron[0][1]) - 0.01);
    expect(north).toBeLessThanOrEqual(Math.min(lot[1][1], aveyron[1][1]) + 0.01);
  });
});

describe("RelativePathContext", () => {
  it("closes rings, leaves lines open, and rounds to the unit when asked", () => {
    const context = new RelativePathContext({ decimals: 0 });
    geoPath(null, context)({ type: "LineString", coordinates: [[0.4, 0.4], [10.6, 0], [10.6, 5.2]] });
    geoPath(null, context)({ type: "Polygon", coordinates: [[[20, 20], [30, 20], [30, 30], [20, 20]]] });
    expect(context.toString()).toBe("M0 0l11 0 0 5m9 15l10 0 0 10z");
    const tenths = new RelativePathContext();
    geoPath(null, tenths)({ type: "LineString", coordinates: [[0.44, 0], [1.06, 0]] });
    expect(tenths.toString()).toBe("M.4 0l.7 0");
  });
});

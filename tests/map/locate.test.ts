import { geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import { departementGeometry } from "../../scripts/map/departement-geometry.ts";
import { pointOf, type Locatable } from "../../scripts/map/locate.ts";
import { franceLayout, projectPoint } from "../../scripts/map/projection.ts";

function territory(fields: Partial<Locatable>): Locatable {
  return { scale: "autre", communes: null, departements: [], regions: [], ...fields };
}

/** Projected bounding box of some départements, as drawn on the map. */
function projectedBounds(codes: readonly string[]): [[number, number], [number, number]] {
  const layout = franceLayout();
  const boxes = codes.map((code) => {
    const outline = departementGeometry().detailed.get(code);
    if (!outline) throw new Error(`no outline for ${code}`);
    return geoPath(layout.projectionOf(code)).bounds(outline);
  });
  return [
    [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
    [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
  ];
}

function expectInside(point: { lat: number; lon: number } | undefined, codes: readonly string[]): void {
  expect(point).toBeDefined();
  const at = projectPoint(point!);
  expect(at).toBeDefined();
  const [[x0, y0], [x1, y1]] = projectedBounds(codes);
  expect(at![0]).toBeGreaterThanOrEqual(x0);
  expect(at![0]).toBeLessThanOrEqual(x1);
  expect(at![1]).toBeGreaterThanOrEqual(y0);
  expect(at![1]).toBeLessThanOrEqual(y1);
}

const figeac = territory({ scale: "commune", code: "46102", communes: ["46102"], departements: ["46"], regions: ["76"] });

describe("pointOf", () => {
  it("places Figeac, which has no coordinates, from its commune box, inside the Lot", () => {
    const point = pointOf(figeac);
    expect(point?.precision).toBe("commune");
    // The centre of Figeac's box: the town lies at about 44.61 N, 2.03 E.
    expect(point?.lat).toBeCloseTo(44.61, 1);
    expect(point?.lon).toBeCloseTo(2.02, 1);
    expectInside(point, ["46"]);
  });

  it("prefers the territory's own location", () => {
    const point = pointOf({ ...figeac, location: { lat: 44.6083, lon: 2.0317 } });
    expect(point).toEqual({ lat: 44.6083, lon: 2.0317, precision: "exact" });
  });

  it("uses the first covered commune that has a box for a grouping", () => {
    const point = pointOf(
      territory({ scale: "epci", code: "200067361", communes: ["99999", "46102", "46040"], departements: ["46"], regions: ["76"] }),
    );
    expect(point).toEqual(pointOf(figeac));
  });

  it("places an arrondissement municipal with its city's box", () => {
    const point = pointOf(territory({ scale: "quartier", communes: ["69381"], departements: ["69"], regions: ["84"] }));
    expect(point?.precision).toBe("commune");
    expect(point?.lat).toBeCloseTo(45.76, 1);
    expect(point?.lon).toBeCloseTo(4.84, 1);
  });

  it("falls back to the département's centroid for a commune missing from the 2017 boxes", () => {
    // Sannerville (14666) has no box in @etalab/fr-bounding-boxes.
    const point = pointOf(territory({ scale: "commune", code: "14666", communes: ["14666"], departements: ["14"], regions: ["28"] }));
    expect(point?.precision).toBe("departement");
    expectInside(point, ["14"]);
  });

  it("places a département at its centroid, overseas ones in their inset", () => {
    const lot = pointOf(territory({ scale: "departement", code: "46", departements: ["46"], regions: ["76"] }));
    expect(lot?.precision).toBe("departement");
    expectInside(lot, ["46"]);
    const reunion = pointOf(territory({ scale: "departement", code: "974", departements: ["974"], regions: ["04"] }));
    expectInside(reunion, ["974"]);
    const corse = pointOf(territory({ scale: "departement", code: "2A", departements: ["2A"], regions: ["94"] }));
    expectInside(corse, ["2A"]);
  });

  it("places a région at the centroid of its départements", () => {
    const occitanie = pointOf(territory({ scale: "region", code: "76", regions: ["76"] }));
    expect(occitanie?.precision).toBe("region");
    expectInside(occitanie, ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"]);
    const guadeloupe = pointOf(territory({ scale: "region", code: "01", regions: ["01"] }));
    expectInside(guadeloupe, ["971"]);
  });

  it("returns undefined when nothing places the territory on the map", () => {
    expect(pointOf(territory({}))).toBeUndefined();
    expect(pointOf(territory({ scale: "commune", code: "98818", communes: ["98818"], departements: ["988"], regions: ["988"] }))).toBeUndefined();
  });

  it("gives the same point every time", () => {
    expect(pointOf(figeac)).toEqual(pointOf(figeac));
  });
});

import { describe, expect, it } from "vitest";
import { mapFocus, type MapFocus } from "../../scripts/map/focus.ts";
import type { MapMarker } from "../../scripts/map/markers.ts";
import { renderTerritoryMap } from "../../scripts/map/territory-map.ts";
import { coverage, pathBounds } from "../helpers/svg-path-bounds.ts";

const OCCITANIE = ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"];
const FIGEAC_POINT = { lat: 44.60655, lon: 2.0233, precision: "commune" } as const;

const FIGEACTEURS: MapMarker = { label: "Figeacteurs", url: "/dynamiques/figeacteurs/", point: FIGEAC_POINT };
const IMAGINATIONS: MapMarker = { label: "Imaginations Fertiles", url: "/dynamiques/imaginations-fertiles/", point: { lat: 43.6006, lon: 1.43275 } };
const PARIS: MapMarker = { label: "Ailleurs", url: "/dynamiques/ailleurs/", point: { lat: 48.85, lon: 2.35 } };

const figeacFocus = mapFocus({ title: "Figeac", scale: "commune", code: "46102", departements: ["46"], regions: ["76"], point: FIGEAC_POINT })!;
const occitanieFocus = mapFocus({ title: "Occitanie", scale: "region", code: "76", departements: [], regions: ["76"] })!;
const lotFocus = mapFocus({ title: "Lot", scale: "departement", code: "46", departements: ["46"], regions: ["76"] })!;

function render(focus: MapFocus, markers: readonly MapMarker[] = [], placeLabel = "Figeac") {
  return renderTerritoryMap({ focus, placeLabel, markers });
}

function viewBox(svg: string): { width: number; height: number } {
  const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
  return { width: Number(width), height: Number(height) };
}

function pathD(svg: string, attribute: string): string {
  const match = new RegExp(`<path [^>]*${attribute}[^>]* d="([^"]+)"`).exec(svg);
  if (!match) throw new Error(`no path with ${attribute}`);
  return match[1]!;
}

function circles(svg: string, className: string): Array<[number, number]> {
  return [...svg.matchAll(new RegExp(`<circle class="${className}" cx="([-\\d.]+)" cy="([-\\d.]+)"`, "g"))].map((m) => [Number(m[1]), Number(m[2])]);
}

describe("renderTerritoryMap", () => {
  it("zooms Figeac's map on the Lot: the département fills the drawing, not the whole of France", () => {
    const { svg } = render(figeacFocus, [FIGEACTEURS]);
    const { width, height } = viewBox(svg);
    expect(`${width} ${height}`).not.toBe("640 540");
    const lot = pathBounds(pathD(svg, 'data-codes="46"'));
    expect(lot[0][0]).toBeGreaterThanOrEqual(0);
    expect(lot[0][1]).toBeGreaterThanOrEqual(0);
    expect(lot[1][0]).toBeLessThanOrEqual(width);
    expect(lot[1][1]).toBeLessThanOrEqual(height);
    expect(coverage(lot, width, height)).toBeGreaterThan(0.8);
    // No inset, no département of elsewhere in France drawn on its own.
    expect(svg).not.toContain("france-map-inset");
    expect(svg).not.toMatch(/data-code="(?!46")/);
  });

  it("rings Figeac, names it, and puts its dynamic inside the ring, within the Lot", () => {
    const { svg, placed } = render(figeacFocus, [FIGEACTEURS]);
    const [ring] = circles(svg, "france-map-place");
    const [dot] = circles(svg, "france-map-dot");
    expect(ring).toBeDefined();
    expect(dot).toEqual(ring);
    const [[x0, y0], [x1, y1]] = pathBounds(pathD(svg, 'data-codes="46"'));
    expect(ring![0]).toBeGreaterThan(x0);
    expect(ring![0]).toBeLessThan(x1);
    expect(ring![1]).toBeGreaterThan(y0);
    expect(ring![1]).toBeLessThan(y1);
    expect(svg).toMatch(/<text class="france-map-place-label" [^>]*>Figeac<\/text>/);
    expect(placed).toEqual([FIGEACTEURS]);
  });

  it("shows Occitanie alone: its thirteen départements framed and highlighted, the rest of France only as paler land around", () => {
    const { svg, placed } = render(occitanieFocus, [FIGEACTEURS, IMAGINATIONS, PARIS]);
    const { width, height } = viewBox(svg);
    expect(pathD(svg, `class="france-map-frame france-map-highlight" data-codes="${OCCITANIE.join(" ")}"`)).toBeTruthy();
    expect(coverage(pathBounds(pathD(svg, "data-codes=")), width, height)).toBeGreaterThan(0.75);
    const land = pathBounds(pathD(svg, 'class="france-map-land"'));
    expect(land[0][0]).toBeGreaterThanOrEqual(0);
    expect(land[1][0]).toBeLessThanOrEqual(width);
    expect(land[1][1]).toBeLessThanOrEqual(height);
    expect(svg).not.toContain("france-map-place");
    // Paris is not on the map of Occitanie, nor in the list that stands in for it.
    expect(placed.map((marker) => marker.label)).toEqual(["Figeacteurs", "Imaginations Fertiles"]);
    expect(svg).not.toContain("Ailleurs");
  });

  it("outlines the Lot on its région's map", () => {
    const { svg } = render(lotFocus, [FIGEACTEURS]);
    const lot = pathBounds(pathD(svg, 'class="france-map-highlight france-map-outlined" data-code="46"'));
    const region = pathBounds(pathD(svg, "data-codes="));
    expect(lot[0][0]).toBeGreaterThanOrEqual(region[0][0]);
    expect(lot[1][1]).toBeLessThan((region[0][1] + region[1][1]) / 2);
    expect(svg).toContain(`<path class="france-map-frame" data-codes="${OCCITANIE.join(" ")}"`);
  });

  it("sets markers of the same place around it, each visible, in their order", () => {
    const three = ["A", "B", "C"].map((label) => ({ ...FIGEACTEURS, label, url: `/dynamiques/${label}/` }));
    const { svg } = render(figeacFocus, three);
    const dots = circles(svg, "france-map-dot");
    const [ring] = circles(svg, "france-map-place");
    expect(new Set(dots.map((dot) => dot.join())).size).toBe(3);
    for (const [x, y] of dots) expect(Math.hypot(x - ring![0], y - ring![1])).toBeGreaterThan(5);
    for (const [a, b] of [[0, 1], [1, 2], [0, 2]] as const) {
      expect(Math.hypot(dots[a]![0] - dots[b]![0], dots[a]![1] - dots[b]![1])).toBeGreaterThanOrEqual(10);
    }
    expect([...svg.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1])).toEqual(["A", "B", "C"]);
  });

  it("is accessible like the map of France: a named group, outlines hidden, markers as named links, nothing to run", () => {
    const { svg } = renderTerritoryMap({ focus: figeacFocus, placeLabel: `Figeac <b>&</b>`, markers: [FIGEACTEURS], idPrefix: "carte-figeac" });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="france-map" viewBox="0 0 \d+ \d+" role="group" aria-labelledby="carte-figeac-titre">/);
    expect(svg).toContain('<title id="carte-figeac-titre">Figeac sur la carte du Lot</title>');
    expect(svg).toContain('<g aria-hidden="true">');
    expect(svg).toContain(">Figeac &lt;b&gt;&amp;&lt;/b&gt;</text>");
    expect(svg).toContain('<a class="france-map-marker" href="/dynamiques/figeacteurs/" aria-label="Figeacteurs"><title>Figeacteurs</title><circle');
    expect(svg).not.toMatch(/style=|<style|<script|\son[a-z]+=/i);
    expect(() => render(figeacFocus, [{ ...FIGEACTEURS, url: "javascript:alert(1)" }])).toThrow(/Unsafe URL/);
  });

  it("gives the same string for the same input, with whole coordinates, and stays light", () => {
    const first = render(occitanieFocus, [FIGEACTEURS, IMAGINATIONS]).svg;
    expect(render(structuredClone(occitanieFocus), [FIGEACTEURS, IMAGINATIONS]).svg).toBe(first);
    expect(first).not.toMatch(/NaN|Infinity|undefined/);
    expect(pathD(first, "data-codes=")).not.toContain(".");
    // The map of France's outline file alone weighs 31 KB.
    expect(Buffer.byteLength(first)).toBeLessThan(8_000);
    expect(Buffer.byteLength(render(figeacFocus, [FIGEACTEURS]).svg)).toBeLessThan(3_000);
  });
});

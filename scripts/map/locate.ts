/**
 * Where to put a territory's marker, from the best data at hand: its own coordinates; else the
 * centre of its commune's bounding box (`@etalab/fr-bounding-boxes`, MIT, communes of the COG
 * 2017); else the centroid of its département's outline; else that of its région's.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PlacedTerritory } from "../content-types/territoire/territory.ts";
import { departementCentroid, regionCentroid } from "./departement-geometry.ts";

export type PointPrecision = "exact" | "commune" | "departement" | "region";

export interface LocatedPoint {
  readonly lat: number;
  readonly lon: number;
  readonly precision: PointPrecision;
}

export type Locatable = Pick<PlacedTerritory, "location" | "scale" | "code" | "communes" | "departements" | "regions">;

type Box = readonly [west: number, south: number, east: number, north: number];

let boxes: ReadonlyMap<string, Box> | undefined;

/** Bounding boxes of the communes by INSEE code, read once per process. */
function communeBoxes(): ReadonlyMap<string, Box> {
  if (boxes) return boxes;
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve("@etalab/fr-bounding-boxes/package.json")), "dist", "communes.json");
  const records = JSON.parse(readFileSync(file, "utf8")) as ReadonlyArray<{ id: string; bbox: readonly number[] }>;
  const map = new Map<string, Box>();
  for (const record of records) {
    const [west, south, east, north] = record.bbox;
    if (west === undefined || south === undefined || east === undefined || north === undefined) continue;
    map.set(record.id.replace(/^fr:commune:/, ""), [west, south, east, north]);
  }
  boxes = map;
  return boxes;
}

/** Paris, Lyon and Marseille's arrondissements have no box of their own: use their city's. */
function cityOfArrondissement(code: string): string | undefined {
  if (/^751(0[1-9]|1\d|20)$/.test(code)) return "75056";
  if (/^6938[1-9]$/.test(code)) return "69123";
  if (/^132(0[1-9]|1[0-6])$/.test(code)) return "13055";
  return undefined;
}

function boxOf(code: string): Box | undefined {
  const all = communeBoxes();
  const city = cityOfArrondissement(code);
  return all.get(code) ?? (city === undefined ? undefined : all.get(city));
}

function centre([west, south, east, north]: Box): { lat: number; lon: number } {
  return { lat: (south + north) / 2, lon: (west + east) / 2 };
}

/** Coordinates rounded to about a metre, so that the same data always gives the same point. */
function located(lonLat: { lat: number; lon: number }, precision: PointPrecision): LocatedPoint {
  const round = (value: number): number => Math.round(value * 1e5) / 1e5;
  return { lat: round(lonLat.lat), lon: round(lonLat.lon), precision };
}

/**
 * The best point known for a territory, or undefined when nothing places it on the map
 * (a collectivité d'outre-mer without coordinates, for instance).
 */
export function pointOf(territory: Locatable): LocatedPoint | undefined {
  if (territory.location) return { lat: territory.location.lat, lon: territory.location.lon, precision: "exact" };

  const communes =
    territory.scale === "commune" && territory.code ? [territory.code, ...(territory.communes ?? [])] : (territory.communes ?? []);
  for (const code of communes) {
    const box = boxOf(code);
    if (box) return located(centre(box), "commune");
  }

  for (const code of territory.departements) {
    const centroid = departementCentroid(code);
    if (centroid) return located({ lon: centroid[0], lat: centroid[1] }, "departement");
  }

  for (const code of territory.regions) {
    const centroid = regionCentroid(code);
    if (centroid) return located({ lon: centroid[0], lat: centroid[1] }, "region");
  }
  return undefined;
}

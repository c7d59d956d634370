/**
 * What a dossier's map shows, from the territory's place in the official geography:
 *
 * - a région: the région, all of it highlighted;
 * - a département: its région, the département highlighted;
 * - a commune, an EPCI, a grouping: its département, or its région when it spans several
 *   départements of one région (the départements themselves when they lie in several
 *   régions), the territory pointed when its place is known to the commune.
 *
 * The map of France, with its insets, stays for territories that no drawn département
 * frames (the collectivités d'outre-mer, a territory placed nowhere).
 */
import { officialGeography, withPreposition } from "../geo/official-geography.ts";
import type { Territory } from "../model/types.ts";
import { departementGeometry } from "./departement-geometry.ts";

export type Focusable = Pick<Territory, "title" | "scale" | "code" | "departements" | "regions" | "point">;

export interface MapFocus {
  /** Départements the map is framed on, in code order: all of them are in view, and fill it. */
  readonly frame: readonly string[];
  /** Département or région the frame is, when it is one; undefined for several départements. */
  readonly area?: { readonly scale: "departement" | "region"; readonly code: string };
  /** Départements filled as the territory's own area (région and département dossiers). */
  readonly highlight: readonly string[];
  /** Where the territory is pointed, when it is smaller than a département and its place is known. */
  readonly place?: { readonly lat: number; readonly lon: number };
  /** Accessible name of the map, in French: « Figeac sur la carte du Lot ». */
  readonly title: string;
}

function drawn(codes: Iterable<string>): string[] {
  const outlines = departementGeometry().detailed;
  return [...new Set(codes)].filter((code) => outlines.has(code)).sort();
}

function departementsOfRegion(region: string): string[] {
  return drawn([...officialGeography().departements.values()].filter((d) => d.region === region).map((d) => d.code));
}

function regionOfDepartement(code: string): string | undefined {
  return officialGeography().departements.get(code)?.region;
}

/** « du Lot », « de la région Occitanie », « de ses départements ». */
function ofArea(area: MapFocus["area"]): string {
  if (area?.scale === "departement") {
    const departement = officialGeography().departements.get(area.code);
    if (departement) return withPreposition(departement);
  }
  if (area?.scale === "region") {
    const region = officialGeography().regions.get(area.code);
    if (region) return `de la région ${region.nom.replace("'", "’")}`;
  }
  return "de ses départements";
}

/** The frame of a territory that is neither a région nor a département. */
function frameOfPart(territory: Focusable): Pick<MapFocus, "frame" | "area"> | undefined {
  const departements = drawn(territory.departements);
  const [only] = departements;
  if (departements.length === 1 && only) return { frame: departements, area: { scale: "departement", code: only } };
  const regions = new Set(departements.length > 0 ? departements.map(regionOfDepartement) : territory.regions);
  const [region] = regions;
  if (regions.size === 1 && region) {
    const frame = departementsOfRegion(region);
    if (frame.length > 0) return { frame, area: { scale: "region", code: region } };
  }
  return departements.length > 0 ? { frame: departements } : undefined;
}

/** The focus of a territory's map, or undefined when only the map of France can show it. */
export function mapFocus(territory: Focusable): MapFocus | undefined {
  if (territory.scale === "region") {
    const code = territory.code ?? territory.regions[0];
    const frame = code === undefined ? [] : departementsOfRegion(code);
    if (code === undefined || frame.length === 0) return undefined;
    const area = { scale: "region", code } as const;
    return { frame, area, highlight: frame, title: `Carte ${ofArea(area)}` };
  }

  if (territory.scale === "departement") {
    const code = territory.code ?? territory.departements[0];
    const region = code === undefined ? undefined : regionOfDepartement(code);
    const frame = region === undefined ? [] : departementsOfRegion(region);
    if (code === undefined || region === undefined || !frame.includes(code)) return undefined;
    // An overseas département is its région: its map is its own.
    if (frame.length === 1) {
      const area = { scale: "departement", code } as const;
      return { frame, area, highlight: frame, title: `Carte ${ofArea(area)}` };
    }
    const area = { scale: "region", code: region } as const;
    return { frame, area, highlight: [code], title: `${territory.title} sur la carte ${ofArea(area)}` };
  }

  const framed = frameOfPart(territory);
  if (!framed) return undefined;
  const point = territory.point;
  // A point known only from a département's or région's centre would claim a precision it lacks.
  const place = point && (point.precision === "exact" || point.precision === "commune") ? { lat: point.lat, lon: point.lon } : undefined;
  return { ...framed, highlight: [], ...(place ? { place } : {}), title: `${territory.title} sur la carte ${ofArea(framed.area)}` };
}

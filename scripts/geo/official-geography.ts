/**
 * The official French administrative geography (COG 2026, Licence Ouverte), from
 * `@etalab/decoupage-administratif`: read from the compact cache made at installation
 * (geography-cache.ts) when it is there and made from the installed package, otherwise from
 * the package's own files (geography-package.ts). Both give the same records, with the
 * fields below only.
 */
import { readGeographyCache } from "./geography-cache.ts";
import { packageGeography } from "./geography-package.ts";

export interface OfficialCommune {
  readonly code: string;
  readonly nom: string;
  readonly departement: string;
  readonly region: string;
  readonly type: "commune-actuelle" | "arrondissement-municipal";
  /** `metro`, `drom` or `com` (collectivités d’outre-mer). */
  readonly zone: "metro" | "drom" | "com";
  /** Population municipale; absent for a few uninhabited COM districts (TAAF, Clipperton). */
  readonly population?: number;
  /** For an arrondissement municipal: the commune it belongs to (Paris, Lyon, Marseille). */
  readonly commune?: string;
}

export interface OfficialEpci {
  readonly code: string;
  readonly nom: string;
  readonly membres: ReadonlyArray<{ readonly code: string }>;
}

export interface OfficialDepartement {
  readonly code: string;
  readonly nom: string;
  readonly region: string;
  readonly typeLiaison: number;
  /** INSEE code of the commune that is its chef-lieu (préfecture). */
  readonly chefLieu: string;
  readonly zone: "metro" | "drom" | "com";
}

export interface OfficialRegion {
  readonly code: string;
  readonly nom: string;
  readonly typeLiaison: number;
  /** INSEE code of the commune that is its chef-lieu. */
  readonly chefLieu: string;
  readonly zone: "metro" | "drom" | "com";
}

export interface OfficialGeography {
  readonly communes: ReadonlyMap<string, OfficialCommune>;
  readonly epcis: ReadonlyMap<string, OfficialEpci>;
  readonly departements: ReadonlyMap<string, OfficialDepartement>;
  readonly regions: ReadonlyMap<string, OfficialRegion>;
  /** The EPCI each commune belongs to: the package lists members per EPCI only. */
  readonly epciOfCommune: ReadonlyMap<string, string>;
}

let cached: OfficialGeography | undefined;

/**
 * Loads the geography once per process: it is immutable package data, never stale. From the
 * cache, the maps decode a record when it is first asked for: a whole map is decoded only
 * when it is gone through.
 */
export function officialGeography(): OfficialGeography {
  cached ??= readGeographyCache() ?? packageGeography();
  return cached;
}

const LINKING_WORDS = ["de ", "d’", "du ", "de la ", "des ", "de l’", "des ", "de las ", "de los "];

/** « du Lot », « d’Occitanie », « de la Drôme », using INSEE's `typeLiaison`. */
export function withPreposition(place: { nom: string; typeLiaison: number }): string {
  return `${LINKING_WORDS[place.typeLiaison] ?? "de "}${place.nom.replace("'", "’")}`;
}

/** « en Occitanie », « dans les Hauts-de-France », « dans le Grand Est », « à La Réunion ». */
export function inPlace(place: { nom: string; typeLiaison: number }): string {
  const name = place.nom.replace("'", "’");
  if (/^La /.test(name)) return `à ${name}`;
  if (place.typeLiaison === 2) return `dans le ${name}`;
  if (place.typeLiaison === 4) return `dans les ${name}`;
  return `en ${name}`;
}

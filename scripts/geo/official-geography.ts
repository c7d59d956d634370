/**
 * The official French administrative geography (COG 2026, Licence Ouverte), from
 * `@etalab/decoupage-administratif`: read from the compact cache made at installation
 * (geography-cache.ts) when it is there and made from the installed package, otherwise from
 * the package's own files (geography-package.ts). Both give the same records, with the
 * fields below only.
 */
import { readGeographyCache } from "./geography-cache.ts";
import { packageGeography } from "./geography-package.ts";

export type { OfficialCommune, OfficialDepartement, OfficialEpci, OfficialGeography, OfficialRegion } from "./official-geography-types.ts";
import type { OfficialGeography } from "./official-geography-types.ts";

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

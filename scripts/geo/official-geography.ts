/**
 * The official French administrative geography (COG 2026, Licence Ouverte), from
 * `@etalab/decoupage-administratif`. Its JSON files are read directly: the package's
 * own entry point resolves paths against the working directory.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

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

function dataDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@etalab/decoupage-administratif/package.json")), "data");
}

function readJson<T>(name: string): T[] {
  return JSON.parse(readFileSync(join(dataDirectory(), name), "utf8")) as T[];
}

function byCode<T extends { code: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.code, item]));
}

let cached: OfficialGeography | undefined;

/** Loads the geography once per process: it is immutable package data, never stale. */
export function officialGeography(): OfficialGeography {
  if (cached) return cached;
  // A commune code also names its former « communes déléguées »: keep the current communes
  // and Paris, Lyon and Marseille's arrondissements only.
  const communes = readJson<OfficialCommune & { type: string }>("communes.json").filter(
    (commune) => commune.type === "commune-actuelle" || commune.type === "arrondissement-municipal",
  );
  const epcis = readJson<OfficialEpci>("epci.json");
  const epciOfCommune = new Map<string, string>();
  for (const epci of epcis) for (const member of epci.membres) epciOfCommune.set(member.code, epci.code);
  cached = {
    communes: byCode(communes),
    epcis: byCode(epcis),
    departements: byCode(readJson<OfficialDepartement>("departements.json")),
    regions: byCode(readJson<OfficialRegion>("regions.json")),
    epciOfCommune,
  };
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

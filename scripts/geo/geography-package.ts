/**
 * The official geography read from `@etalab/decoupage-administratif` itself: its JSON files,
 * 12 Mo, parsed whole. Every record is cut down to the fields of the interfaces of
 * official-geography.ts, so that the geography read from the package and the one read from
 * the cache (geography-cache.ts, generated from this one) are the same objects.
 * The package's own entry point is not used: it resolves paths against the working directory.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { OfficialCommune, OfficialDepartement, OfficialEpci, OfficialGeography, OfficialRegion } from "./official-geography-types.ts";

export const GEOGRAPHY_PACKAGE_NAME = "@etalab/decoupage-administratif";

function packageFile(path: string): string {
  return createRequire(import.meta.url).resolve(`${GEOGRAPHY_PACKAGE_NAME}/${path}`);
}

/** The installed package's version: the cache says which version it was made from. */
export function installedGeographyVersion(): string {
  const { version } = JSON.parse(readFileSync(packageFile("package.json"), "utf8")) as { version: string };
  return version;
}

function readData<T>(name: string): T[] {
  return JSON.parse(readFileSync(join(dirname(packageFile("package.json")), "data", name), "utf8")) as T[];
}

/** The package's records carry more than the project reads (SIREN, postcodes, EPCI populations…). */
type Raw<T> = { [K in keyof T]?: unknown } & Record<string, unknown>;

const COMMUNE_TYPES: ReadonlySet<unknown> = new Set(["commune-actuelle", "arrondissement-municipal"]);

function commune(raw: Raw<OfficialCommune>): OfficialCommune {
  return {
    code: raw.code as string,
    nom: raw.nom as string,
    departement: raw.departement as string,
    region: raw.region as string,
    type: raw.type as OfficialCommune["type"],
    zone: raw.zone as OfficialCommune["zone"],
    ...(typeof raw.population === "number" ? { population: raw.population } : {}),
    ...(typeof raw.commune === "string" ? { commune: raw.commune } : {}),
  };
}

function epci(raw: Raw<OfficialEpci>): OfficialEpci {
  return {
    code: raw.code as string,
    nom: raw.nom as string,
    membres: (raw.membres as ReadonlyArray<{ code: string }>).map((member) => ({ code: member.code })),
  };
}

function departement(raw: Raw<OfficialDepartement>): OfficialDepartement {
  return {
    code: raw.code as string,
    nom: raw.nom as string,
    region: raw.region as string,
    typeLiaison: raw.typeLiaison as number,
    chefLieu: raw.chefLieu as string,
    zone: raw.zone as OfficialDepartement["zone"],
  };
}

function region(raw: Raw<OfficialRegion>): OfficialRegion {
  return {
    code: raw.code as string,
    nom: raw.nom as string,
    typeLiaison: raw.typeLiaison as number,
    chefLieu: raw.chefLieu as string,
    zone: raw.zone as OfficialRegion["zone"],
  };
}

function byCode<T extends { code: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.code, item]));
}

/** The EPCI each commune belongs to: the package lists members per EPCI only. */
export function epciMembership(epcis: Iterable<OfficialEpci>): Map<string, string> {
  const epciOfCommune = new Map<string, string>();
  for (const epci of epcis) for (const member of epci.membres) epciOfCommune.set(member.code, epci.code);
  return epciOfCommune;
}

/** Reads the whole package: about 0,45 s of processor time on the 2-core development machine. */
export function packageGeography(): OfficialGeography {
  // A commune code also names its former « communes déléguées »: keep the current communes
  // and Paris, Lyon and Marseille's arrondissements only.
  const communes = readData<Raw<OfficialCommune>>("communes.json").filter((raw) => COMMUNE_TYPES.has(raw.type)).map(commune);
  const epcis = byCode(readData<Raw<OfficialEpci>>("epci.json").map(epci));
  return {
    communes: byCode(communes),
    epcis,
    departements: byCode(readData<Raw<OfficialDepartement>>("departements.json").map(departement)),
    regions: byCode(readData<Raw<OfficialRegion>>("regions.json").map(region)),
    epciOfCommune: epciMembership(epcis.values()),
  };
}

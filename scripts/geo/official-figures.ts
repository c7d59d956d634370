/**
 * The official figures of a commune, EPCI, département or région, computed from the
 * administrative geography package (`@etalab/decoupage-administratif`) and never typed by a
 * contributor: population, number of communes, chef-lieu, EPCI of a commune, each with its
 * millésime and source.
 *
 * Traps of the package data, and what is done about each:
 * - `epci.json` carries populations of the previous millésime (Figeac: 9 757, the 2022
 *   population, in the CC Grand-Figeac's member list; 9 793, the 2023 one, in `communes.json`).
 *   An EPCI's population is therefore summed over its communes, like a département's or a
 *   région's, so that every dossier gives figures of one millésime.
 * - Paris, Lyon and Marseille are listed both as communes and as their arrondissements
 *   municipaux, with the commune's population the sum of its arrondissements': only
 *   « commune-actuelle » records are counted and summed.
 * - Former communes (« déléguées », « associées ») share codes with current communes; the
 *   official geography already leaves them out.
 * - Mayotte's communes carry the 2017 census, not the current millésime: they are sourced as such.
 * - The collectivités d’outre-mer carry figures of censuses of their own whose year the package
 *   does not give, and a few of their districts none: no population is shown for them rather
 *   than a figure with a wrong year.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { OfficialCommune, OfficialGeography } from "./official-geography.ts";

/** What each major version of the package carries (its README's « Millésimes » table and sources). */
interface PackageEdition {
  /** Millésime of the Code officiel géographique: communes, their départements and régions, chefs-lieux. */
  readonly cog: number;
  /** Millésime of the populations légales, and the year they are in force from. */
  readonly population: number;
  readonly populationInForce: number;
  /** Mayotte's communes carry the population of this census. */
  readonly mayottePopulation: number;
  /** Date of the DGCL's list of EPCI à fiscalité propre and their members. */
  readonly epciDate: string;
}

/**
 * Checked for 6.0.0 against the package's sources: « Update pop 2023 » (INSEE's populations
 * légales 2023, in force on 1 January 2026), COG 2026, DGCL's `epcicom2026.xlsx`, and Mayotte's
 * population from the 2017 census (its total, 256 518, is Mayotte's 2017 population). A newer
 * package must be checked and added here: a figure is never shown with a guessed year.
 */
const EDITIONS: Readonly<Record<string, PackageEdition>> = {
  "6": { cog: 2026, population: 2023, populationInForce: 2026, mayottePopulation: 2017, epciDate: "1er janvier 2026" },
};

/** The package name, as readers find it on npm. */
export const GEOGRAPHY_PACKAGE = "@etalab/decoupage-administratif";

export interface GeographyEdition extends PackageEdition {
  readonly version: string;
}

let edition: GeographyEdition | undefined;

/** The installed package's version and millésimes; throws for a version whose millésimes were not checked. */
export function geographyEdition(): GeographyEdition {
  if (edition) return edition;
  const require = createRequire(import.meta.url);
  const { version } = JSON.parse(readFileSync(require.resolve(`${GEOGRAPHY_PACKAGE}/package.json`), "utf8")) as { version: string };
  const known = EDITIONS[version.split(".")[0] ?? ""];
  if (!known) throw new Error(`${GEOGRAPHY_PACKAGE} ${version}: check its millésimes and add them to EDITIONS in scripts/geo/official-figures.ts`);
  edition = { ...known, version };
  return edition;
}

/** A figure with its millésime and its source, as a reader sees them. */
export interface OfficialFigure<T> {
  readonly value: T;
  /** Millésime: the year the figure describes. */
  readonly year: number;
  /** Who produced it, in French: « Insee, populations légales 2023 ». */
  readonly source: string;
}

/** A place named by the geography; `url` is its dossier when the site has one. */
export interface OfficialPlace {
  readonly code: string;
  readonly name: string;
  readonly url?: string;
}

export type OfficialScale = "commune" | "epci" | "departement" | "region";

export interface OfficialFigures {
  readonly scale: OfficialScale;
  /** Population municipale; summed over the communes for an EPCI, a département or a région. */
  readonly population?: OfficialFigure<number> & { readonly summed: boolean };
  /** Number of communes (arrondissements municipaux not counted). */
  readonly communes?: OfficialFigure<number>;
  readonly chefLieu?: OfficialFigure<OfficialPlace>;
  /** The EPCI à fiscalité propre a commune belongs to. */
  readonly epci?: OfficialFigure<OfficialPlace>;
  /** Every source above in one line, with the package and its version. */
  readonly sourceLine: string;
}

const NARROW_NBSP = "\u202f";

/** An official name as readers see it: INSEE writes « L'Île-d'Yeu », French typography « L’Île-d’Yeu ». */
export function officialName(name: string): string {
  return name.replaceAll("'", "’");
}

/** Where a commune's population comes from, or undefined when the package's figure has no known millésime. */
function populationSourceOf(commune: OfficialCommune, ed: GeographyEdition): { year: number; source: string } | undefined {
  if (commune.population === undefined || commune.zone === "com") return undefined;
  if (commune.departement === "976") return { year: ed.mayottePopulation, source: `Insee, recensement de la population de Mayotte ${ed.mayottePopulation}` };
  return { year: ed.population, source: `Insee, populations légales ${ed.population} (en vigueur au 1er janvier ${ed.populationInForce})` };
}

/** Population of a set of communes: the sum, when every one has a figure of the same millésime and source. */
function summedPopulation(communes: readonly OfficialCommune[], ed: GeographyEdition): { value: number; year: number; source: string } | undefined {
  let value = 0;
  let origin: { year: number; source: string } | undefined;
  for (const commune of communes) {
    const source = populationSourceOf(commune, ed);
    if (!source || (origin && origin.source !== source.source)) return undefined;
    origin = source;
    value += commune.population ?? 0;
  }
  return origin && { value, ...origin };
}

interface CommuneIndex {
  readonly byDepartement: ReadonlyMap<string, OfficialCommune[]>;
  readonly byRegion: ReadonlyMap<string, OfficialCommune[]>;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

const indexes = new WeakMap<OfficialGeography, CommuneIndex>();

/** The current communes of each département and région, listed once per geography. */
function communeIndex(geo: OfficialGeography): CommuneIndex {
  const known = indexes.get(geo);
  if (known) return known;
  const byDepartement = new Map<string, OfficialCommune[]>();
  const byRegion = new Map<string, OfficialCommune[]>();
  for (const commune of geo.communes.values()) {
    // An arrondissement municipal is part of its commune, whose figures already include it.
    if (commune.type !== "commune-actuelle") continue;
    push(byDepartement, commune.departement, commune);
    push(byRegion, commune.region, commune);
  }
  const index = { byDepartement, byRegion };
  indexes.set(geo, index);
  return index;
}

/**
 * The official figures of a territory with an official code, or undefined for a grouping
 * (pays, bassin de vie…), a code the geography does not know, or a place it has no figure for.
 */
export function officialFiguresOf(territory: { readonly scale: string; readonly code?: string | undefined }, geo: OfficialGeography): OfficialFigures | undefined {
  const { code } = territory;
  if (code === undefined) return undefined;
  const ed = geographyEdition();
  const cog = `Insee, Code officiel géographique ${ed.cog}`;
  const count = (value: number): OfficialFigure<number> => ({ value, year: ed.cog, source: cog });
  const place = (placeCode: string): OfficialFigure<OfficialPlace> | undefined => {
    const commune = geo.communes.get(placeCode);
    return commune && { value: { code: placeCode, name: officialName(commune.nom) }, year: ed.cog, source: cog };
  };
  let figures: Omit<OfficialFigures, "sourceLine"> | undefined;
  switch (territory.scale) {
    case "commune": {
      const commune = geo.communes.get(code);
      if (!commune) return undefined;
      const population = populationSourceOf(commune, ed);
      // An arrondissement municipal belongs to its commune's EPCI.
      const epciCode = geo.epciOfCommune.get(commune.commune ?? code);
      const epci = epciCode === undefined ? undefined : geo.epcis.get(epciCode);
      figures = {
        scale: "commune",
        ...(population && commune.population !== undefined ? { population: { value: commune.population, ...population, summed: false } } : {}),
        ...(epci ? { epci: { value: { code: epci.code, name: officialName(epci.nom) }, year: ed.cog, source: `DGCL, EPCI à fiscalité propre au ${ed.epciDate}` } } : {}),
      };
      break;
    }
    case "epci": {
      const epci = geo.epcis.get(code);
      if (!epci) return undefined;
      const members = epci.membres.flatMap((member) => geo.communes.get(member.code) ?? []);
      const population = members.length === epci.membres.length ? summedPopulation(members, ed) : undefined;
      figures = {
        scale: "epci",
        ...(population ? { population: { ...population, summed: true } } : {}),
        communes: { value: epci.membres.length, year: ed.cog, source: `DGCL, EPCI à fiscalité propre au ${ed.epciDate}` },
      };
      break;
    }
    case "departement":
    case "region": {
      const official = territory.scale === "departement" ? geo.departements.get(code) : geo.regions.get(code);
      if (!official) return undefined;
      const index = communeIndex(geo);
      const communes = (territory.scale === "departement" ? index.byDepartement : index.byRegion).get(code) ?? [];
      const population = summedPopulation(communes, ed);
      const chefLieu = place(official.chefLieu);
      figures = {
        scale: territory.scale,
        ...(population ? { population: { ...population, summed: true } } : {}),
        communes: count(communes.length),
        ...(chefLieu ? { chefLieu } : {}),
      };
      break;
    }
    default:
      return undefined;
  }
  // A commune of a collectivité d’outre-mer outside any EPCI has no figure to show.
  if (!figures.population && !figures.communes && !figures.chefLieu && !figures.epci) return undefined;
  return { ...figures, sourceLine: sourceLineOf(figures, ed) };
}

/** « Insee, populations légales 2023 (…) ; Insee, Code officiel géographique 2026 ; via @etalab/decoupage-administratif 6.0.0 ». */
function sourceLineOf(figures: Omit<OfficialFigures, "sourceLine">, ed: GeographyEdition): string {
  const sources = [figures.population, figures.communes, figures.chefLieu, figures.epci].flatMap((figure) => (figure ? [figure.source] : []));
  return [...new Set(sources), `via ${GEOGRAPHY_PACKAGE} ${ed.version}`].join(`${NARROW_NBSP}; `);
}

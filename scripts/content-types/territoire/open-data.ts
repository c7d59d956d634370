/**
 * The territories' tables in `donnees/`: `territoires.{json,csv}`, a row per territory with
 * its official figures, and `indicateurs.{json,csv}`, a row per key figure its file gives.
 */
import type { Dossier, Territory } from "../../model/types.ts";
import { type OpenRecord, iso } from "../shared/open-data-values.ts";

/**
 * A territory with its official figures (see scripts/geo/official-figures.ts): population
 * municipale and its millésime, number of communes, and the codes of its chef-lieu and of a
 * commune's EPCI; null for a grouping, or where the geography gives no such figure.
 */
export function territoryRecord(territory: Territory, dossier: Dossier | undefined): OpenRecord {
  const official = dossier?.official;
  return {
    slug: territory.slug,
    url: territory.url,
    titre: territory.title,
    echelle: territory.scale,
    code: territory.code ?? null,
    automatique: territory.automatic,
    departements: [...territory.departements],
    regions: [...territory.regions],
    latitude: territory.point?.lat ?? null,
    longitude: territory.point?.lon ?? null,
    precision_position: territory.point?.precision ?? null,
    fiches: dossier?.entries.length ?? 0,
    population: official?.population?.value ?? null,
    population_millesime: official?.population?.year ?? null,
    nombre_communes: official?.communes?.value ?? null,
    chef_lieu: official?.chefLieu?.value.code ?? null,
    epci: official?.epci?.value.code ?? null,
  };
}

/**
 * The columns of the indicators table, fixed: a spreadsheet finds the same columns in every
 * edition, even one where no territory gives a figure yet.
 */
export const INDICATOR_COLUMNS = [
  "territoire",
  "territoire_titre",
  "echelle",
  "code",
  "libelle",
  "valeur",
  "unite",
  "annee",
  "source_titre",
  "source_editeur",
  "source_url",
  "source_date",
] as const;

/** One record per indicator, with the territory it describes, in the order of the territories and of their files. */
export function indicatorRecords(territories: readonly Territory[]): OpenRecord[] {
  return territories.flatMap((territory) =>
    (territory.indicators ?? []).map((indicator) => ({
      territoire: territory.slug,
      territoire_titre: territory.title,
      echelle: territory.scale,
      code: territory.code ?? null,
      libelle: indicator.label,
      valeur: indicator.value,
      unite: indicator.unit ?? null,
      annee: indicator.year,
      source_titre: indicator.source.title,
      source_editeur: indicator.source.publisher ?? null,
      source_url: indicator.source.url ?? null,
      source_date: iso(indicator.source.date),
    })),
  );
}

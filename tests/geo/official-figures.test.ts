/**
 * The official figures a dossier shows without any contributor typing them, read from
 * `@etalab/decoupage-administratif` 6.0.0, and the traps of its data.
 */
import { describe, expect, it } from "vitest";
import { officialFiguresOf } from "../../scripts/geo/official-figures.ts";
import { officialGeography } from "../../scripts/geo/official-geography.ts";

const geo = officialGeography();
const figures = (scale: string, code?: string) => officialFiguresOf({ scale, code }, geo);

const POPULATION_2023 = "Insee, populations légales 2023 (en vigueur au 1er janvier 2026)";

describe("official figures", () => {
  it("give a commune its population légale with millésime and source, and its EPCI", () => {
    expect(figures("commune", "46102")).toEqual({
      scale: "commune",
      population: { value: 9793, year: 2023, source: POPULATION_2023, summed: false },
      epci: { value: { code: "200067361", name: "CC Grand-Figeac" }, year: 2026, source: "DGCL, EPCI à fiscalité propre au 1er janvier 2026" },
      sourceLine: `${POPULATION_2023}\u202f; DGCL, EPCI à fiscalité propre au 1er janvier 2026\u202f; via @etalab/decoupage-administratif 6.0.0`,
    });
  });

  it("sum an EPCI's communes of the same millésime, not the package's EPCI figure of the year before", () => {
    // epci.json gives 43 924 for the CC Grand-Figeac, the 2022 population (Figeac 9 757 in its members).
    expect(figures("epci", "200067361")).toMatchObject({
      population: { value: 44038, year: 2023, summed: true },
      communes: { value: 92 },
    });
  });

  it("sum a département's current communes only: the Lot's 312, not its 349 records with the former communes", () => {
    // Checked with Python on the package's communes.json: 312 « commune-actuelle » records of
    // département 46, whose `population` fields add up to 176 473.
    expect(figures("departement", "46")).toMatchObject({
      population: { value: 176473, year: 2023, source: POPULATION_2023, summed: true },
      communes: { value: 312, year: 2026, source: "Insee, Code officiel géographique 2026" },
      chefLieu: { value: { code: "46042", name: "Cahors" }, year: 2026 },
    });
    expect(figures("departement", "46")).not.toHaveProperty("epci");
  });

  it("count Paris once: its arrondissements municipaux are part of the commune, not more of it", () => {
    const paris = figures("commune", "75056");
    expect(paris?.population?.value).toBe(2103778);
    // The département of Paris is the commune of Paris: 2 103 778, not 4 207 556 with the arrondissements added.
    expect(figures("departement", "75")).toMatchObject({ population: { value: 2103778 }, communes: { value: 1 }, chefLieu: { value: { code: "75056", name: "Paris" } } });
    // An arrondissement has its own population, and its commune's EPCI.
    expect(figures("commune", "75101")).toMatchObject({
      population: { value: 15114, year: 2023 },
      epci: { value: { code: "200054781", name: "Métropole du Grand Paris" } },
    });
  });

  it("sum a région's communes and name its chef-lieu", () => {
    expect(figures("region", "76")).toMatchObject({
      population: { value: 6124653, year: 2023, summed: true },
      communes: { value: 4446 },
      chefLieu: { value: { code: "31555", name: "Toulouse" } },
    });
  });

  it("give Mayotte the year of its census, and the collectivités d’outre-mer no population of unknown year", () => {
    expect(figures("departement", "976")?.population).toEqual({
      value: 256518,
      year: 2017,
      source: "Insee, recensement de la population de Mayotte 2017",
      summed: true,
    });
    expect(figures("departement", "975")).toMatchObject({ communes: { value: 2 }, chefLieu: { value: { name: "Saint-Pierre" } } });
    expect(figures("departement", "975")).not.toHaveProperty("population");
    expect(figures("commune", "97701")).toBeUndefined();
  });

  it("write official names with the French apostrophe", () => {
    expect(figures("commune", "2B009")?.epci?.value).toEqual({ code: "200015162", name: "CC de l’Oriente" });
  });

  it("give nothing for a grouping or an unknown code", () => {
    expect(figures("pays")).toBeUndefined();
    expect(figures("bassin-de-vie", "46")).toBeUndefined();
    expect(figures("commune", "99999")).toBeUndefined();
  });
});

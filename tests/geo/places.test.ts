import { describe, expect, it } from "vitest";
import type { OfficialGeography } from "../../scripts/geo/official-geography.ts";
import { placesFinder } from "../../scripts/geo/places.ts";
import type { PlacedTerritory } from "../../scripts/content-types/territoire/territory.ts";

// Only the departements and regions are read; the rest of the official geography is not needed here.
const geo = {
  departements: new Map([["46", { nom: "Lot" }], ["12", { nom: "Aveyron" }]]),
  regions: new Map([["76", { nom: "Occitanie" }]]),
} as unknown as OfficialGeography;

const territory = (slug: string, title: string, departements: string[], regions: string[]) =>
  ({ slug, title, departements, regions }) as unknown as PlacedTerritory;

describe("placesFinder", () => {
  const places = placesFinder(
    [territory("figeac", "Figeac", ["46"], ["76"]), territory("grand-figeac", "Grand-Figeac", ["46", "12"], ["76"]), territory("ecrins", "Écrins", [], [])],
    geo,
  );

  it("names the territories, departements and regions of an entry once each, in French order", () => {
    expect(places(["grand-figeac", "figeac", "ecrins"])).toEqual({
      territoires: ["Écrins", "Figeac", "Grand-Figeac"],
      departements: ["Aveyron", "Lot"],
      regions: ["Occitanie"],
    });
  });

  it("leaves out a slug no territory has", () => {
    expect(places(["inconnu"])).toEqual({ territoires: [], departements: [], regions: [] });
  });
});

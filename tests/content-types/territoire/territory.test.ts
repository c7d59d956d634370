/**
 * Territories as the site shows them: from their file, placed in the official geography, and
 * the automatic dossiers of the départements and régions that have content but no file.
 */
import { describe, expect, it } from "vitest";
import type { Observatory } from "../../../scripts/model/types.ts";
import { checkFiles, plain } from "../../helpers/fixture-project.ts";

function territoryOf(observatory: Observatory | undefined, slug: string) {
  const territory = observatory?.territories.find((candidate) => candidate.slug === slug);
  if (!territory) throw new Error(`no territory « ${slug} »`);
  return territory;
}

const NICE = `---
title: Nice
scale: commune
code: "06088"
summary: Commune des Alpes-Maritimes, pour vérifier les dossiers automatiques.
indicators:
  - label: "Emplois salariés : ESS"
    value: 1250
    unit: emplois
    year: 2019
    source:
      title: "CRESS : panorama"
---
`;

describe("territories from their files", () => {
  const { observatory } = checkFiles({ "content/territoires/nice.md": NICE });

  it("places a commune in its département and région, and points to its file", () => {
    const nice = territoryOf(observatory, "nice");
    expect(nice).toMatchObject({ scale: "commune", code: "06088", communes: ["06088"], departements: ["06"], regions: ["93"], automatic: false });
    expect(nice.sourcePath).toBe("content/territoires/nice.md");
  });

  it("typesets an indicator's label, unit and source title", () => {
    const [indicator] = territoryOf(observatory, "nice").indicators ?? [];
    expect(indicator?.label).toContain("\u00a0:");
    expect(plain(indicator?.label ?? "")).toBe("Emplois salariés : ESS");
    expect(indicator?.value).toBe(1250);
    expect(plain(indicator?.source.title ?? "")).toBe("CRESS : panorama");
  });

  it("gives a grouping no code", () => {
    const pays = checkFiles({
      "content/territoires/pays-de-figeac.md": `---
title: Pays de Figeac
scale: pays
within: ["46102"]
summary: Le pays de Figeac, regroupement de communes autour de Figeac, dans le Lot.
---
`,
    }).observatory;
    const grouping = territoryOf(pays, "pays-de-figeac");
    expect(grouping.code).toBeUndefined();
    expect(grouping.departements).toEqual(["46"]);
  });
});

describe("automatic dossiers", () => {
  const { observatory } = checkFiles({ "content/territoires/nice.md": NICE });

  it("are made for the département and région of a territory, without a file or a text of their own", () => {
    const alpes = territoryOf(observatory, "alpes-maritimes");
    expect(alpes).toMatchObject({ scale: "departement", code: "06", automatic: true, bodyHtml: "", communes: null, departements: ["06"], regions: ["93"] });
    expect(alpes.sourcePath).toBeUndefined();
    expect(alpes.indicators).toBeUndefined();
    expect(alpes.url).toBe("/territoires/alpes-maritimes/");
  });

  it("write official names with a typographic apostrophe", () => {
    const region = observatory?.territories.find((territory) => territory.scale === "region" && territory.code === "93");
    expect(region?.title).toBe("Provence-Alpes-Côte d’Azur");
    expect(region?.summary).not.toContain("'");
  });

  it("are not made when a file describes the place", () => {
    const described = checkFiles({
      "content/territoires/le-lot.md": `---
title: Le Lot
scale: departement
code: "46"
summary: Le département du Lot, décrit par son propre fichier.
---
`,
    }).observatory;
    const lots = described?.territories.filter((territory) => territory.scale === "departement" && territory.code === "46");
    expect(lots?.map((territory) => [territory.slug, territory.automatic])).toEqual([["le-lot", false]]);
  });

  it("take another address when a file already has theirs", () => {
    const taken = checkFiles({
      "content/territoires/lot.md": `---
title: Vallée du Lot
scale: pays
within: ["46102"]
summary: Un regroupement qui a pris le nom de fichier « lot » avant le département.
---
`,
    }).observatory;
    const departement = taken?.territories.find((territory) => territory.scale === "departement" && territory.code === "46");
    expect(departement?.slug).toBe("lot-46");
    expect(territoryOf(taken, "lot").scale).toBe("pays");
  });
});

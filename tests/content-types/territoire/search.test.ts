/** What a territory adds to its dossier's search document: what it is, and the territories inside it. */
import { describe, expect, it } from "vitest";
import { territorySearch } from "../../../scripts/content-types/territoire/search.ts";
import type { Observatory } from "../../../scripts/model/types.ts";
import { checkFiles, plain } from "../../helpers/fixture-project.ts";

const GROUPING = `---
title: Pays de Figeac
scale: pays
within: ["46102"]
summary: Le pays de Figeac, regroupement de communes autour de Figeac, dans le Lot.
---
`;

function dossierOf(observatory: Observatory | undefined, slug: string) {
  const dossier = observatory?.dossiers.find((candidate) => candidate.territory.slug === slug);
  if (!dossier) throw new Error(`no dossier « ${slug} »`);
  return dossier;
}

describe("territorySearch", () => {
  const { observatory } = checkFiles({ "content/territoires/pays-de-figeac.md": GROUPING });

  it("says what a territory with an official code is, code included", () => {
    expect(territorySearch(dossierOf(observatory, "figeac")).lead).toEqual(["Dossier territorial, Commune (46102)"]);
  });

  it("says what a grouping is, without a code it does not have", () => {
    expect(territorySearch(dossierOf(observatory, "pays-de-figeac")).lead).toEqual(["Dossier territorial, Pays"]);
  });

  it("names the territories inside it, never the entries it gathers", () => {
    const lot = dossierOf(observatory, "lot");
    const fields = territorySearch(lot);
    expect(lot.entries.map((entry) => entry.title)).toContain("Figeacteurs");
    expect(fields.more).toEqual([lot.inside.map((item) => item.territory.title)]);
    const inside = fields.more?.[0];
    expect(Array.isArray(inside) ? inside.map(plain) : inside).toEqual(expect.arrayContaining(["Figeac", "Pays de Figeac"]));
    expect(JSON.stringify(fields)).not.toContain("Figeacteurs");
  });
});

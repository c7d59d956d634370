/**
 * « Territoires voisins » lists territories that share a border, computed from the
 * département outlines of the maps, never every other département of the same région.
 */
import { describe, expect, it } from "vitest";
import { borderNeighbours } from "../../scripts/geo/border-neighbours.ts";
import { officialGeography } from "../../scripts/geo/official-geography.ts";
import { checkFiles } from "../helpers/fixture-project.ts";

const neighbours = borderNeighbours(officialGeography());
const of = (map: ReadonlyMap<string, ReadonlySet<string>>, code: string) => [...(map.get(code) ?? [])].sort();

describe("border neighbours", () => {
  it("of a département are those it touches", () => {
    expect(of(neighbours.departements, "74")).toEqual(["01", "73"]);
    expect(of(neighbours.departements, "46")).toEqual(["12", "15", "19", "24", "47", "82"]);
    expect(of(neighbours.departements, "75")).toEqual(["92", "93", "94"]);
    // A border of a few kilometres is one shared point of the outlines, and still a border.
    expect(of(neighbours.departements, "13")).toEqual(["04", "30", "83", "84"]);
    expect(of(neighbours.departements, "2A")).toEqual(["2B"]);
    expect(of(neighbours.departements, "971")).toEqual([]);
  });

  it("of a région are the régions of the départements along its border", () => {
    expect(of(neighbours.regions, "84")).toEqual(["24", "27", "75", "76", "93"]);
    expect(of(neighbours.regions, "94")).toEqual([]);
    expect(of(neighbours.regions, "04")).toEqual([]);
  });
});

const territory = (slug: string, title: string, scale: string, code: string) => ({
  [`content/territoires/${slug}.md`]: `---\ntitle: ${title}\nscale: ${scale}\ncode: "${code}"\nsummary: Territoire décrit pour vérifier la liste des territoires voisins.\n---\n`,
});

describe("the territories around a dossier", () => {
  const result = checkFiles(
    {
      ...territory("haute-savoie", "Haute-Savoie", "departement", "74"),
      ...territory("chambery", "Chambéry", "commune", "73065"),
      ...territory("bourg-en-bresse", "Bourg-en-Bresse", "commune", "01053"),
      ...territory("crest", "Crest", "commune", "26108"),
      ...territory("thiers", "Thiers", "commune", "63430"),
      ...territory("capdenac-gare", "Capdenac-Gare", "commune", "12052"),
      ...territory("cahors", "Cahors", "commune", "46042"),
    },
    { withBase: true },
  );
  const dossier = (slug: string) => result.observatory?.dossiers.find((d) => d.territory.slug === slug);
  const titles = (slug: string) => dossier(slug)?.around.items.map((item) => item.territory.title);

  it("of the Haute-Savoie are Ain and Savoie, not the Drôme or the Puy-de-Dôme of the same région", () => {
    expect(result.errors).toEqual([]);
    expect(dossier("drome")).toBeDefined();
    expect(dossier("puy-de-dome")).toBeDefined();
    expect(dossier("haute-savoie")?.around.relation).toBe("borders");
    expect(titles("haute-savoie")).toEqual(["Ain", "Savoie"]);
  });

  it("of a région are the bordering régions that have a dossier", () => {
    expect(dossier("auvergne-rhone-alpes")?.around).toMatchObject({ relation: "borders" });
    expect(titles("auvergne-rhone-alpes")).toEqual(["Occitanie"]);
  });

  it("of a commune are the other dossiers of its EPCI, even across a département border, and not the rest of its département", () => {
    // Capdenac-Gare (Aveyron) is in the CC Grand-Figeac with Figeac (Lot); Cahors is in the Lot but not in it.
    expect(dossier("figeac")?.around).toMatchObject({ relation: "epci", places: [{ code: "200067361", name: "CC Grand-Figeac" }] });
    expect(titles("figeac")).toEqual(["Capdenac-Gare"]);
    expect(titles("capdenac-gare")).toEqual(["Figeac"]);
  });
});

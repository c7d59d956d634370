import { describe, expect, it } from "vitest";
import { ancestorsOf } from "../../scripts/geo/containment.ts";
import type { Territory } from "../../scripts/model/types.ts";

function territory(slug: string, fields: Pick<Territory, "scale"> & Partial<Pick<Territory, "code" | "communes" | "departements" | "regions">>): Territory {
  return {
    slug,
    title: slug,
    summary: "",
    url: `/territoires/${slug}/`,
    sourcePath: `content/territoires/${slug}.md`,
    bodyHtml: "",
    automatic: false,
    communes: null,
    departements: [],
    regions: [],
    places: { territoires: [slug], departements: [], regions: [] },
    ...fields,
  };
}

const occitanie = territory("occitanie", { scale: "region", code: "76", regions: ["76"] });
const lot = territory("lot", { scale: "departement", code: "46", departements: ["46"], regions: ["76"] });
const aveyron = territory("aveyron", { scale: "departement", code: "12", departements: ["12"], regions: ["76"] });
const figeac = territory("figeac", { scale: "commune", code: "46102", communes: ["46102"], departements: ["46"], regions: ["76"] });
const grandFigeac = territory("grand-figeac", {
  scale: "epci",
  code: "200067361",
  communes: ["46102", "12052"],
  departements: ["46", "12"],
  regions: ["76"],
});
const quartier = territory("quartier", { scale: "quartier", communes: ["46102"], departements: ["46"], regions: ["76"] });
const pays = territory("pays", { scale: "pays", communes: null, departements: ["46"], regions: ["76"] });

const ancestors = ancestorsOf([occitanie, lot, aveyron, figeac, grandFigeac, quartier, pays]);
const slugs = (slug: string) => ancestors.get(slug)?.map((t) => t.slug);

describe("ancestorsOf", () => {
  it("puts a commune in its EPCI, département and région, largest first", () => {
    expect(slugs("figeac")).toEqual(["occitanie", "lot", "grand-figeac"]);
  });

  it("keeps an EPCI spanning two départements out of both, but inside its région", () => {
    expect(slugs("grand-figeac")).toEqual(["occitanie"]);
  });

  it("puts a quartier inside its commune and everything above", () => {
    expect(slugs("quartier")).toEqual(["occitanie", "lot", "grand-figeac", "figeac"]);
  });

  it("puts a grouping known only by its département inside it, and nothing inside the grouping", () => {
    expect(slugs("pays")).toEqual(["occitanie", "lot"]);
    expect([...ancestors.values()].flat().map((t) => t.slug)).not.toContain("pays");
  });

  it("never makes a territory its own ancestor", () => {
    for (const [slug, list] of ancestors) expect(list.map((t) => t.slug)).not.toContain(slug);
  });
});

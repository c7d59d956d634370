import { describe, expect, it } from "vitest";
import { PAGE_SET_NAMES, everyPage, everyPageUrl, pageUrl } from "../../scripts/model/page-sets.ts";
import { checkFiles } from "../helpers/fixture-project.ts";

describe("page sets", () => {
  const observatory = checkFiles({}).observatory!;

  it("give every item the templates make a page of, by set", () => {
    const sets = everyPage(observatory);
    expect(Object.keys(sets).sort()).toEqual([...PAGE_SET_NAMES].sort());
    expect(sets.dynamiques.map((entry) => entry.slug)).toEqual(["figeacteurs"]);
    expect(sets.dossiers.map((dossier) => dossier.territory.slug)).toContain("figeac");
  });

  it("address a dossier by its territory's page and an entry by its own", () => {
    const sets = everyPage(observatory);
    const figeac = sets.dossiers.find((dossier) => dossier.territory.slug === "figeac")!;
    expect(pageUrl(figeac)).toBe(figeac.territory.url);
    expect(pageUrl(sets.dynamiques[0]!)).toBe(sets.dynamiques[0]!.url);
  });

  it("list every page's address once", () => {
    const urls = everyPageUrl(observatory);
    expect(urls).toContain(observatory.dynamiques[0]!.url);
    expect(new Set(urls).size).toBe(urls.length);
    const sets = everyPage(observatory);
    expect(urls).toHaveLength(PAGE_SET_NAMES.reduce((count, name) => count + sets[name].length, 0));
  });
});

/**
 * Search relevance on the starter content, in real Chromium: what a reader types, and the
 * result they expect first. An entry a query names comes before every dossier that only
 * gathers it; a territory's name leads to its dossier; plurals, stems and missing accents
 * still find the page; excerpts quote the matching text, never the dossiers' furniture. The
 * same holds for the index built in two parts, as a large site's is (scripts/search/index-parts.ts).
 */
import { describe, expect, it } from "vitest";
import { plain } from "../helpers/fixture-project.ts";
import { type ServedSite, useServedStarterSite } from "../helpers/served-starter-site.ts";
import { waitForResults } from "../helpers/search-page.ts";

interface Result {
  readonly title: string;
  readonly type: string;
  readonly excerpt: string;
}

async function searchIn(served: ServedSite, query: string): Promise<Result[]> {
  await served.page.goto(served.site.url(`/recherche/?q=${encodeURIComponent(query)}`));
  await waitForResults(served.page);
  const results = await served.page.$$eval("#resultats li", (items) =>
    items.map((item) => ({
      title: item.querySelector("h2")?.textContent ?? "",
      type: (item.querySelector(".meta")?.textContent ?? "").split(" · ")[0] ?? "",
      excerpt: item.querySelector("p:last-child")?.textContent ?? "",
    })),
  );
  return results.map((result) => ({ title: plain(result.title.trim()), type: result.type, excerpt: plain(result.excerpt) }));
}

/** Query → the title a reader expects first. */
const FIRST_RESULTS: ReadonlyArray<readonly [string, string]> = [
  ["Eusko", "Eusko"],
  ["monnaie", "Eusko"],
  ["monnaies locales", "Eusko"],
  ["Euskal Moneta", "Eusko"],
  ["Figeacteurs", "Figeacteurs"],
  ["Figeac", "Figeac"],
  ["Villeurbanne", "Villeurbanne"],
  ["Occitanie", "Occitanie"],
  ["Lot", "Lot"],
  ["Seine-Saint-Denis", "Seine-Saint-Denis"],
  ["Biovallee", "Biovallée"],
  ["projet alimentaire territorial", "PAT du Douaisis"],
  ["energie positive", "TEPOS Cœur Haute Lande"],
  ["bassin minier", "Mine d’Idées"],
  ["mois de l’ESS", "Le mois de l’ESS 2014 en Pays Midi-Quercy"],
  ["Nova CHILD", "Nova CHILD"],
];

describe.each([
  ["in one part", {}],
  ["in two parts", { OBSERVATOIRE_SEARCH_PARTS: "2" }],
])("search relevance on the starter content, its index %s", (_, env) => {
  const served = useServedStarterSite({}, env);
  const search = (query: string) => searchIn(served, query);

  it.each(FIRST_RESULTS)("« %s » gives « %s » first", async (query, expected) => {
    const results = await search(query);
    expect(results[0]?.title).toBe(expected);
  });

  it("puts the entry a query names before every dossier that gathers it", async () => {
    for (const query of ["Eusko", "Bliiida", "Figeacteurs", "Nova CHILD"]) {
      const results = await search(query);
      const entry = results.findIndex((result) => result.type === "Dynamique");
      const dossiers = results.flatMap((result, position) => (result.type === "Territoire" ? [position] : []));
      expect(entry, query).toBeGreaterThanOrEqual(0);
      for (const dossier of dossiers) expect(entry, `${query} : ${results[dossier]?.title}`).toBeLessThan(dossier);
    }
  });

  it("finds plurals, stems and words typed without accents", async () => {
    const tiersLieux = (await search("tiers-lieux")).slice(0, 2).map((result) => result.title);
    expect(tiersLieux.sort()).toEqual(["Bliiida", "Imaginations Fertiles"]);
    expect((await search("pôles de compétitivité")).slice(0, 2).map((result) => result.title).sort()).toEqual([
      "Pôle Mer Bretagne Atlantique",
      "Pôle Mer Méditerranée",
    ]);
    const zeroChomeur = (await search("chomeurs")).slice(0, 2).map((result) => result.title);
    expect(zeroChomeur.sort()).toEqual(["Territoire zéro chômeur de longue durée de Prémery", "Territoire zéro chômeur de longue durée de Villeurbanne"]);
    const withoutAccent = (await search("cooperation")).map((result) => result.title);
    const withAccent = (await search("coopération")).map((result) => result.title);
    expect(withoutAccent.length).toBeGreaterThan(0);
    expect(withoutAccent.slice(0, 3)).toEqual(withAccent.slice(0, 3));
    expect([...withoutAccent].sort()).toEqual([...withAccent].sort());
  });

  it("quotes the matching sentence in excerpts, never the key figures of a dossier", async () => {
    for (const query of ["monnaie", "Figeac", "Occitanie"]) {
      const results = await search(query);
      expect(results.length).toBeGreaterThan(0);
      for (const result of results) {
        expect(result.excerpt, `${query} : ${result.title}`).not.toMatch(/Chiffres clés|\b0 (dynamique|visite|événement)/);
        expect(result.excerpt.length, `${query} : ${result.title}`).toBeGreaterThan(0);
      }
    }
  });
});

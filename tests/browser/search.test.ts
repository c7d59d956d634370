/**
 * Search in real headless Chromium against the built starter site: from the header box
 * of any page, in French, with filters kept in the URL.
 */
import { describe, expect, it } from "vitest";
import { useServedStarterSite } from "../helpers/served-starter-site.ts";
import { plain } from "../helpers/fixture-project.ts";
import { resultTitles, searchStatus, waitForResults } from "../helpers/search-page.ts";

const served = useServedStarterSite();

async function search(query: string): Promise<string[]> {
  await served.page.goto(served.site.url(`/recherche/?q=${encodeURIComponent(query)}`));
  await waitForResults(served.page);
  return resultTitles(served.page);
}

describe("search on the starter site", () => {
  it("leads from the header box of any page to the results", async () => {
    await served.page.goto(served.site.url("/territoires/lot/"));
    await served.page.fill("#recherche-entete", "Figeacteurs");
    await served.page.press("#recherche-entete", "Enter");
    await served.page.waitForURL(/\/recherche\/\?q=Figeacteurs/);
    await waitForResults(served.page);
    expect((await resultTitles(served.page))[0]).toBe("Figeacteurs");
    expect(await searchStatus(served.page)).toMatch(/^\d+ résultats? pour « Figeacteurs »\.$/);
  });

  it("finds a dynamic by its name, and a territory's dossier first by the territory's name", async () => {
    expect((await search("Eusko"))[0]).toBe("Eusko");
    expect((await search("Figeac"))[0]).toBe("Figeac");
    expect((await search("Villeurbanne"))[0]).toBe("Villeurbanne");
  });

  it("matches a French plural with its singular", async () => {
    const titles = await search("monnaies locales");
    expect(titles[0]).toBe("Eusko");
    expect((await search("pôles de compétitivité")).slice(0, 2).sort()).toEqual(["Pôle Mer Bretagne Atlantique", "Pôle Mer Méditerranée"]);
  });

  it("shows each result's type, date, territory and a highlighted excerpt", async () => {
    await search("Figeac");
    const results = await served.page.$$eval("#resultats li", (items) =>
      items.map((item) => ({
        title: item.querySelector("h2")?.textContent ?? "",
        meta: item.querySelector(".meta")?.textContent ?? "",
        marks: item.querySelectorAll("p mark").length,
      })),
    );
    const visit = results.find((result) => plain(result.title) === "Visite d’étude du Labo de l’ESS à Figeac");
    expect(plain(visit?.meta ?? "")).toBe("Visite d’étude · 30 et 31 octobre 2018 · Figeac");
    expect(visit?.marks).toBeGreaterThan(0);
  });

  it("says so in French when nothing matches", async () => {
    expect(await search("xylophoneinexistant")).toEqual([]);
    expect(await searchStatus(served.page)).toBe("Aucun résultat pour « xylophoneinexistant ».");
  });

  it("narrows results with a filter, and keeps query and filter through a reload", async () => {
    const all = await search("ESS");
    await served.page.getByLabel(/^Événement \(\d+\)$/).check();
    await served.page.waitForURL(/type=%C3%89v%C3%A9nement/);
    await waitForResults(served.page);
    const events = await resultTitles(served.page);
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(all.length);
    await served.page.reload();
    await waitForResults(served.page);
    expect(await resultTitles(served.page)).toEqual(events);
    expect(await served.page.getByLabel(/^Événement \(\d+\)$/).isChecked()).toBe(true);
    expect(await served.page.inputValue("#recherche")).toBe("ESS");
  });

  it("goes back to the previous search with the back button", async () => {
    await search("Figeac");
    await served.page.getByLabel(/^Dynamique \(\d+\)$/).check();
    await served.page.waitForURL(/type=Dynamique/);
    await waitForResults(served.page);
    await served.page.goBack();
    await waitForResults(served.page);
    expect(served.page.url()).not.toContain("type=");
    expect((await resultTitles(served.page))[0]).toBe("Figeac");
  });

  it("sorts by date, the most recent first", async () => {
    await served.page.goto(served.site.url("/recherche/?tri=date&type=%C3%89v%C3%A9nement"));
    await waitForResults(served.page);
    const dates = await served.page.$$eval("#resultats .meta", (metas) => metas.map((meta) => meta.textContent ?? ""));
    expect(dates).toHaveLength(3);
    expect(dates.map((meta) => meta.match(/\b(20\d\d)\b/)?.[1])).toEqual(["2018", "2014", "2013"]);
  });
});

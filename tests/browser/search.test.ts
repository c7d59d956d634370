/**
 * Search in real headless Chromium against the built starter site: from the header box
 * of any page, in French, with filters kept in the URL.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { PROJECT_ROOT, plain } from "../helpers/fixture-project.ts";
import { makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";
import { resultTitles, searchStatus, waitForResults } from "../helpers/search-page.ts";
import { serveSite, type StaticSite } from "../helpers/static-server.ts";

let root: string;
let site: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  root = makeSiteProject({ from: join(PROJECT_ROOT, "content") });
  expect(runCli("build", [], root).status).toBe(0);
  site = await serveSite(join(root, "_site"));
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  removeProject(root);
});

async function search(query: string): Promise<string[]> {
  await page.goto(site.url(`/recherche/?q=${encodeURIComponent(query)}`));
  await waitForResults(page);
  return resultTitles(page);
}

describe("search on the starter site", () => {
  it("leads from the header box of any page to the results", async () => {
    await page.goto(site.url("/territoires/lot/"));
    await page.fill("#recherche-entete", "Figeacteurs");
    await page.press("#recherche-entete", "Enter");
    await page.waitForURL(/\/recherche\/\?q=Figeacteurs/);
    await waitForResults(page);
    expect((await resultTitles(page))[0]).toBe("Figeacteurs");
    expect(await searchStatus(page)).toMatch(/^\d+ résultats? pour « Figeacteurs »\.$/);
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
    const results = await page.$$eval("#resultats li", (items) =>
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
    expect(await searchStatus(page)).toBe("Aucun résultat pour « xylophoneinexistant ».");
  });

  it("narrows results with a filter, and keeps query and filter through a reload", async () => {
    const all = await search("ESS");
    await page.getByLabel(/^Événement \(\d+\)$/).check();
    await page.waitForURL(/type=%C3%89v%C3%A9nement/);
    await waitForResults(page);
    const events = await resultTitles(page);
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(all.length);
    await page.reload();
    await waitForResults(page);
    expect(await resultTitles(page)).toEqual(events);
    expect(await page.getByLabel(/^Événement \(\d+\)$/).isChecked()).toBe(true);
    expect(await page.inputValue("#recherche")).toBe("ESS");
  });

  it("goes back to the previous search with the back button", async () => {
    await search("Figeac");
    await page.getByLabel(/^Dynamique \(\d+\)$/).check();
    await page.waitForURL(/type=Dynamique/);
    await waitForResults(page);
    await page.goBack();
    await waitForResults(page);
    expect(page.url()).not.toContain("type=");
    expect((await resultTitles(page))[0]).toBe("Figeac");
  });

  it("sorts by date, the most recent first", async () => {
    await page.goto(site.url("/recherche/?tri=date&type=%C3%89v%C3%A9nement"));
    await waitForResults(page);
    const dates = await page.$$eval("#resultats .meta", (metas) => metas.map((meta) => meta.textContent ?? ""));
    expect(dates).toHaveLength(3);
    expect(dates.map((meta) => meta.match(/\b(20\d\d)\b/)?.[1])).toEqual(["2018", "2014", "2013"]);
  });
});

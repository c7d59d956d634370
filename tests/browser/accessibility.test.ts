/** axe-core (WCAG 2.1 A and AA) in real Chromium on every kind of page, the search page with results and filters included. */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../helpers/axe.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";
import { makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";
import { waitForResults } from "../helpers/search-page.ts";
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
  page = await (await browser.newContext({ bypassCSP: true, serviceWorkers: "block" })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  removeProject(root);
});

describe("accessibility", () => {
  it("catches a real violation (the check itself works)", async () => {
    await page.setContent('<!doctype html><html lang="fr"><title>t</title><main><img src="x.png"><input type="text"></main></html>');
    expect((await axeViolations(page)).map((v) => v.split(":")[0]).sort()).toEqual(["image-alt", "label"]);
  });

  it("has no axe violation on the search page, with results and filters shown", async () => {
    await page.goto(site.url("/recherche/?q=Figeac&type=Territoire"));
    await waitForResults(page);
    expect(await page.locator("#resultats li").count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each([
    ["the home page", "/"],
    ["a commune dossier", "/territoires/figeac/"],
    ["a département dossier", "/territoires/lot/"],
    ["a région dossier", "/territoires/occitanie/"],
    ["a grouping dossier", "/territoires/pays-midi-quercy/"],
    ["a dynamic", "/dynamiques/figeacteurs/"],
    ["a visit", "/visites/figeac-2018/"],
    ["an event with sessions", "/evenements/mois-ess-2014-pays-midi-quercy/"],
    ["the dynamics index", "/dynamiques/"],
    ["the territories index with its map", "/territoires/"],
    ["the chronology", "/chronologie/"],
    ["a theme", "/themes/cooperation-economique/"],
    ["an actor", "/acteurs/regain/"],
    ["the data page", "/donnees/"],
    ["the offline notice", "/hors-ligne/"],
  ])("has no axe violation on %s", async (_name, path) => {
    await page.goto(site.url(path));
    expect(await axeViolations(page)).toEqual([]);
  });
});

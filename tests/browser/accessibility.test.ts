/** axe-core (WCAG 2.1 A and AA) in real Chromium on every kind of page, the search page with results and filters included. */
import { describe, expect, it } from "vitest";
import { useServedStarterSite } from "../helpers/served-starter-site.ts";
import { axeViolations } from "../helpers/axe.ts";
import { waitForResults } from "../helpers/search-page.ts";

const served = useServedStarterSite({ bypassCSP: true, serviceWorkers: "block" });

describe("accessibility", () => {
  it("catches a real violation (the check itself works)", async () => {
    await served.page.setContent('<!doctype html><html lang="fr"><title>t</title><main><img src="x.png"><input type="text"></main></html>');
    expect((await axeViolations(served.page)).map((v) => v.split(":")[0]).sort()).toEqual(["image-alt", "label"]);
  });

  it("has no axe violation on the search page, with results and filters shown", async () => {
    await served.page.goto(served.site.url("/recherche/?q=Figeac&type=Territoire"));
    await waitForResults(served.page);
    expect(await served.page.locator("#resultats li").count()).toBeGreaterThan(0);
    expect(await axeViolations(served.page)).toEqual([]);
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
    await served.page.goto(served.site.url(path));
    expect(await axeViolations(served.page)).toEqual([]);
  });
});

/** The map in real Chromium: under the site's CSP, with axe-core, and with the keyboard. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderFranceMap } from "../../scripts/map/france-map.ts";
import { axeViolations } from "../helpers/axe.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

const CSP = (JSON.parse(readFileSync(join(PROJECT_ROOT, "data", "site.json"), "utf8")) as { contentSecurityPolicy: string })
  .contentSecurityPolicy;

function page(svg: string): string {
  return (
    `<!doctype html><html lang="fr"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}"><title>Carte</title></head>` +
    `<body><main><h1>Carte</h1>${svg}</main></body></html>`
  );
}

const SVG = renderFranceMap({
  title: "Les dynamiques sur la carte de France",
  markers: [
    { label: "Figeacteurs", url: "/dynamiques/figeacteurs/", point: { lat: 44.608, lon: 2.031 } },
    { label: `Tiers-lieu « <script>alert(1)</script> » & co`, url: "/dynamiques/x/?a=1&b=2", point: { lat: 49.12, lon: 6.18 } },
    { label: "Saint-Denis (La Réunion)", url: "/territoires/saint-denis/", point: { lat: -20.88, lon: 55.45 } },
  ],
  highlight: { regions: ["76"] },
});

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("the map in a browser", () => {
  it("breaks no rule of the site's CSP and runs nothing", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    tab.on("dialog", (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await tab.setContent(page(SVG));
    expect(await tab.locator("svg.france-map path[data-code]").count()).toBe(101);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("has no axe violation, and every marker is a link reached with Tab and named by its label", async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const tab = await context.newPage();
    await tab.setContent(page(SVG));
    expect(await axeViolations(tab)).toEqual([]);

    expect(await tab.getByRole("group", { name: "Les dynamiques sur la carte de France" }).count()).toBe(1);
    const names: string[] = [];
    for (let index = 0; index < 3; index++) {
      await tab.keyboard.press("Tab");
      names.push(await tab.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? ""));
    }
    expect(names).toEqual(["Figeacteurs", "Tiers-lieu « <script>alert(1)</script> » & co", "Saint-Denis (La Réunion)"]);
    await expect(tab.getByRole("link", { name: "Figeacteurs" }).getAttribute("href")).resolves.toBe("/dynamiques/figeacteurs/");
    await expect(tab.getByRole("link", { name: /^Tiers-lieu/ }).getAttribute("href")).resolves.toBe("/dynamiques/x/?a=1&b=2");
    await context.close();
  });
});

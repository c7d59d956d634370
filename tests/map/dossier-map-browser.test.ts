/**
 * The maps of the built starter site in real Chromium: a commune dossier zoomed on its
 * département, a région dossier on the région alone, the home page on France with its insets.
 * Sizes are read from what the browser lays out, not from the SVG text. Set MAP_SCREENSHOTS to
 * a folder to keep a picture of each map there, to look at.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useServedStarterSite } from "../helpers/served-starter-site.ts";

const OCCITANIE = ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"];

const served = useServedStarterSite({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });

interface Layout {
  readonly viewBox: string | null;
  /** Share of the map's area that the framed départements' bounding box covers. */
  readonly frameCoverage: number | null;
  readonly frameCodes: string | null;
  /** What the browser paints at the centre of the frame. */
  readonly atFrameCentre: string | null;
}

async function mapLayout(page: Page): Promise<Layout> {
  await page.locator("figure.map").first().scrollIntoViewIfNeeded();
  return page.evaluate(() => {
    const svg = document.querySelector("figure.map svg.france-map");
    if (!svg) throw new Error("no map");
    const box = svg.getBoundingClientRect();
    const frame = svg.querySelector("[data-codes]");
    const frameBox = frame?.getBoundingClientRect();
    const centre = frameBox && document.elementFromPoint(frameBox.x + frameBox.width / 2, frameBox.y + frameBox.height / 2);
    return {
      viewBox: svg.getAttribute("viewBox"),
      frameCoverage: frameBox ? (frameBox.width * frameBox.height) / (box.width * box.height) : null,
      frameCodes: frame?.getAttribute("data-codes") ?? null,
      atFrameCentre: centre ? centre.getAttribute("class") : null,
    };
  });
}

async function keepPicture(page: Page, name: string): Promise<void> {
  const folder = process.env["MAP_SCREENSHOTS"];
  if (folder) await page.locator("figure.map").first().screenshot({ path: join(folder, name) });
}

function requestsOffSite(page: Page): string[] {
  const off: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(served.site.url("/"))) off.push(request.url());
  });
  return off;
}

describe("the maps of the site", () => {
  it("zoom the Figeac (46102) dossier on the Lot: the département fills the map, Figeac and its dynamic on it", async () => {
    const page = served.page;
    const off = requestsOffSite(page);
    await page.goto(served.site.url("/territoires/figeac/"));
    const layout = await mapLayout(page);
    expect(layout.viewBox).not.toBe("0 0 640 540");
    expect(layout.frameCodes).toBe("46");
    expect(layout.frameCoverage).toBeGreaterThan(0.8);
    expect(layout.atFrameCentre).toBe("france-map-frame");
    await expect(page.getByRole("group", { name: "Figeac sur la carte du Lot" }).count()).resolves.toBe(1);

    // The dynamic is a link reached with the keyboard right after the map's heading, and listed under the map.
    await page.locator("#carte").evaluate((heading) => {
      (heading as HTMLElement).tabIndex = -1;
      (heading as HTMLElement).focus();
    });
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Figeacteurs");
    await expect(page.locator("figure.map figcaption a").getAttribute("href")).resolves.toBe("/dynamiques/figeacteurs/");
    expect(off).toEqual([]);
    await keepPicture(page, "carte-figeac.png");
  });

  it("show the Occitanie dossier on the région only", async () => {
    const page = served.page;
    await page.goto(served.site.url("/territoires/occitanie/"));
    const layout = await mapLayout(page);
    expect(layout.frameCodes).toBe(OCCITANIE.join(" "));
    expect(layout.frameCoverage).toBeGreaterThan(0.75);
    expect(layout.atFrameCentre).toBe("france-map-frame france-map-highlight");
    // No département of elsewhere drawn on its own, no outline of the whole country fetched.
    expect(await page.locator("figure.map [data-code]").count()).toBe(0);
    expect(await page.locator('figure.map use[href*="carte-france.svg"]').count()).toBe(0);
    await keepPicture(page, "carte-occitanie.png");
  });

  it("keep France with its overseas insets on the home page", async () => {
    const page = served.page;
    await page.goto(served.site.url("/"));
    expect(await page.locator("figure.map svg.france-map").getAttribute("viewBox")).toBe("0 0 640 540");
    expect(await page.locator("figure.map .france-map-inset").count()).toBe(5);
    expect(await page.locator('figure.map use[href$="carte-france.svg#departements"]').count()).toBe(1);
    // The outline file is drawn: the country spans most of the map's width.
    const width = await page.locator('figure.map use[href$="#departements"]').evaluate((use) => (use as SVGGraphicsElement).getBBox().width);
    expect(width).toBeGreaterThan(400);
    await keepPicture(page, "carte-accueil.png");
  });
});

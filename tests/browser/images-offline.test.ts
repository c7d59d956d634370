/**
 * Images in real headless Chromium, with the network cut after one online visit: the image at
 * the top of an entry and the image of its text show from the offline copy, whether the whole
 * site was precached or only the visited page was kept (a budget of one byte).
 */
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { buildImageSite } from "../helpers/image-site.ts";
import { removeProject } from "../helpers/run-cli.ts";
import { waitForOfflineCopy } from "../helpers/search-page.ts";
import { serveSite, type StaticSite } from "../helpers/static-server.ts";

const ENTRY = `---
title: Coopérative Oxalis
summary: Coopérative d’activité et d’emploi, décrite pour vérifier les images hors connexion.
kind: ptce
territory: figeac
image:
  src: oxalis.jpg
  alt: Façade de la coopérative
sources:
  - title: Le Labo de l’ESS en visite à Figeac
---
${"Un paragraphe de texte pour que l’image du texte soit plus bas dans la page.\n\n".repeat(3)}
![Plan des ateliers](../medias/plan.png)
`;

let browser: Browser;
const cleanups: Array<() => Promise<void> | void> = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await browser?.close();
});

async function builtSite(settings: Record<string, unknown> = {}): Promise<{ site: StaticSite; context: BrowserContext; page: Page }> {
  const root = await buildImageSite({ settings, entry: ENTRY });
  const site = await serveSite(join(root, "_site"), "/");
  const context = await browser.newContext();
  const page = await context.newPage();
  cleanups.push(() => removeProject(root), () => site.close(), () => context.close());
  return { site, context, page };
}

/** Each image of the page, scrolled into view (the text's image loads lazily), once loaded or failed. */
async function imagesShown(page: Page): Promise<Array<{ alt: string; width: number }>> {
  const images = page.locator("main img");
  const count = await images.count();
  const shown: Array<{ alt: string; width: number }> = [];
  for (let index = 0; index < count; index += 1) {
    const image = images.nth(index);
    await image.scrollIntoViewIfNeeded();
    await page.waitForFunction((element) => (element as HTMLImageElement).complete, await image.elementHandle());
    shown.push(await image.evaluate((element: HTMLImageElement) => ({ alt: element.alt, width: element.naturalWidth })));
  }
  return shown;
}

describe("images of the offline copy", () => {
  it("show on a page never visited, from the copy made at the first visit", async () => {
    const { site, context, page } = await builtSite();
    await page.goto(site.url("/"));
    await waitForOfflineCopy(page);
    await site.close();
    await context.setOffline(true);

    await page.goto(site.url("/dynamiques/oxalis/"));
    const shown = await imagesShown(page);
    // French typography binds short words with no-break spaces.
    expect(shown.map((image) => image.alt.replace(/[\u00a0\u202f]/g, " "))).toEqual(["Façade de la coopérative", "Plan des ateliers"]);
    for (const image of shown) expect(image.width, image.alt).toBeGreaterThan(0);
  });

  it("show on the visited page when the budget keeps nothing else", async () => {
    const { site, context, page } = await builtSite({ offline: { precacheBudgetBytes: 1 } });
    await page.goto(site.url("/"));
    await waitForOfflineCopy(page);
    await page.goto(site.url("/dynamiques/oxalis/"));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect((await imagesShown(page)).every((image) => image.width > 0)).toBe(true);
    await site.close();
    await context.setOffline(true);

    await page.reload();
    const shown = await imagesShown(page);
    expect(shown).toHaveLength(2);
    for (const image of shown) expect(image.width, image.alt).toBeGreaterThan(0);
  });
});

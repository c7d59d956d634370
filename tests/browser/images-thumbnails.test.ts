/**
 * The thumbnail of an entry in a list, in real headless Chromium: its box is reserved before
 * its file arrives (6rem × 4.5rem, the stylesheet's 4:3), so nothing on the page moves when the
 * image shows; and the browser loads one of its small published sizes, not a page-wide one.
 */
import { join } from "node:path";
import type { Browser, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { buildImageSite } from "../helpers/image-site.ts";
import { removeProject } from "../helpers/run-cli.ts";
import { serveSite, type StaticSite } from "../helpers/static-server.ts";

let browser: Browser;
let root: string;
let site: StaticSite;

beforeAll(async () => {
  root = await buildImageSite();
  site = await serveSite(join(root, "_site"), "/");
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  removeProject(root);
});

interface Box {
  readonly top: number;
  readonly height: number;
  readonly width: number;
}

describe("an entry's thumbnail in a list", () => {
  it("keeps its place while loading: the list does not move when the image arrives", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    try {
      const page = await context.newPage();
      // Image files wait until the layout without them has been measured.
      const held: Route[] = [];
      let released = false;
      await page.route("**/medias/**", (route) => (released ? route.continue() : void held.push(route)));
      await page.goto(site.url("/dynamiques/"), { waitUntil: "domcontentloaded" });

      const layout = () =>
        page.evaluate(() => {
          const box = (element: Element) => {
            const rect = element.getBoundingClientRect();
            return { top: rect.top, height: rect.height, width: rect.width };
          };
          const thumbnail = document.querySelector(".entry-list picture img") as HTMLImageElement;
          return {
            thumbnail: box(thumbnail),
            loaded: thumbnail.complete && thumbnail.naturalWidth > 0,
            items: [...document.querySelectorAll(".entry-list li")].map(box),
          };
        });
      const before = await layout();
      expect(before.loaded).toBe(false);
      // 6rem wide, 4:3, before a single byte of the image has come.
      expect(before.thumbnail).toMatchObject({ width: 96, height: 72 });

      released = true;
      for (const route of held.splice(0)) await route.continue();
      await page.waitForFunction(() => {
        const image = document.querySelector(".entry-list picture img") as HTMLImageElement | null;
        return image !== null && image.complete && image.naturalWidth > 0;
      });
      const after = await layout();
      expect(after.thumbnail).toEqual(before.thumbnail);
      expect(after.items as Box[]).toEqual(before.items);

      // A screen of one device pixel per CSS pixel takes the 128-pixel size, in the first format it knows.
      const chosen = await page.evaluate(() => (document.querySelector(".entry-list picture img") as HTMLImageElement).currentSrc);
      expect(chosen).toMatch(/\/medias\/oxalis-[\w-]+-128\.avif$/);
    } finally {
      await context.close();
    }
  });
});

/** Printing a dossier from Chromium gives a clean A4 document: several pages of content, no navigation. */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";
import { makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";
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
  page = await (await browser.newContext({ serviceWorkers: "block" })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  removeProject(root);
});

describe("printing a dossier", () => {
  it("gives an A4 PDF of more than one page", async () => {
    await page.goto(site.url("/territoires/occitanie/"));
    const pdf = (await page.pdf({ format: "A4", printBackground: false })).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 595\.9\d* 842\.\d+\s*\]|\/MediaBox\s*\[\s*0 0 595 842\s*\]/);
  });

  it("hides navigation, search and correction links, keeps the content and writes out link addresses", async () => {
    await page.emulateMedia({ media: "print" });
    await page.goto(site.url("/territoires/occitanie/"));
    for (const selector of [".site-header", ".breadcrumb", ".edit-link", ".site-footer ul"]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    for (const selector of ["h1", "#chiffres", "#dynamiques", "#sources"]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    const shownAddress = await page.evaluate(() => {
      const link = document.querySelector("main .sources a[href^='http']");
      return link ? getComputedStyle(link, "::after").content : "";
    });
    expect(shownAddress).toMatch(/^"? ?<"? ?attr\(href\)|https?:\/\//);
    await page.emulateMedia({ media: "screen" });
  });
});

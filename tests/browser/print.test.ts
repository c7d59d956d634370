/** Printing a dossier from Chromium gives a clean A4 document: several pages of content, no navigation. */
import { describe, expect, it } from "vitest";
import { useServedStarterSite } from "../helpers/served-starter-site.ts";

const served = useServedStarterSite({ serviceWorkers: "block" });

describe("printing a dossier", () => {
  it("gives an A4 PDF of more than one page", async () => {
    await served.page.goto(served.site.url("/territoires/occitanie/"));
    const pdf = (await served.page.pdf({ format: "A4", printBackground: false })).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 595\.9\d* 842\.\d+\s*\]|\/MediaBox\s*\[\s*0 0 595 842\s*\]/);
  });

  it("hides navigation, search and correction links, keeps the content and writes out link addresses", async () => {
    await served.page.emulateMedia({ media: "print" });
    await served.page.goto(served.site.url("/territoires/occitanie/"));
    for (const selector of [".site-header", ".breadcrumb", ".edit-link", ".site-footer ul"]) {
      expect(await served.page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    for (const selector of ["h1", "#chiffres", "#dynamiques", "#sources"]) {
      expect(await served.page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    const shownAddress = await served.page.evaluate(() => {
      const link = document.querySelector("main .sources a[href^='http']");
      return link ? getComputedStyle(link, "::after").content : "";
    });
    expect(shownAddress).toMatch(/^"? ?<"? ?attr\(href\)|https?:\/\//);
    await served.page.emulateMedia({ media: "screen" });
  });
});

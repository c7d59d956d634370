/**
 * Printing a dossier from Chromium gives a clean A4 report: no navigation, sections that
 * follow one another (a small dossier on two pages at most), the map beside the key figures,
 * and every link's full address written out for a reader of paper.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readSiteSettings } from "../../scripts/publish/site-settings.ts";
import { PROJECT_ROOT, plain } from "../helpers/fixture-project.ts";
import { pdfPageCount } from "../helpers/pdf-pages.ts";
import { useServedStarterSite } from "../helpers/served-starter-site.ts";

const served = useServedStarterSite({ serviceWorkers: "block" });

describe("printing a dossier", () => {
  it("gives an A4 PDF of more than one page", async () => {
    await served.page.goto(served.site.url("/territoires/occitanie/"));
    const printed = await served.page.pdf({ format: "A4", printBackground: false });
    expect(pdfPageCount(printed)).toBeGreaterThan(1);
    const pdf = printed.toString("latin1");
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
    // No emulation left behind: emulating « screen » would make page.pdf() print with the screen's styles.
    await served.page.emulateMedia({ media: null });
  });

  it("prints a small dossier (Figeac) on at most two A4 pages", async () => {
    await served.page.goto(served.site.url("/territoires/figeac/"));
    expect(pdfPageCount(await served.page.pdf({ format: "A4" }))).toBeLessThanOrEqual(2);
  });

  it("leaves no blank half-page in a région dossier: no more pages than its content fills, one for breaks", async () => {
    await served.page.goto(served.site.url("/territoires/occitanie/"));
    const pages = pdfPageCount(await served.page.pdf({ format: "A4" }));
    // The document laid out for print at the width of an A4 page's text, against the height of that text.
    const { height, pageHeight } = await inPrint(served.page, { width: 680, height: 1000 }, () => {
      const probe = document.createElement("div");
      probe.style.height = "100mm";
      document.body.append(probe);
      const mm = probe.getBoundingClientRect().height / 100;
      probe.remove();
      // A4 is 297 mm high; the @page margins of style.css take 15 and 17 mm.
      return { height: document.documentElement.scrollHeight, pageHeight: (297 - 15 - 17) * mm };
    });
    expect(pages).toBeLessThanOrEqual(Math.ceil(height / pageHeight) + 1);
  });

  it("puts the map beside the key figures, at a size for paper", async () => {
    await served.page.goto(served.site.url("/territoires/figeac/"));
    const { figures, map } = await inPrint(served.page, { width: 680, height: 1000 }, () => {
      const box = (selector: string) => {
        const rect = document.querySelector(selector)!.getBoundingClientRect();
        return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, width: rect.width };
      };
      return { figures: box("section[aria-labelledby='chiffres']"), map: box("section[aria-labelledby='carte'] svg") };
    });
    expect(map.left).toBeGreaterThanOrEqual(figures.right);
    expect(map.top).toBeLessThan(figures.bottom);
    expect(map.width).toBeLessThan(680 / 2);
  });

  it("writes out each link of the site with the site's full address, from the settings", async () => {
    const origin = new URL(readSiteSettings(PROJECT_ROOT).url).origin;
    await served.page.goto(served.site.url("/territoires/figeac/"));
    const printed = await inPrint(served.page, { width: 680, height: 1000 }, () =>
      [...document.querySelectorAll<HTMLAnchorElement>("main a[href^='/']")]
        .filter((link) => link.checkVisibility() && !link.closest(".france-map"))
        .map((link) => ({ href: link.getAttribute("href") ?? "", after: getComputedStyle(link, "::after").content })),
    );
    expect(printed.length).toBeGreaterThan(5);
    expect(printed.map(({ href }) => href)).toContain("/visites/figeac-2018/");
    for (const { href, after } of printed) expect(generatedText(after), href).toBe(` <${origin}${href}>`);
  });

  it("ends with the edition's date and the page's own address", async () => {
    await served.page.goto(served.site.url("/territoires/figeac/"));
    const footer = await inPrint(served.page, { width: 680, height: 1000 }, () => (document.querySelector(".site-footer") as HTMLElement).innerText);
    const origin = new URL(readSiteSettings(PROJECT_ROOT).url).origin;
    expect(plain(footer)).toMatch(/édition publiée le \d{1,2}(er)? \p{L}+ \d{4}\./u);
    expect(plain(footer)).toContain(`Source de cette page : ${origin}/territoires/figeac/`);
  });
});

/** Runs `read` in the page laid out for print at `viewport`, then ends the emulation (page.pdf() prints as usual). */
async function inPrint<T>(page: Page, viewport: { width: number; height: number }, read: () => T): Promise<T> {
  const screen = page.viewportSize();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ media: "print" });
  try {
    return await page.evaluate(read);
  } finally {
    await page.emulateMedia({ media: null });
    if (screen) await page.setViewportSize(screen);
  }
}

/** The text a computed `content` value generates: its strings, one after the other. */
function generatedText(content: string): string {
  const strings = [...content.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => (match[1] ?? "").replace(/\\(.)/g, "$1"));
  return strings.join("");
}

/**
 * The search page puts its results first, in real headless Chromium on the built starter
 * site: at a desktop width and a phone width, the first result is on screen without
 * scrolling past the filters, the filters are collapsed groups a keyboard opens and closes,
 * long groups show their most frequent values first, and nothing moves while the results
 * and their counts arrive.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useServedStarterSite } from "../helpers/served-starter-site.ts";
import { axeViolations } from "../helpers/axe.ts";
import { waitForResults } from "../helpers/search-page.ts";

// The CSP is bypassed only to inject axe-core.
const served = useServedStarterSite({ serviceWorkers: "block", bypassCSP: true });

const WIDTHS = [
  { name: "a desktop screen (1280 × 800)", viewport: { width: 1280, height: 800 } },
  { name: "a phone (390 × 844)", viewport: { width: 390, height: 844 } },
] as const;

/** Layout shifts the page made on its own (not in answer to the reader), summed as the CLS metric does. */
async function unpromptedLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        // Buffered entries are delivered in the next task.
        setTimeout(() => resolve(total), 100);
      }),
  );
}

async function openSearch(page: Page, query: string): Promise<void> {
  await page.goto(served.site.url(`/recherche/?q=${encodeURIComponent(query)}`));
  await waitForResults(page);
}

describe.each(WIDTHS)("the search page on $name", ({ viewport }) => {
  it("shows the whole first result without scrolling, the filter groups collapsed, and shifts nothing while results arrive", async () => {
    const page = await served.page.context().browser()!.newPage({ viewport });
    try {
      await openSearch(page, "monnaie");
      const first = await page.locator("#resultats > li").first().boundingBox();
      expect(first).not.toBeNull();
      expect(first!.y).toBeGreaterThanOrEqual(0);
      expect(first!.y + first!.height).toBeLessThanOrEqual(viewport.height);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);

      const groups = await page.$$eval("#filtres details", (all: HTMLDetailsElement[]) => all.map((details) => ({ name: details.querySelector(".facet-name")?.textContent, open: details.open })));
      expect(groups.map((group) => group.name)).toEqual(["Type de dynamique", "Thème", "Région", "Département", "Territoire", "Année"]);
      expect(groups.every((group) => !group.open)).toBe(true);

      expect(await unpromptedLayoutShift(page)).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe("the filter groups", () => {
  it("open, filter and close from the keyboard, the URL carrying the chosen value", async () => {
    const page = served.page;
    await openSearch(page, "monnaie");
    const group = page.locator("details.facet", { has: page.locator("summary", { hasText: "Territoire" }) });
    await group.locator("summary").focus();
    await page.keyboard.press("Enter");
    expect(await group.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    // The panel's values are drawn when the group opens (its « toggle » event), as a reader sees them.
    await group.locator(".facet-options li").first().waitFor();

    // The panel's first value is the next stop of the Tab key; Space chooses it.
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const box = document.activeElement as HTMLInputElement;
      return { type: box.type, filter: box.dataset["filter"], value: box.value };
    });
    expect(focused.type).toBe("checkbox");
    expect(focused.filter).toBe("territoire");
    await page.keyboard.press("Space");
    await page.waitForURL((url) => url.searchParams.getAll("territoire").includes(focused.value));
    await waitForResults(page);
    expect(new URL(page.url()).searchParams.get("q")).toBe("monnaie");
    // The panel is redrawn with the new counts: the chosen value keeps the focus, and stays chosen.
    await page.waitForFunction(
      (value) => {
        const box = document.activeElement as HTMLInputElement;
        return box.dataset["filter"] === "territoire" && box.value === value && box.checked;
      },
      focused.value,
      { timeout: 5_000 },
    );

    await page.keyboard.press("Escape");
    expect(await group.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest("summary")?.textContent)).toContain("Territoire");
    // Closed, the group still says a value is chosen.
    expect(await group.getAttribute("class")).toContain("has-choice");

    await page.reload();
    await waitForResults(page);
    await group.locator("summary").click();
    expect(await group.getByRole("checkbox", { checked: true }).getAttribute("value")).toBe(focused.value);
  });

  it("show the most frequent values of a long group first, the rest behind « Voir plus », and find a value by name", async () => {
    const page = served.page;
    await openSearch(page, "ESS");
    const group = page.locator("details.facet", { has: page.locator("summary", { hasText: "Territoire" }) });
    const offered = Number(await group.locator(".facet-count").evaluate((count) => count.firstChild?.textContent));
    expect(offered).toBeGreaterThan(12);
    await group.locator("summary").click();
    await group.locator(".facet-options li").first().waitFor();

    const counts = async () =>
      (await group.locator(".facet-options label").allTextContents()).map((label) => Number(/\((\d+)\)$/.exec(label)?.[1]));
    const top = await counts();
    expect(top).toHaveLength(6);
    expect([...top].sort((a, b) => b - a)).toEqual(top);

    await group.getByRole("button", { name: `Voir plus (${offered - 6})` }).click();
    expect(await counts()).toHaveLength(offered);
    await group.getByRole("button", { name: "Voir moins" }).click();
    expect(await counts()).toHaveLength(6);

    // An open panel, its « Voir plus » and its box included, meets WCAG 2.1 AA.
    expect(await axeViolations(page)).toEqual([]);

    const found = async (words: string) => {
      await group.getByRole("searchbox").fill(words);
      return (await group.locator(".facet-options label").allTextContents()).map((label) => label.replace(/ \(\d+\)$/, "")).sort((a, b) => a.localeCompare(b, "fr"));
    };
    expect(await found("pays")).toEqual(["Pays basque", "Pays Midi-Quercy", "Pays Nivernais Morvan"]);
    // Accents need not be typed.
    expect(await found("negrep")).toEqual(["Nègrepelisse"]);
    // Finding a value does not search the index: the URL and results stay as they were.
    expect(new URL(page.url()).search).toBe("?q=ESS");
  });
});

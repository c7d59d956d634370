/** Reading the search page as a reader does: wait for results, then read titles and counts. */
import type { Page } from "playwright-core";
import { plain } from "./fixture-project.ts";

export async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset["searchReady"] === "true", null, { timeout: 30_000 });
  await page.waitForFunction(() => !(document.getElementById("etat-recherche")?.textContent ?? "").includes("en cours"));
}

export async function resultTitles(page: Page): Promise<string[]> {
  const titles = await page.$$eval("#resultats h2", (headings) => headings.map((heading) => heading.textContent?.trim() ?? ""));
  return titles.map(plain);
}

/** The page's main heading, no-break spaces read as spaces. */
export async function heading(page: Page): Promise<string> {
  return plain((await page.textContent("h1")) ?? "");
}

export async function searchStatus(page: Page): Promise<string> {
  return plain((await page.textContent("#etat-recherche")) ?? "");
}

/** Waits until this page is controlled by a service worker whose precache is complete. */
export async function waitForOfflineCopy(page: Page): Promise<string> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
    const keys = await caches.keys();
    return keys.find((key) => /^observatoire-[0-9a-f]+$/.test(key)) ?? "";
  });
}

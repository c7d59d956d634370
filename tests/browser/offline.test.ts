/**
 * The offline copy in real headless Chromium: after one online visit, with the network
 * cut (and the server stopped, so nothing can come from it), pages and search still work;
 * a new edition replaces the old copy; a small budget keeps the essentials; the whole
 * thing works under a path prefix.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";
import { makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";
import { heading, resultTitles, searchStatus, waitForOfflineCopy, waitForResults } from "../helpers/search-page.ts";
import { serveSite, type StaticSite } from "../helpers/static-server.ts";

let browser: Browser;
const cleanups: Array<() => Promise<void> | void> = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await browser?.close();
});

/** A built copy of the starter site, with site settings changed as given, served on its own origin. */
async function builtSite(settings: Record<string, unknown> = {}): Promise<{ root: string; site: StaticSite; context: BrowserContext; page: Page }> {
  const root = makeSiteProject({ from: join(PROJECT_ROOT, "content") });
  const settingsPath = join(root, "data", "site.json");
  writeFileSync(settingsPath, JSON.stringify({ ...JSON.parse(readFileSync(settingsPath, "utf8")), ...settings }));
  const build = runCli("build", [], root);
  expect(build.status, build.stderr).toBe(0);
  const site = await serveSite(join(root, "_site"), (settings["pathPrefix"] as string | undefined) ?? "/");
  const context = await browser.newContext();
  const page = await context.newPage();
  cleanups.push(() => removeProject(root), () => site.close(), () => context.close());
  return { root, site, context, page };
}

async function goOffline(context: BrowserContext, site: StaticSite): Promise<void> {
  await site.close();
  await context.setOffline(true);
}

describe("the offline copy", () => {
  it("opens pages never visited and searches with filters, with the network cut", async () => {
    const { site, context, page } = await builtSite();
    await page.goto(site.url("/"));
    expect(await waitForOfflineCopy(page)).toMatch(/^observatoire-[0-9a-f]{16}$/);
    await goOffline(context, site);

    await page.goto(site.url("/dynamiques/eusko/"));
    expect(await heading(page)).toBe("Eusko");
    await expect.poll(() => page.locator(".connection-status").textContent()).toMatch(/^Hors connexion\u00a0: vous consultez la copie enregistrée de l’édition du \d{1,2}(er)? \p{L}+ \d{4}\.$/u);

    await page.goto(site.url("/recherche/?q=Figeac&type=Visite%20d%E2%80%99%C3%A9tude"));
    await waitForResults(page);
    expect((await resultTitles(page))[0]).toBe("Visite d’étude du Labo de l’ESS à Figeac");
    const types = await page.$$eval("#resultats .meta", (metas) => metas.map((meta) => meta.textContent?.split(" · ")[0]));
    expect(new Set(types)).toEqual(new Set(["Visite d’étude"]));

    await page.goto(site.url("/page-qui-n-existe-pas/"));
    expect(await heading(page)).toBe("Page non disponible hors connexion");
    expect(await page.locator("main a[href='/recherche/']").count()).toBe(1);
  });

  it("keeps pages gzipped on the reader's device and gives them back byte for byte offline", async () => {
    const { root, site, context, page } = await builtSite();
    await page.goto(site.url("/"));
    const cacheName = await waitForOfflineCopy(page);
    const stored = await page.evaluate(async (name) => {
      const response = await (await caches.open(name)).match("/territoires/occitanie/");
      return { gzipped: response?.headers.get("x-observatoire-gzip"), bytes: (await response?.arrayBuffer())?.byteLength };
    }, cacheName);
    const published = readFileSync(join(root, "_site", "territoires", "occitanie", "index.html"), "utf8");
    expect(stored.gzipped).toBe("1");
    expect(stored.bytes).toBeLessThan(Buffer.byteLength(published) / 3);

    await goOffline(context, site);
    const response = await page.goto(site.url("/territoires/occitanie/"));
    expect(await response?.text()).toBe(published);
    expect(await heading(page)).toBe("Occitanie");
  });

  it("tells the reader a page comes from the offline copy even when the browser believes it is online", async () => {
    // Behind a captive portal, on a failing connection or when only the site is down,
    // navigator.onLine stays true: only the service worker knows where the page came from.
    const { site, page } = await builtSite();
    await page.goto(site.url("/"));
    await waitForOfflineCopy(page);
    await page.goto(site.url("/dynamiques/bliiida/"));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await page.locator(".connection-status").isHidden()).toBe(true);

    await site.close();
    await page.goto(site.url("/territoires/figeac/"));
    expect(await heading(page)).toBe("Figeac");
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    await expect.poll(() => page.locator(".connection-status").textContent()).toMatch(/^Hors connexion\u00a0: vous consultez la copie enregistrée/u);
    expect(await page.locator(".connection-status").isVisible()).toBe(true);
  });

  it("serves and searches a new edition after a rebuild, and replaces the old copy", async () => {
    const { root, site, context, page } = await builtSite();
    await page.goto(site.url("/"));
    const firstVersion = await waitForOfflineCopy(page);

    writeFileSync(
      join(root, "content", "dynamiques", "zephyrine.md"),
      "---\ntitle: Coopérative Zéphyrine\nsummary: Une coopérative ajoutée après la première édition, pour vérifier la mise à jour.\nkind: autre\nterritory: figeac\nsources:\n  - title: Source de test\n---\nLa coopérative Zéphyrine vend des girouettes.\n",
    );
    expect(runCli("build", [], root).status).toBe(0);

    await page.goto(site.url("/dynamiques/zephyrine/"));
    expect(await heading(page)).toBe("Coopérative Zéphyrine");
    await page.goto(site.url("/recherche/?q=girouettes"));
    await waitForResults(page);
    expect(await resultTitles(page)).toEqual(["Coopérative Zéphyrine"]);

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).filter((key) => /^observatoire-[0-9a-f]+$/.test(key))), { timeout: 20_000 })
      .toEqual([expect.not.stringMatching(firstVersion)]);

    await goOffline(context, site);
    await page.goto(site.url("/recherche/?q=girouettes"));
    await waitForResults(page);
    expect(await resultTitles(page)).toEqual(["Coopérative Zéphyrine"]);
  });

  it("keeps the shell, the search and visited pages within a small budget, and explains the rest in French", async () => {
    const { site, context, page } = await builtSite({ offline: { precacheBudgetBytes: 1 } });
    await page.goto(site.url("/"));
    await waitForOfflineCopy(page);
    await page.goto(site.url("/dynamiques/bliiida/"));
    await goOffline(context, site);

    await page.goto(site.url("/dynamiques/bliiida/"));
    expect(await heading(page)).toBe("Bliiida");
    await page.goto(site.url("/dynamiques/eusko/"));
    expect(await heading(page)).toBe("Page non disponible hors connexion");
    await page.goto(site.url("/recherche/?q=Eusko"));
    await waitForResults(page);
    expect((await resultTitles(page))[0]).toBe("Eusko");
  });

  it("works, search and offline included, under a path prefix", async () => {
    const { site, context, page } = await builtSite({ pathPrefix: "/observatoire/" });
    await page.goto(site.url("/territoires/figeac/"));
    expect(await page.locator("a[href='/territoires/']").count()).toBe(0);
    await page.fill("#recherche-entete", "Eusko");
    await page.press("#recherche-entete", "Enter");
    await page.waitForURL(`${site.origin}/observatoire/recherche/?q=Eusko`);
    await waitForResults(page);
    await page.click("#resultats h2 a >> nth=0");
    await page.waitForURL(`${site.origin}/observatoire/dynamiques/eusko/`);
    expect(await heading(page)).toBe("Eusko");
    await waitForOfflineCopy(page);

    await goOffline(context, site);
    await page.goto(site.url("/territoires/lot/"));
    expect(await heading(page)).toBe("Lot");
    await page.goto(site.url("/recherche/?q=monnaies%20locales"));
    await waitForResults(page);
    expect((await resultTitles(page))[0]).toBe("Eusko");
    expect(await searchStatus(page)).toMatch(/résultats? pour « monnaies locales »/);
  });
});

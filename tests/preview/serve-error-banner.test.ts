/**
 * The error banner on the real preview (`npm start` on a copy of the starter content, on
 * 127.0.0.1), seen in real headless Chromium at a phone's width: a page left open shows the
 * banner as soon as a save breaks a file, with the errors `check` prints, above the last
 * valid version; every page served carries it; the files of the preview never do; the fix
 * makes it go, and the page shows the fixed text. Nothing here times anything.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatError } from "../../scripts/errors/content-error.ts";
import { contentOnDisk } from "../../scripts/pipeline/content-sources.ts";
import { runPipeline } from "../../scripts/pipeline/pipeline.ts";
import { axeViolations } from "../helpers/axe.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { PROJECT_ROOT, plain } from "../helpers/fixture-project.ts";
import { type RunningPreview, rawGet, startPreview } from "../helpers/preview-process.ts";
import { makeSiteProject, removeProject } from "../helpers/run-cli.ts";

const ENV = { OBSERVATOIRE_PUBLISHED_AT: "2026-11-23T10:00:00+01:00" };
const UPDATED = /✔ Aperçu à jour en \d+ ms/;
const KEPT = /L’aperçu montre encore la dernière version valide/;
const SERVING = /Aperçu de l’observatoire : \S+/;
const ENTRY = "content/dynamiques/figeacteurs.md";
const PAGE = "/dynamiques/figeacteurs/";
const BANNER = ".preview-errors";
/** How long a save may take to reach the open page on a busy machine: a bound, not a measure. */
const WAIT = { timeout: 60_000 };

let root: string;
let preview: RunningPreview;
let browser: Browser;
let page: Page;
let original: string;
let updates = 0;
let kept = 0;

/** The errors exactly as `npm run check` prints them for the project as it is now. */
function checkLines(): string[] {
  return runPipeline(contentOnDisk(root)).errors.map((error) => plain(formatError(error)));
}

async function bannerLines(): Promise<string[]> {
  return (await page.locator(`${BANNER} li`).allTextContents()).map(plain);
}

/** A page open in the browser, its live-reload connection up (the server's client says so). */
async function openPage(path: string): Promise<Page> {
  // The page's CSP is bypassed: axe is injected inline (axe.ts), and markup that got into the banner
  // would run rather than be stopped by the CSP, so the escaping test does not pass thanks to the CSP.
  const opened = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
  const connected = new Promise<void>((resolve) => opened.on("console", (message) => message.text().includes("Connected") && resolve()));
  await opened.goto(`${preview.origin}${path}`);
  await connected;
  return opened;
}

describe("the preview's error banner, in the browser", () => {
  beforeAll(async () => {
    root = makeSiteProject({ from: join(PROJECT_ROOT, "content") });
    original = readFileSync(join(root, ENTRY), "utf8");
    preview = await startPreview(root, ENV);
    await preview.waitForOutput(SERVING, 1);
    await preview.waitForOutput(UPDATED, ++updates);
    browser = await launchBrowser();
    page = await openPage(PAGE);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    if (root) removeProject(root);
  });

  it("shows no banner while the content is valid", async () => {
    expect(await page.locator("h1").textContent()).toBe("Figeacteurs");
    expect(await page.locator(BANNER).count()).toBe(0);
  });

  it("appears on the open page when a save breaks a file, with the errors check prints, above the last valid version", async () => {
    // A misspelt field: the entry's own page must show what is wrong with it, where.
    writeFileSync(join(root, ENTRY), original.replace(/^summary: /m, "sumary: "));
    await page.locator(BANNER).waitFor(WAIT);
    await preview.waitForOutput(KEPT, ++kept);

    const expected = checkLines();
    expect(expected).toContain(
      "content/dynamiques/figeacteurs.md:3:1  champ « sumary » inconnu. Vouliez-vous dire « summary » ? Champs possibles : title, summary, territory, themes, actors, sources, image, draft, kind, founded, website.",
    );
    expect(await bannerLines()).toEqual(expected);
    const banner = page.locator(BANNER);
    expect(await banner.getAttribute("role")).toBe("alert");
    const files = new Set(runPipeline(contentOnDisk(root)).errors.map((error) => error.file)).size;
    expect(plain((await banner.locator("h2").textContent()) ?? "")).toBe(
      `${expected.length} erreurs dans ${files} fichier${files > 1 ? "s" : ""} : cette page montre la dernière version valide`,
    );
    // First in the page, then the last valid version of it, summary included.
    expect(await page.evaluate((selector) => document.body.firstElementChild?.matches(selector), BANNER)).toBe(true);
    expect(await page.locator("h1").textContent()).toBe("Figeacteurs");
    expect(plain(await page.locator("main").innerText())).toContain("Pôle territorial de coopération économique du Figeacois");
  });

  it("is on every page served, readable at 390 px, and in no file of the preview", async () => {
    const home = await rawGet(preview.port, "/");
    expect(home.status).toBe(200);
    expect(plain(home.body)).toContain("content/dynamiques/figeacteurs.md:3:1");
    const other = await rawGet(preview.port, "/territoires/bretagne/");
    expect(plain(other.body)).toContain("content/dynamiques/figeacteurs.md:3:1");
    // The files are what `npm run build` writes: the banner is added as a page is served.
    expect(readFileSync(join(root, ".apercu", "dynamiques", "figeacteurs", "index.html"), "utf8")).not.toContain("preview-errors");
    expect(readFileSync(join(root, ".apercu", "index.html"), "utf8")).not.toContain("preview-errors");

    // Long lines wrap: nothing is wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator(BANNER).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("writes the errors' text as text: a field named like markup shows as typed, and runs nothing", async () => {
    const trap = "content/dynamiques/piege.md";
    writeFileSync(
      join(root, trap),
      `---\ntitle: Piège\nsummary: Un piège pour le bandeau de l’aperçu, avec assez de texte.\nkind: ptce\nterritory: figeac\n"<img src=x onerror=window.piege=1>": oui\n---\n`,
    );
    await page.locator(BANNER, { hasText: "piege.md" }).waitFor(WAIT);
    expect((await bannerLines()).join("\n")).toContain("content/dynamiques/piege.md:6:1  champ « <img src=x onerror=window.piege=1> » inconnu.");
    expect(await page.locator(`${BANNER} img`).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { piege?: number }).piege)).toBeUndefined();
    rmSync(join(root, trap));
    await page.locator(BANNER, { hasText: "piege.md" }).waitFor({ state: "detached", ...WAIT });
  });

  it("lists ten errors at most, then says how many more", async () => {
    const unknownFields = Array.from({ length: 12 }, (_, index) => `inconnu${index}: x`).join("\n");
    writeFileSync(join(root, ENTRY), original.replace(/^summary: /m, `${unknownFields}\nsummary: `));
    await page.locator(BANNER, { hasText: "autres erreurs" }).waitFor(WAIT);
    const expected = checkLines();
    expect(expected.length).toBeGreaterThan(10);
    expect(await bannerLines()).toEqual(expected.slice(0, 10));
    expect(plain(await page.locator(BANNER).innerText())).toContain(`et ${expected.length - 10} autres erreurs, toutes listées dans le terminal de « npm start ».`);
  });

  it("disappears when the file is fixed, and the open page shows the fixed text", async () => {
    // Still broken from the test above: the banner is there until the fix.
    expect(await page.locator(BANNER).count()).toBe(1);
    writeFileSync(join(root, ENTRY), original.replace(/^summary: "/m, 'summary: "Zinzolinesquement corrigé. '));
    await page.locator(BANNER).waitFor({ state: "detached", ...WAIT });
    await page.getByText("Zinzolinesquement", { exact: false }).first().waitFor(WAIT);
    expect(await page.locator("h1").textContent()).toBe("Figeacteurs");
    expect((await rawGet(preview.port, "/")).body).not.toContain("preview-errors");
  });
});

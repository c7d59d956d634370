/** The build's indexing step with the real Pagefind: one part for a small site, or as many as asked, each a bundle of its own. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { indexWhileRendering } from "../../scripts/search/index-in-worker.ts";

const page = (url: string, title: string) => ({ url, html: `<!DOCTYPE html><html lang="fr"><body><main data-pagefind-body><h1>${title}</h1><p>Une dynamique de l’économie sociale et solidaire.</p></main></body></html>` });
const DOCUMENTS = [page("/dynamiques/eusko/", "Eusko"), page("/dynamiques/bliiida/", "Bliiida"), page("/territoires/figeac/", "Figeac")];

let site: string | undefined;
afterEach(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

describe("indexWhileRendering", () => {
  it("indexes a small site in one part, and lists it for the search page", async () => {
    site = mkdtempSync(join(tmpdir(), "index-parts-"));
    const report = await indexWhileRendering(DOCUMENTS, join(site, "pagefind"), {});
    expect(report.pages).toBe(3);
    expect(JSON.parse(readFileSync(join(site, "pagefind", "parties.json"), "utf8"))).toEqual(["pagefind/"]);
    expect(existsSync(join(site, "pagefind", "pagefind-entry.json"))).toBe(true);
    expect(existsSync(join(site, "pagefind", "partie-2"))).toBe(false);
    // Pagefind's own interfaces: the search page has its own, so they are not published.
    expect(readdirSync(join(site, "pagefind")).filter((name) => /ui|highlight/.test(name))).toEqual([]);
    expect(existsSync(join(site, "pagefind", "pagefind.js"))).toBe(true);
  }, 60_000);

  it("builds each part as a Pagefind bundle of its own, every document in exactly one", async () => {
    site = mkdtempSync(join(tmpdir(), "index-parts-"));
    const report = await indexWhileRendering(DOCUMENTS, join(site, "pagefind"), { OBSERVATOIRE_SEARCH_PARTS: "2" });
    expect(report.pages).toBe(3);
    expect(JSON.parse(readFileSync(join(site, "pagefind", "parties.json"), "utf8"))).toEqual(["pagefind/", "pagefind/partie-2/"]);
    const pagesOf = (folder: string) => (JSON.parse(readFileSync(join(folder, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> }).languages["fr"]?.page_count;
    expect([pagesOf(join(site, "pagefind")), pagesOf(join(site, "pagefind", "partie-2"))]).toEqual([2, 1]);
  }, 60_000);

  it("never makes more parts than documents", async () => {
    site = mkdtempSync(join(tmpdir(), "index-parts-"));
    await indexWhileRendering(DOCUMENTS.slice(0, 1), join(site, "pagefind"), { OBSERVATOIRE_SEARCH_PARTS: "4" });
    expect(JSON.parse(readFileSync(join(site, "pagefind", "parties.json"), "utf8"))).toEqual(["pagefind/"]);
  }, 60_000);
});

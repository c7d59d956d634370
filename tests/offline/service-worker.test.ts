import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { choosePrecache, priorityOf, storedBytes, urlOf } from "../../scripts/offline/service-worker.ts";

const file = (path: string, bytes: number) => ({ url: urlOf(path, "/"), bytes, priority: priorityOf(path) });

describe("what the offline copy keeps", () => {
  const site = [
    file("index.html", 10),
    file("assets/style.css", 10),
    file("recherche/index.html", 10),
    file("hors-ligne/index.html", 10),
    file("pagefind/pagefind.js", 50),
    file("pagefind/fragment/a.pf_fragment", 50),
    file("territoires/lot/index.html", 30),
    file("territoires/figeac/index.html", 30),
    file("dynamiques/figeacteurs/index.html", 40),
  ];

  it("ranks the shell first, then the search bundle, then dossiers, then the rest", () => {
    expect(site.map((f) => f.priority)).toEqual([0, 0, 0, 0, 1, 1, 2, 2, 3]);
    expect(urlOf("territoires/lot/index.html", "/observatoire/")).toBe("/observatoire/territoires/lot/");
  });

  it("keeps everything when the site fits in the budget", () => {
    expect(choosePrecache(site, 240)).toHaveLength(site.length);
  });

  it("above the budget, always keeps shell and search, then dossiers while they fit", () => {
    const kept = choosePrecache(site, 170).map((f) => f.url);
    expect(kept).toEqual(["/", "/assets/style.css", "/hors-ligne/", "/recherche/", "/pagefind/fragment/a.pf_fragment", "/pagefind/pagefind.js", "/territoires/figeac/"]);
    expect(choosePrecache(site, 1).map((f) => f.url)).not.toContain("/territoires/figeac/");
    expect(choosePrecache(site, 1)).toHaveLength(6);
  });
});

describe("the bytes the offline copy counts", () => {
  it("counts pages, styles and data at their gzipped size, no smaller than the browser's gzip, and the search index and images as they are", () => {
    const page = Buffer.from(`<!doctype html><main>${"<li><a href=\"/dynamiques/x/\">Une dynamique</a></li>".repeat(400)}</main>`);
    const counted = storedBytes("territoires/lot/index.html", page);
    expect(counted).toBeLessThan(page.length / 10);
    expect(counted).toBeGreaterThanOrEqual(gzipSync(page).length);
    const fragment = Buffer.from("pagefind fragment, compressed by Pagefind itself");
    expect(storedBytes("pagefind/fragment/a.pf_fragment", fragment)).toBe(fragment.length);
    expect(storedBytes("medias/a-1-400.avif", fragment)).toBe(fragment.length);
  });
});

import { describe, expect, it } from "vitest";
import { choosePrecache, priorityOf, urlOf } from "../../scripts/offline/service-worker.ts";

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

/**
 * A large site's search index is built in parts (scripts/search/index-parts.ts), which the
 * search page loads and merges (layouts/assets/search-index.js). The starter content built
 * in two parts must read, in real Chromium, like the same content in one: the same results,
 * the same counts, the same order by date — Pagefind's own merge would lose that order.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";
import { useServedStarterSite } from "../helpers/served-starter-site.ts";
import { resultTitles, searchStatus, waitForResults } from "../helpers/search-page.ts";
import type { ServedSite } from "../helpers/served-starter-site.ts";

const inOnePart = useServedStarterSite();
const inTwoParts = useServedStarterSite({}, { OBSERVATOIRE_SEARCH_PARTS: "2" });

interface Shown {
  readonly titles: string[];
  readonly metas: string[];
  readonly status: string;
  /** Each filter value's label with its count, as the reader sees it once the group is open. */
  readonly facets: string[];
}

/** The labels, with their counts, of the type boxes and of each filter group, opened one at a time. */
async function facetLabels(served: ServedSite): Promise<string[]> {
  const { page } = served;
  const labels = await page.$$eval(".facet-inline label", (found) => found.map((label) => label.textContent?.trim() ?? ""));
  const groups = await page.$$eval("details.facet", (found) =>
    found.map((group) => ({ key: (group as HTMLElement).dataset["facet"] ?? "", offered: Number.parseInt(group.querySelector(".facet-count")?.textContent ?? "0", 10) })),
  );
  for (const { key, offered } of groups) {
    labels.push(`${key} : ${offered}`);
    if (offered === 0) continue;
    const group = `details.facet[data-facet="${key}"]`;
    await page.$eval(group, (details) => ((details as HTMLDetailsElement).open = true));
    await page.waitForSelector(`${group} .facet-panel input[type="checkbox"]`, { state: "attached" });
    labels.push(...(await page.$$eval(`${group} .facet-panel label`, (found) => found.map((label) => label.textContent?.trim() ?? ""))));
  }
  return labels;
}

async function show(served: ServedSite, path: string): Promise<Shown> {
  await served.page.goto(served.site.url(path));
  await waitForResults(served.page);
  return {
    titles: await resultTitles(served.page),
    metas: await served.page.$$eval("#resultats .meta", (metas) => metas.map((meta) => meta.textContent ?? "")),
    status: await searchStatus(served.page),
    facets: await facetLabels(served),
  };
}

describe("the search index in two parts", () => {
  it("is written as two Pagefind bundles, listed for the search page", () => {
    const site = (served: ServedSite) => served.siteDir;
    expect(JSON.parse(readFileSync(`${site(inTwoParts)}/pagefind/parties.json`, "utf8"))).toEqual(["pagefind/", "pagefind/partie-2/"]);
    expect(existsSync(`${site(inTwoParts)}/pagefind/partie-2/pagefind-entry.json`)).toBe(true);
    expect(JSON.parse(readFileSync(`${site(inOnePart)}/pagefind/parties.json`, "utf8"))).toEqual(["pagefind/"]);
  });

  it("loads both parts in the search page", async () => {
    const requested: string[] = [];
    inTwoParts.page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await show(inTwoParts, "/recherche/?q=Figeac");
    expect(requested).toEqual(expect.arrayContaining(["/pagefind/pagefind.js", "/pagefind/partie-2/pagefind.js"]));
  });

  it.each([
    ["a query sorted by date", "/recherche/?q=ESS&tri=date"],
    ["a filter sorted by date", "/recherche/?tri=date&type=%C3%89v%C3%A9nement"],
    ["a région sorted by date", "/recherche/?tri=date&r%C3%A9gion=Occitanie"],
  ])("gives %s the same results, in the same order, with the same counts", async (_, path) => {
    const one = await show(inOnePart, path);
    const two = await show(inTwoParts, path);
    expect(one.titles.length).toBeGreaterThan(1);
    expect(two).toEqual(one);
  });

  it("finds the same pages for words, with the same counts of filter values", async () => {
    for (const query of ["Figeac", "monnaie", "tiers-lieux", "cooperation"]) {
      const one = await show(inOnePart, `/recherche/?q=${encodeURIComponent(query)}`);
      const two = await show(inTwoParts, `/recherche/?q=${encodeURIComponent(query)}`);
      expect([...two.titles].sort(), query).toEqual([...one.titles].sort());
      expect(two.status, query).toBe(one.status);
      expect(two.facets, query).toEqual(one.facets);
    }
  });
});

/** The browser module, plain JavaScript served as it is: its two pure functions run in Node too. */
const { mergeInOrder, addCounts } = (await import(pathToFileURL(join(PROJECT_ROOT, "layouts", "assets", "search-index.js")).href)) as {
  mergeInOrder<T>(lists: T[][], comesBefore: (a: T, b: T) => boolean): T[];
  addCounts(counts: Array<Record<string, Record<string, number>>>): Record<string, Record<string, number>>;
};

describe("merging the parts' answers", () => {
  it("keeps each part's order, takes the earlier part first between equals, and leaves one part as it is", () => {
    const byDate = (a: string, b: string) => a > b;
    expect(mergeInOrder([["2021", "2018", "2014"], ["2019", "2018", "2013"]], byDate)).toEqual(["2021", "2019", "2018", "2018", "2014", "2013"]);
    expect(mergeInOrder([["b", "a", "c"]], byDate)).toEqual(["b", "a", "c"]);
    expect(mergeInOrder([[], ["x"]], byDate)).toEqual(["x"]);
  });

  it("adds up the counts of each filter value", () => {
    expect(addCounts([{ type: { Dynamique: 3, Territoire: 1 } }, { type: { Dynamique: 2 }, année: { "2018": 1 } }])).toEqual({
      type: { Dynamique: 5, Territoire: 1 },
      année: { "2018": 1 },
    });
  });
});

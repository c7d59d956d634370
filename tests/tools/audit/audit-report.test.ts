/**
 * What `npm run audit` prints and decides, without running Lighthouse (that takes minutes:
 * the command itself is run by hand, see tools/audit/audit.ts): a French table of the four
 * scores, a failure when any page is below 100 with what cost it points, and the pages asked for.
 */
import { describe, expect, it } from "vitest";
import { AUDITED_PAGES, pagesToAudit, runsAsked } from "../../../tools/audit/audit-pages.ts";
import { type PageScores, isPerfect, medianRun, scoreTable, verdict } from "../../../tools/audit/audit-report.ts";

const perfect: PageScores = {
  label: "Accueil",
  path: "/",
  scores: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 },
  losses: [],
};
const slowSearch: PageScores = {
  label: "Recherche (« monnaie »)",
  path: "/recherche/?q=monnaie",
  scores: { performance: 85, accessibility: 100, "best-practices": 100, seo: null },
  losses: ["Performance · cumulative-layout-shift (71/100 : 0.166)"],
};

describe("the audit's table", () => {
  it("has a French header and one aligned row of four scores per page, « — » where Lighthouse gave none", () => {
    const lines = scoreTable([perfect, slowSearch]).split("\n");
    expect(lines[0]).toMatch(/^Page\s+│ Performance │ Accessibilité │ Bonnes pratiques │ SEO$/);
    expect(lines[2]).toMatch(/^Accueil\s+│ 100\s+│ 100\s+│ 100\s+│ 100$/);
    expect(lines[3]).toMatch(/^Recherche \(« monnaie »\) │ 85\s+│ 100\s+│ 100\s+│ —$/);
    // Columns line up: each separator at the same place on every row.
    const separators = lines.filter((line) => line.includes("│")).map((line) => [...line].flatMap((character, index) => (character === "│" ? [index] : [])).join(","));
    expect(new Set(separators).size).toBe(1);
  });

  it("passes only when every page has 100 in the four categories, and says what cost points", () => {
    expect(isPerfect(perfect)).toBe(true);
    expect(isPerfect(slowSearch)).toBe(false);
    expect(verdict([perfect])).toEqual(["✔ 100 dans les quatre catégories sur la page auditée."]);
    expect(verdict([perfect, perfect])).toEqual(["✔ 100 dans les quatre catégories sur les 2 pages auditées."]);
    expect(verdict([perfect, slowSearch])).toEqual([
      "✘ 1 page sur 2 sous 100\u00a0:",
      "  Recherche (« monnaie ») (/recherche/?q=monnaie)",
      "    – Performance · cumulative-layout-shift (71/100 : 0.166)",
    ]);
  });
});

describe("the pages audited", () => {
  it("are every kind of page, the search page with a query, unless some are named", () => {
    expect(pagesToAudit([])).toEqual(AUDITED_PAGES);
    expect(AUDITED_PAGES.map((page) => page.path)).toEqual(expect.arrayContaining(["/", "/territoires/figeac/", "/territoires/occitanie/", "/recherche/?q=monnaie", "/donnees/", "/acteurs/", "/themes/"]));
    expect(pagesToAudit(["--page", "/recherche/?q=monnaie", "--page=/autre/"])).toEqual([
      { label: "Recherche (« monnaie »)", path: "/recherche/?q=monnaie" },
      { label: "/autre/", path: "/autre/" },
    ]);
  });
});

describe("several runs of a page", () => {
  const withPerformance = (performance: number): PageScores => ({ ...perfect, scores: { ...perfect.scores, performance }, losses: performance < 100 ? [`${performance}`] : [] });

  it("keep the median run: one slow run among three does not fail a page, two do", () => {
    expect(medianRun([withPerformance(100), withPerformance(79), withPerformance(100)]).scores.performance).toBe(100);
    const twoSlow = medianRun([withPerformance(100), withPerformance(93), withPerformance(97)]);
    expect(twoSlow.scores.performance).toBe(97);
    expect(twoSlow.losses).toEqual(["97"]);
    // An even count keeps the lower of the two middle runs.
    expect(medianRun([withPerformance(100), withPerformance(98)]).scores.performance).toBe(98);
  });

  it("are three unless --runs says otherwise, and a wrong count is refused in French", () => {
    expect(runsAsked([])).toBe(3);
    expect(runsAsked(["--runs", "5"])).toBe(5);
    expect(runsAsked(["--runs=1"])).toBe(1);
    expect(() => runsAsked(["--runs", "zéro"])).toThrow("--runs attend un nombre entier de passages, au moins 1 (reçu « zéro »).");
  });
});

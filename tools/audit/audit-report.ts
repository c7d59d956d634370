/**
 * The French table `npm run audit` prints: the four Lighthouse scores of each page, out
 * of 100, and what keeps a page below 100 (the audits that lost points).
 */

export const CATEGORIES = [
  { id: "performance", label: "Performance" },
  { id: "accessibility", label: "Accessibilité" },
  { id: "best-practices", label: "Bonnes pratiques" },
  { id: "seo", label: "SEO" },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]["id"];

export interface PageScores {
  readonly label: string;
  readonly path: string;
  /** Score out of 100 per category; `null` when Lighthouse could not score it. */
  readonly scores: Readonly<Record<CategoryId, number | null>>;
  /** Audits that cost points, as « id (score) » lines, for a page below 100. */
  readonly losses: readonly string[];
}

export function isPerfect(page: PageScores): boolean {
  return CATEGORIES.every(({ id }) => page.scores[id] === 100);
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - [...text].length));
}

/**
 * One page's result over several runs: the run whose performance is the median (the lower of the
 * two middle ones for an even count). Lighthouse's performance varies from run to run with the
 * machine's other work; the median is what its authors advise reading, the other categories do not vary.
 */
export function medianRun(runs: readonly PageScores[]): PageScores {
  if (runs.length === 0) throw new Error("medianRun: no run");
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** A plain-text table, columns aligned, « — » for a score Lighthouse could not give. */
export function scoreTable(pages: readonly PageScores[]): string {
  const header = ["Page", ...CATEGORIES.map(({ label }) => label)];
  const rows = pages.map((page) => [page.label, ...CATEGORIES.map(({ id }) => (page.scores[id] === null ? "—" : String(page.scores[id])))]);
  const widths = header.map((title, column) => Math.max([...title].length, ...rows.map((row) => [...(row[column] ?? "")].length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => pad(cell, widths[column] ?? 0)).join(" │ ").trimEnd();
  const rule = widths.map((width) => "─".repeat(width)).join("─┼─");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** The closing lines: a verdict, and for each page below 100 what cost it points. */
export function verdict(pages: readonly PageScores[]): string[] {
  const below = pages.filter((page) => !isPerfect(page));
  if (below.length === 0) return [`✔ 100 dans les quatre catégories sur ${pages.length === 1 ? "la page auditée" : `les ${pages.length} pages auditées`}.`];
  const lines = [`✘ ${below.length} page${below.length > 1 ? "s" : ""} sur ${pages.length} sous 100\u00a0:`];
  for (const page of below) {
    lines.push(`  ${page.label} (${page.path})`);
    for (const loss of page.losses) lines.push(`    – ${loss}`);
  }
  return lines;
}

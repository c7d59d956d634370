/**
 * `npm run audit`: Lighthouse 12 on every kind of page of the built site, mobile profile
 * (Lighthouse's default: a mid-range phone, simulated slow 4G and a 4× slower processor),
 * in the project's own Chromium (scripts/browser/find-chromium.ts), the site served from
 * `_site/` on 127.0.0.1. Prints a French table of the four scores per page, then what
 * cost points; exits with 1 when any score is below 100.
 *
 *   npm run audit                                  build, then audit every page of audit-pages.ts
 *   npm run audit -- --page /recherche/?q=monnaie  only the pages named (repeatable)
 *   npm run audit -- --runs 5                      audits each page 5 times (3 by default) and keeps the median run
 *   npm run audit -- --json DIR                    also writes each run's full Lighthouse report in DIR
 *
 * Slow (about 10 s a run on two cores: 16 pages × 3 runs, 8 minutes), so it is a command of
 * its own, not a test.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { HEADLESS_ARGS, findChromium } from "../../scripts/browser/find-chromium.ts";
import { readSiteSettings } from "../../scripts/publish/site-settings.ts";
import { pagesToAudit, runsAsked, type AuditedPage } from "./audit-pages.ts";
import { CATEGORIES, type CategoryId, type PageScores, isPerfect, medianRun, scoreTable, verdict } from "./audit-report.ts";
import { serveBuiltSite } from "./audit-server.ts";

interface DebuggableBrowser {
  readonly port: number;
  close(): Promise<void>;
}

/** Starts Chromium with its DevTools port open (the port it picked, read from its first lines). */
async function startBrowser(executablePath: string): Promise<DebuggableBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "observatoire-audit-"));
  const child: ChildProcess = spawn(executablePath, [...HEADLESS_ARGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let said = "";
    const timer = setTimeout(() => reject(new Error(`Chromium n’a pas ouvert son port DevTools en 30 s :\n${said}`)), 30_000);
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      said += chunk;
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(said);
      if (found) {
        clearTimeout(timer);
        resolve(Number(found[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium s’est arrêté (code ${code}) avant d’ouvrir son port DevTools :\n${said}`));
    });
  });
  return {
    port,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill();
        await exited;
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function auditPage(page: AuditedPage, url: string, port: number, reportDir: string | undefined, run: number): Promise<{ scores: PageScores; version: string; benchmarkIndex: number }> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: CATEGORIES.map(({ id }) => id),
  });
  if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse n’a pas pu auditer ${url} : ${lhr.runtimeError.message}`);
  if (reportDir) writeFileSync(join(reportDir, `${page.path.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "accueil"}-${run}.json`), JSON.stringify(lhr, null, 1));
  const scores = {} as Record<CategoryId, number | null>;
  const losses: string[] = [];
  for (const { id, label } of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category?.score === null || category?.score === undefined ? null : Math.round(category.score * 100);
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        const shown = audit.displayValue ? ` : ${audit.displayValue}` : "";
        losses.push(`${label} · ${ref.id} (${Math.round(audit.score * 100)}/100${shown})`);
      }
    }
  }
  return { scores: { label: page.label, path: page.path, scores, losses }, version: lhr.lighthouseVersion, benchmarkIndex: lhr.environment.benchmarkIndex };
}

/**
 * Lighthouse slows the processor 4× from the speed it measures; on a busy machine its tasks were
 * already slow, and blocking time is overstated. Its own speed index says how busy it was
 * (a developer's idle machine: 1 000 to 2 000).
 */
function machineNote(benchmarks: readonly number[]): string {
  const lowest = Math.round(Math.min(...benchmarks));
  const note = `Indice de vitesse de la machine (benchmarkIndex de Lighthouse)\u00a0: ${lowest} au plus bas.`;
  return lowest < BUSY_MACHINE
    ? `${note} Sous ${BUSY_MACHINE}, la machine était occupée ailleurs : le temps de blocage mesuré est surestimé, relancez l’audit machine au repos avant de conclure.`
    : note;
}
const BUSY_MACHINE = 1000;

async function main(): Promise<number> {
  const root = process.cwd();
  const siteDir = join(root, "_site");
  if (!existsSync(join(siteDir, "index.html"))) {
    console.error("Aucun site construit dans _site/ : lancez d’abord « npm run build ».");
    return 2;
  }
  const args = process.argv.slice(2);
  const pages = pagesToAudit(args);
  const runs = runsAsked(args);
  const jsonAt = args.indexOf("--json");
  const reportDir = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  if (reportDir) mkdirSync(reportDir, { recursive: true });
  const { executablePath } = await findChromium();
  const site = await serveBuiltSite(siteDir, readSiteSettings(root).pathPrefix);
  const browser = await startBrowser(executablePath);
  const started = performance.now();
  const results: PageScores[] = [];
  let version = "";
  const benchmarks: number[] = [];
  try {
    for (const page of pages) {
      const pageRuns: PageScores[] = [];
      for (let run = 1; run <= runs; run += 1) {
        const audited = await auditPage(page, site.url(page.path), browser.port, reportDir, run);
        version = audited.version;
        benchmarks.push(audited.benchmarkIndex);
        pageRuns.push(audited.scores);
      }
      const scores = medianRun(pageRuns);
      results.push(scores);
      const performances = pageRuns.map((run) => run.scores.performance ?? "—").join(", ");
      console.log(`${isPerfect(scores) ? "✔" : "✘"} ${page.label} (${page.path}) — performance des passages\u00a0: ${performances}`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const kept = runs > 1 ? `, passage médian de ${runs} par page` : "";
  console.log(`\nLighthouse ${version} — profil mobile${kept}, ${pages.length} pages en ${seconds}\u00a0s\n`);
  console.log(scoreTable(results));
  console.log(`\n${machineNote(benchmarks)}`);
  console.log(`\n${verdict(results).join("\n")}`);
  return results.every(isPerfect) ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`L’audit a échoué : ${error instanceof Error ? error.message : String(error)}`);
  if (process.env["DEBUG"]) console.error(error);
  process.exitCode = 2;
}

/**
 * How long an open browser tab takes to show a saved change under `npm start`, and where
 * that time goes: from the save to the preview's « Aperçu à jour » line (the watcher's wait
 * plus the rebuild, which the line itself times), then to the tab starting its reload
 * (the live-reload message), then to the new page on screen. Real headless Chromium, a
 * real preview process on 127.0.0.1, the starter content copied to a throwaway project
 * made a git repository with one commit, as a contributor's clone is (the preview reads
 * the history for the feed's dates; without a repository, git fails at once and costs nothing).
 *
 * Then, `--pannes` times, a save that breaks the entry (until the error banner shows in
 * the tab) and one that fixes it (until the banner is gone and the fixed text shows).
 *
 *   node --import tsx tools/bench/preview-tab-latency.ts [--enregistrements=7] [--pannes=3] [--scripts=dossier]
 *
 * `--scripts` runs another copy of scripts/ (the code before a change, say) on the same
 * content, to compare the two on the same machine at nearly the same time (`--pannes=0`
 * for code without the banner).
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { HEADLESS_ARGS, findChromium } from "../../scripts/browser/find-chromium.ts";
import { freePort } from "./free-port.ts";

const PROJECT_ROOT = join(import.meta.dirname, "..", "..");
const TSX = pathToFileURL(join(PROJECT_ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const UPDATED = /✔ Aperçu à jour en (\d+)/g;
const INDEXED = /✔ Index de recherche de l’aperçu à jour/g;
const SERVING = /Aperçu de l’observatoire/g;
const ENTRY = "content/dynamiques/figeacteurs.md";
const PAGE = "/dynamiques/figeacteurs/";

export interface TabLatency {
  readonly saves: readonly TabSave[];
  /** Save that breaks the entry → the banner in the tab, for each cycle. */
  readonly brokenMs: readonly number[];
  /** Save that fixes it → no banner and the fixed text in the tab. */
  readonly fixedMs: readonly number[];
}

export interface TabSave {
  /** Save → « Aperçu à jour » printed. */
  readonly writtenMs: number;
  /** The part of it the preview itself reports (from the watcher's event to the pages written). */
  readonly rebuildMs: number;
  /** Save → the tab starts loading the page again. */
  readonly reloadStartedMs: number;
  /** Save → the changed text is in the tab's document. */
  readonly shownMs: number;
}

/** A throwaway copy of the project with the starter content, as the tests make one. */
function starterProject(scripts: string): string {
  const root = mkdtempSync(join(tmpdir(), "observatoire-onglet-"));
  for (const name of ["layouts", "data", "content"]) cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  for (const name of [".eleventy.js", "package.json"]) cpSync(join(PROJECT_ROOT, name), join(root, name));
  symlinkSync(scripts, join(root, "scripts"), "dir");
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(root, "node_modules"), "dir");
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Banc", "-c", "user.email=banc@example.org", "-c", "commit.gpgsign=false", ...args], {
      cwd: root,
      stdio: "ignore",
      env: { ...process.env, GIT_AUTHOR_DATE: "2026-11-23T10:00:00+01:00", GIT_COMMITTER_DATE: "2026-11-23T10:00:00+01:00" },
    });
  git("init", "--quiet");
  git("add", "--all");
  git("commit", "--quiet", "--message=Contenu de départ");
  return root;
}

export async function measureTabLatency(saves = 7, breaks = 3, scripts = join(PROJECT_ROOT, "scripts")): Promise<TabLatency> {
  const root = starterProject(scripts);
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", TSX, "scripts/cli/start.ts", `--port=${port}`], {
    cwd: root,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  const printedAt: { at: number; text: string }[] = [];
  const onOutput = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    printed += text;
    printedAt.push({ at: performance.now(), text });
  };
  child.stdout.on("data", onOutput);
  child.stderr.on("data", onOutput);
  const count = (pattern: RegExp) => (printed.match(pattern) ?? []).length;
  const until = async (pattern: RegExp, times: number) => {
    const deadline = Date.now() + 300_000;
    while (count(pattern) < times) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`l’aperçu ne répond pas :\n${printed}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  };
  const browser = await chromium.launch({ executablePath: (await findChromium()).executablePath, args: [...HEADLESS_ARGS] });
  try {
    await until(SERVING, 1);
    await until(UPDATED, 1);
    await until(INDEXED, 1);
    const page = await browser.newPage();
    const connected = new Promise<void>((resolve) => page.on("console", (message) => message.text().includes("Connected") && resolve()));
    await page.goto(`http://127.0.0.1:${port}${PAGE}`);
    await connected;
    let documentRequestedAt = 0;
    page.on("request", (request) => {
      if (request.isNavigationRequest()) documentRequestedAt = performance.now();
    });
    const file = join(root, ENTRY);
    const original = readFileSync(file, "utf8");
    const results: TabSave[] = [];
    /** Polls the tab from outside, as a person looking at it would, until `shows` holds; returns when it did. */
    const whenTab = async (shows: (marker: string) => boolean, marker: string): Promise<number> => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        if (Date.now() > deadline) throw new Error(`l’onglet ne montre pas « ${marker} » :\n${printed}`);
        const done = await page.evaluate(shows, marker).catch(() => false);
        if (done) return performance.now();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    for (let save = 1; save <= saves; save += 1) {
      const marker = `zinzolinversion${save}`;
      documentRequestedAt = 0;
      const outputBefore = printedAt.length;
      const saved = performance.now();
      writeFileSync(file, original.replace(/^summary: "/m, `summary: "${marker}. `));
      const shownAt = await whenTab((text) => document.body?.textContent?.includes(text) ?? false, marker);
      await until(UPDATED, save + 1);
      const updated = printedAt.slice(outputBefore).find((line) => /✔ Aperçu à jour en/.test(line.text));
      const rebuildMs = Number(/✔ Aperçu à jour en (\d+)/.exec(updated?.text ?? "")?.[1] ?? Number.NaN);
      results.push({
        writtenMs: (updated?.at ?? Number.NaN) - saved,
        rebuildMs,
        reloadStartedMs: documentRequestedAt === 0 ? Number.NaN : documentRequestedAt - saved,
        shownMs: shownAt - saved,
      });
      await until(INDEXED, save + 1);
      // Lets the page settle (its scripts, the socket) before the next save.
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const brokenMs: number[] = [];
    const fixedMs: number[] = [];
    for (let cycle = 1; cycle <= breaks; cycle += 1) {
      let saved = performance.now();
      writeFileSync(file, original.replace(/^summary: /m, "sumary: "));
      brokenMs.push((await whenTab(() => document.querySelector(".preview-errors") !== null, "bandeau d’erreurs")) - saved);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const marker = `zinzolincorrige${cycle}`;
      saved = performance.now();
      writeFileSync(file, original.replace(/^summary: "/m, `summary: "${marker}. `));
      const fixedAt = await whenTab(
        (text) => document.querySelector(".preview-errors") === null && (document.body?.textContent?.includes(text) ?? false),
        marker,
      );
      fixedMs.push(fixedAt - saved);
      await until(INDEXED, saves + cycle + 1);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return { saves: results, brokenMs, fixedMs };
  } finally {
    await browser.close();
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("close", resolve));
    rmSync(root, { recursive: true, force: true });
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const scripts = option("scripts");
  const measured = await measureTabLatency(Number(option("enregistrements") ?? 7), Number(option("pannes") ?? 3), scripts ? resolve(scripts) : undefined);
  const ms = (value: number) => `${Math.round(value)} ms`;
  for (const [index, save] of measured.saves.entries()) {
    console.log(`enregistrement ${index + 1} : pages écrites ${ms(save.writtenMs)} (dont reconstruction ${ms(save.rebuildMs)}), rechargement lancé ${ms(save.reloadStartedMs)}, onglet à jour ${ms(save.shownMs)}`);
  }
  const key = (name: keyof TabSave) => ms(median(measured.saves.map((save) => save[name])));
  console.log(`médianes : pages écrites ${key("writtenMs")} (reconstruction ${key("rebuildMs")}), rechargement lancé ${key("reloadStartedMs")}, onglet à jour ${key("shownMs")}`);
  if (measured.brokenMs.length > 0) {
    console.log(`fichier cassé → bandeau dans l’onglet : ${measured.brokenMs.map(ms).join(", ")} (médiane ${ms(median(measured.brokenMs))})`);
    console.log(`fichier corrigé → bandeau parti, texte corrigé : ${measured.fixedMs.map(ms).join(", ")} (médiane ${ms(median(measured.fixedMs))})`);
  }
}

/**
 * `npm run bench [-- 1000 10000]`: builds synthetic observatories of each size with the
 * commands a contributor runs (`check`, `build`), then the same Markdown with a baseline
 * a user would assemble by hand — plain Eleventy with one minimal layout, then the
 * Pagefind CLI — and prints, per size, the time of each phase, peak memory, pages, sizes
 * and our total as a ratio of the baseline's, measured in the same run. One entry in ten
 * has an image (tools/bench/corpus/corpus-images.ts): the first build converts them (an
 * empty `.cache/medias/`), and a second build of the same folder measures what they cost
 * once cached.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type CorpusResult, generateCorpus, PROJECT_ROOT } from "./corpus/generate-corpus.ts";
import { npmScript } from "./npm-script.ts";
import { measureOneFileCheck } from "./one-file-check.ts";
import { samplePeaks } from "./process-peaks.ts";
import { type PreviewLatency, measurePreviewLatency } from "./preview-latency.ts";

/** The preview's target is set at this size; larger corpora would spend minutes on its first build alone. */
const LARGEST_PREVIEW = 1000;

// The preview's latency is measured from the TypeScript sources (preview-latency.ts): it times a save, not the start-up.
const TSX = pathToFileURL(join(PROJECT_ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

const TIME = "/usr/bin/time";

interface Measured {
  readonly seconds: number;
  readonly peakRssBytes: number;
  /** What the command printed. */
  readonly stdout: string;
}

/** Runs a command, failing loudly; wall time and peak memory come from GNU time. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Measured {
  const report = join(tmpdir(), `bench-time-${process.pid}.txt`);
  const result = spawnSync(TIME, ["-f", "%e %M", "-o", report, command, ...args], {
    cwd,
    env: { ...process.env, ...env, NO_COLOR: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} a échoué (${result.status}) :\n${result.stdout}\n${result.stderr}`);
  const [seconds = "0", kilobytes = "0"] = readFileSync(report, "utf8").trim().split(/\s+/).slice(-2);
  rmSync(report, { force: true });
  return { seconds: Number(seconds), peakRssBytes: Number(kilobytes) * 1024, stdout: result.stdout };
}

function folderStats(dir: string, filter: (name: string) => boolean = () => true): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !filter(entry.name)) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** A project folder with the site's sources and the generated content, sharing scripts, their compiled dist/ and node_modules. */
function ourProject(size: number): { root: string; images: CorpusResult["images"] } {
  const root = mkdtempSync(join(tmpdir(), `bench-${size}-`));
  const { images } = generateCorpus({ size, seed: 1, root });
  for (const name of ["layouts", ".eleventy.js", "package.json"]) cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  // The data files that expose the model to Eleventy are code, not content: the corpus has only the vocabularies.
  for (const name of readdirSync(join(PROJECT_ROOT, "data")).filter((file) => file.endsWith(".ts"))) {
    cpSync(join(PROJECT_ROOT, "data", name), join(root, "data", name));
  }
  for (const name of ["scripts", "dist", "node_modules"]) symlinkSync(join(PROJECT_ROOT, name), join(root, name), "dir");
  return { root, images };
}

/** The baseline: the same Markdown files rendered by plain Eleventy with one minimal layout. */
function baselineProject(content: string): string {
  const root = mkdtempSync(join(tmpdir(), "bench-baseline-"));
  cpSync(content, join(root, "src"), { recursive: true });
  mkdirSync(join(root, "src", "_includes"));
  writeFileSync(
    join(root, "src", "_includes", "base.njk"),
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main data-pagefind-body><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>\n',
  );
  writeFileSync(join(root, "src", "src.11tydata.json"), JSON.stringify({ layout: "base.njk" }));
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(root, "node_modules"), "dir");
  return root;
}

interface SizeReport {
  readonly size: number;
  readonly check: Measured;
  readonly phases: Record<string, number>;
  readonly build: Measured;
  /** A second build of the same folder: every image found in `.cache/medias/`. */
  readonly rebuild: Measured;
  readonly rebuildPhases: Record<string, number>;
  readonly images: CorpusResult["images"] & { readonly publishedBytes: number };
  /** The build's own Node process; `build.peakRssBytes` is the largest process of the tree, Pagefind's included. */
  readonly nodePeakRssBytes: number;
  /** The same for the second build, whose images are already converted. */
  readonly rebuildNodePeakRssBytes: number;
  /** Each Pagefind service's own peak (one per part of the index). */
  readonly pagefindPeakBytes: readonly number[];
  readonly pages: number;
  readonly siteBytes: number;
  readonly indexBytes: number;
  readonly baseline: { readonly eleventy: Measured; readonly pagefind: Measured; readonly pages: number };
  readonly preview?: PreviewLatency;
}

async function measure(size: number): Promise<SizeReport> {
  const { root, images } = ourProject(size);
  const baselineRoot = baselineProject(join(root, "content"));
  try {
    const checkCommand = npmScript("check");
    const check = run(checkCommand.command, checkCommand.args, root);
    const timings = join(root, "timings.json");
    const buildCommand = npmScript("build");
    const pagefindPeaks = samplePeaks("pagefind");
    const build = run(buildCommand.command, buildCommand.args, root, {
      OBSERVATOIRE_TIMINGS_FILE: timings,
      OBSERVATOIRE_PUBLISHED_AT: "2026-01-01T00:00:00+01:00",
    });
    const pagefindPeakBytes = [...(await pagefindPeaks.stop()).values()];
    const { phases, peakRssBytes: nodePeakRssBytes } = JSON.parse(readFileSync(timings, "utf8")) as { phases: Record<string, number>; peakRssBytes: number };
    const rebuildTimings = join(root, "timings-rebuild.json");
    const rebuild = run(buildCommand.command, buildCommand.args, root, {
      OBSERVATOIRE_TIMINGS_FILE: rebuildTimings,
      OBSERVATOIRE_PUBLISHED_AT: "2026-01-01T00:00:00+01:00",
    });
    const { phases: rebuildPhases, peakRssBytes: rebuildNodePeakRssBytes } = JSON.parse(readFileSync(rebuildTimings, "utf8")) as {
      phases: Record<string, number>;
      peakRssBytes: number;
    };
    const site = join(root, "_site");
    const eleventyBin = join(PROJECT_ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs");
    const eleventy = run(process.execPath, [eleventyBin, "--input=src", "--output=_site", "--quiet"], baselineRoot);
    const pagefindBin = join(PROJECT_ROOT, "node_modules", "pagefind", "lib", "runner", "bin.cjs");
    const pagefind = run(process.execPath, [pagefindBin, "--site", "_site", "--force-language", "fr"], baselineRoot);
    const preview = size <= LARGEST_PREVIEW ? await measurePreviewLatency(root, TSX) : undefined;
    return {
      size,
      check,
      phases,
      build,
      rebuild,
      rebuildPhases,
      images: { ...images, publishedBytes: existsSync(join(site, "medias")) ? folderStats(join(site, "medias")).bytes : 0 },
      nodePeakRssBytes,
      rebuildNodePeakRssBytes,
      pagefindPeakBytes,
      pages: folderStats(site, (name) => name.endsWith(".html")).files,
      siteBytes: folderStats(site).bytes,
      indexBytes: folderStats(join(site, "pagefind")).bytes,
      baseline: { eleventy, pagefind, pages: folderStats(join(baselineRoot, "_site"), (name) => name.endsWith(".html")).files },
      ...(preview ? { preview } : {}),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(baselineRoot, { recursive: true, force: true });
  }
}

const s = (seconds: number) => `${seconds.toFixed(1).replace(".", ",")} s`;
const s2 = (seconds: number) => `${seconds.toFixed(2).replace(".", ",")} s`;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1).replace(".", ",")} Mo`;

function print(report: SizeReport): void {
  const phase = (name: string) => (report.phases[name] ?? 0) / 1000;
  const baselineTotal = report.baseline.eleventy.seconds + report.baseline.pagefind.seconds;
  const rows: Array<[string, string]> = [
    ["npm run check", s(report.check.seconds)],
    ["chargement + validation", s(phase("load+validate"))],
    ["résolution + agrégation (dont rendu Markdown et typographie)", s(phase("resolve+aggregate"))],
    ["rendu Eleventy (dont conversion des images)", s(phase("render"))],
    ["index de recherche (Pagefind)", s(phase("index"))],
    ["le reste (données ouvertes, copie hors connexion)", s(phase("rest"))],
    ["total npm run build (processus complet, images à convertir)", s(report.build.seconds)],
    ["images : fiches illustrées (1 sur 10), fichiers source", `${report.images.entries} fiches, ${report.images.files} fichiers, ${mb(report.images.publishedBytes)} publiés`],
    ["seconde construction (images en cache) : total", s(report.rebuild.seconds)],
    ["seconde construction : rendu Eleventy", s((report.rebuildPhases["render"] ?? 0) / 1000)],
    ["écart 1re − 2e construction (conversion des images)", s(report.build.seconds - report.rebuild.seconds)],
    ["mémoire maximale (RSS) du processus Node", mb(report.nodePeakRssBytes)],
    ["mémoire maximale du processus Node, seconde construction", mb(report.rebuildNodePeakRssBytes)],
    ["mémoire maximale (RSS), processus Pagefind compris", mb(report.build.peakRssBytes)],
    ["mémoire maximale de chaque service Pagefind (VmHWM)", report.pagefindPeakBytes.length > 0 ? report.pagefindPeakBytes.map(mb).join(" ; ") : "non mesurée"],
    ["pages HTML", String(report.pages)],
    ["taille du site", mb(report.siteBytes)],
    ["taille de l’index de recherche", mb(report.indexBytes)],
    ["copie hors connexion, première visite", offlineLine(report.build.stdout)],
    ["référence : Eleventy seul + CLI Pagefind", `${s(baselineTotal)} (${s(report.baseline.eleventy.seconds)} + ${s(report.baseline.pagefind.seconds)}), ${report.baseline.pages} pages, ${mb(Math.max(report.baseline.eleventy.peakRssBytes, report.baseline.pagefind.peakRssBytes))} max.`],
    ["rapport build / référence", (report.build.seconds / baselineTotal).toFixed(2).replace(".", ",")],
    ["aperçu (npm start) : première construction", report.preview ? s(report.preview.firstBuildSeconds) : "non mesuré"],
    ["aperçu : d’une fiche enregistrée à ses pages à jour", report.preview ? savesLine(report.preview.savesMs) : `non mesuré (au-delà de ${LARGEST_PREVIEW} fiches)`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${report.size} fiches`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}

/** The build's own line about its offline copy: « 1,3 Mo enregistrés à la première visite (290 fichiers), sur 2,5 Mo publiés ». */
function offlineLine(buildOutput: string): string {
  const said = /Copie hors connexion\s*:\s*(.+?)\.?$/mu.exec(buildOutput);
  if (!said?.[1]) throw new Error(`La construction n’a pas dit ce que garde sa copie hors connexion :\n${buildOutput}`);
  return said[1];
}

function savesLine(savesMs: readonly number[]): string {
  const sorted = [...savesMs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `médiane ${Math.round(median)} ms, maximum ${Math.round(sorted.at(-1) ?? 0)} ms (${savesMs.length} enregistrements)`;
}

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
console.log(`Machine : ${cpus().length} cœurs (${cpus()[0]?.model ?? "?"}), ${mb(totalmem())} de mémoire, Node ${process.version}.`);
const oneFile = measureOneFileCheck();
console.log(`\nnpm run check -- ${oneFile.file} (contenu livré, médianes de ${oneFile.runs} exécutions alternées)`);
const oneFileRows: Array<[string, number]> = [
  ["tapée par le contributeur (démarrage de npm compris)", oneFile.npmSeconds],
  ["la même commande sans npm", oneFile.withoutNpmSeconds],
  ["commande compilée module par module (dist/cli/check.js)", oneFile.moduleByModuleSeconds],
];
for (const [label, seconds] of oneFileRows) console.log(`  ${label.padEnd(56)}  ${s2(seconds)}`);
for (const size of sizes.length > 0 ? sizes : [1000, 10000]) print(await measure(size));

/**
 * Step "offline": writes `sw.js`, the service worker that keeps a copy of this edition.
 * It precaches the whole site when it fits in the budget set in `data/site.json`;
 * above it, the shell, the search bundle and the dossiers first, as far as the budget
 * goes, each page with its images. Its version is a hash of every file, so each edition
 * gets a cache of its own.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";

export interface OfflineSettings {
  /** Bytes the offline copy may take on a reader's device before it stops precaching everything. */
  readonly precacheBudgetBytes: number;
}

export interface OfflineReport {
  readonly version: string;
  /** What the copy takes on the reader's device: text gzipped, as the worker stores it. */
  readonly precachedBytes: number;
  readonly precachedFiles: number;
  readonly totalBytes: number;
  readonly totalFiles: number;
}

interface SiteFile {
  readonly url: string;
  readonly bytes: number;
  readonly priority: number;
  /** For a page: the URLs of the image files it shows, kept with it when the budget is short. */
  readonly images?: readonly string[];
}

/** Images are never chosen on their own: they come with the pages that show them. */
const IMAGE_PRIORITY = 9;

/**
 * The image files a page shows, as the offline copy keeps them: the AVIF sizes only, the format
 * every browser with a service worker and AVIF support picks first (scripts/media/publish-images.ts);
 * the WebP and JPEG copies, for older browsers, are kept when the whole site fits.
 */
export function imagesOfPage(html: string, base: string): string[] {
  return [...new Set([...html.matchAll(/\/medias\/([\w.-]+\.avif)\b/g)].map((match) => `${base}medias/${match[1]}`))];
}

/**
 * Files the worker keeps gzipped (worker.js, `COMPRESSIBLE`: the types any host gives them).
 * Their bytes in the budget are their gzipped size, counted at level 1, which compresses
 * less than the browser's gzip: the estimate errs on the side of the reader's device.
 */
const STORED_GZIPPED = /\.(html|css|js|mjs|svg|json|xml|csv|txt)$/;

export function storedBytes(path: string, bytes: Buffer): number {
  return STORED_GZIPPED.test(path) ? gzipSync(bytes, { level: 1 }).length : bytes.length;
}

const WORKER_SOURCE = join(import.meta.dirname, "worker.js");
const NOT_PRECACHED = new Set(["sw.js"]);

/** Lower numbers are kept first: the shell, then the search bundle, then the dossiers, then the rest. */
export function priorityOf(path: string): number {
  if (path.startsWith("pagefind/")) return 1;
  if (path.startsWith("medias/")) return IMAGE_PRIORITY;
  if (path.startsWith("territoires/")) return 2;
  if (path.startsWith("assets/") || !path.includes("/") || /^(recherche|hors-ligne)\//.test(path)) return 0;
  if (/^(dynamiques|visites|evenements)\/index\.html$/.test(path)) return 0;
  return 3;
}

/** The URL a reader requests for a file: `/x/` for `x/index.html`, under the path prefix. */
export function urlOf(path: string, base: string): string {
  return `${base}${path.replace(/(^|\/)index\.html$/, "$1")}`;
}

function listSite(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((path) => !NOT_PRECACHED.has(path))
    .sort();
}

/** Chooses what to precache: everything under the budget, else by priority while it fits (shell and search always). */
export function choosePrecache(files: readonly SiteFile[], budget: number): SiteFile[] {
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  if (total <= budget) return [...files];
  const byUrl = new Map(files.map((file) => [file.url, file]));
  const taken = new Set<string>();
  const chosen: SiteFile[] = [];
  let used = 0;
  for (const file of [...files].sort((a, b) => a.priority - b.priority || a.url.localeCompare(b.url))) {
    if (file.priority === IMAGE_PRIORITY) continue;
    // A page is kept with the images it shows, or not at all: the budget counts both.
    const images = (file.images ?? []).flatMap((url) => {
      const image = byUrl.get(url);
      return image && !taken.has(url) ? [image] : [];
    });
    const bytes = images.reduce((sum, image) => sum + image.bytes, file.bytes);
    if (file.priority <= 1 || used + bytes <= budget) {
      chosen.push(file, ...images);
      for (const image of images) taken.add(image.url);
      used += bytes;
    }
  }
  return chosen;
}

export function writeServiceWorker(siteDir: string, base: string, settings: OfflineSettings): OfflineReport {
  const hash = createHash("sha256");
  let published = 0;
  const files = listSite(siteDir).map((path): SiteFile => {
    const bytes = readFileSync(join(siteDir, path));
    hash.update(path).update("\0").update(bytes);
    const images = path.endsWith(".html") && bytes.includes("/medias/") ? imagesOfPage(bytes.toString("utf8"), base) : [];
    published += bytes.length;
    return { url: urlOf(path, base), bytes: storedBytes(path, bytes), priority: priorityOf(path), images };
  });
  const version = hash.digest("hex").slice(0, 16);
  const precache = choosePrecache(files, settings.precacheBudgetBytes);
  const manifest = { version, base, offlinePage: `${base}hors-ligne/`, precache: precache.map((file) => file.url) };
  writeFileSync(join(siteDir, "sw.js"), `const MANIFEST = ${JSON.stringify(manifest)};\n${readFileSync(WORKER_SOURCE, "utf8")}`);
  return {
    version,
    precachedBytes: precache.reduce((sum, file) => sum + file.bytes, 0),
    precachedFiles: precache.length,
    totalBytes: published,
    totalFiles: files.length,
  };
}

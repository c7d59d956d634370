/**
 * What a complete built site holds, checked on the staging folder just before it is
 * published: a site that lost files while it was built is never published.
 *
 * The check is cheap (one `stat` per page) and needs no record kept while writing:
 * - the files every build produces: home page, stylesheet, service worker, search entry
 *   point, open data;
 * - every page of `sitemap.xml`. The sitemap lists every page the model makes, rendered
 *   or not (`scripts/eleventy/filters/sitemap-urls.ts`), so a page that was written and
 *   then lost, or never written, is missing here.
 * A staging folder removed whole during the build and recreated by the writes still in
 * flight is caught before this (`atomic-output.ts` compares the folder's identity).
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { OPEN_DATA_TYPES } from "./open-data.ts";

export const REQUIRED_SITE_FILES: readonly string[] = [
  "index.html",
  "404.html",
  "sitemap.xml",
  "sw.js",
  "assets/style.css",
  "pagefind/pagefind.js",
  "pagefind/pagefind-entry.json",
  "pagefind/parties.json",
  ...OPEN_DATA_TYPES.flatMap((type) => [`donnees/${type}.json`, `donnees/${type}.csv`]),
];

/** Paths (relative to the site) that a complete site has and this one lacks, required files first. */
export function missingSiteFiles(siteDir: string, pathPrefix: string): string[] {
  const missing = REQUIRED_SITE_FILES.filter((path) => !isNonEmptyFile(join(siteDir, path)));
  // Every part of the search index the search page will load (scripts/search/index-parts.ts).
  if (!missing.includes("pagefind/parties.json")) {
    for (const part of JSON.parse(readFileSync(join(siteDir, "pagefind", "parties.json"), "utf8")) as string[]) {
      for (const file of [`${part}pagefind.js`, `${part}pagefind-entry.json`]) if (!isNonEmptyFile(join(siteDir, file))) missing.push(file);
    }
  }
  if (missing.includes("sitemap.xml")) return missing;
  for (const page of sitemapPages(readFileSync(join(siteDir, "sitemap.xml"), "utf8"), pathPrefix)) {
    if (!isNonEmptyFile(join(siteDir, page))) missing.push(page);
  }
  return missing;
}

/** `<loc>https://exemple.org/prefixe/dynamiques/x/</loc>` → `dynamiques/x/index.html`. */
export function sitemapPages(sitemap: string, pathPrefix: string): string[] {
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const pathname = decodeURIComponent(new URL(decodeEntities(match[1] ?? "")).pathname);
    const inside = pathname.startsWith(pathPrefix) ? pathname.slice(pathPrefix.length) : pathname.replace(/^\/+/, "");
    return inside === "" || inside.endsWith("/") ? `${inside}index.html` : inside;
  });
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, "&");
}

function isNonEmptyFile(path: string): boolean {
  try {
    const stats = statSync(path);
    return stats.isFile() && stats.size > 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw error;
  }
}

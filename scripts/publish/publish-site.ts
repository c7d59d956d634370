/**
 * The one publish sequence, which `npm run build` and the preview (`npm start`) both run,
 * in this order:
 * 1. pages: Eleventy renders them while the search index is built beside them, from the
 *    model rather than from the pages (scripts/search/);
 * 2. open data: the JSON and CSV exports and their schemas;
 * 3. offline copy: `sw.js`, whose manifest hashes every file written before it, so it is last;
 * 4. swap: what the steps wrote becomes visible at once, or, when a step failed, not at all.
 * Where the steps write and what the swap exchanges is the target's business: the whole
 * staged site for the build (`stagedSite`), the search index alone for the preview, whose
 * pages are served as they are written (scripts/preview/background-publication.ts).
 */
import { join } from "node:path";
import { buildSchemas } from "../content-types/registry.ts";
import type { Vocabulary } from "../content-types/vocabulary.ts";
import type { Observatory } from "../model/types.ts";
import { type OfflineReport, type OfflineSettings, writeServiceWorker } from "../offline/service-worker.ts";
import { PhaseTimer } from "../pipeline/phase-timer.ts";
import { indexWhileRendering } from "../search/index-in-worker.ts";
import type { IndexReport } from "../search/index-site.ts";
import { searchDocuments } from "../search/search-documents.ts";
import { publishAtomically } from "./atomic-output.ts";
import { writeOpenData } from "./open-data.ts";
import { settleBoth } from "./settle-both.ts";

/** One version of the model: everything after the pages is written from it. */
export interface SiteVersion {
  readonly observatory: Observatory;
  /** The vocabularies it was validated against: the open data's schemas follow them. */
  readonly vocabulary: Vocabulary;
}

/** The folders the steps write into. */
export interface PublishFolders {
  /** Pages, open data and `sw.js`. */
  readonly site: string;
  /** The search index: the site's `pagefind/`, or a folder the swap puts in its place. */
  readonly searchIndex: string;
}

export interface PublishTarget {
  /** Runs the steps in the target's folders, then swaps in what they wrote; when a step fails, readers keep what they had. */
  swapIn<T>(steps: (folders: PublishFolders) => Promise<T>): Promise<T>;
}

export interface PublishOptions {
  /** Step "pages": renders them into the site folder. */
  readonly pages: (siteDir: string) => Promise<unknown>;
  /**
   * Step "offline": writes `sw.js` for a site served at `base`; `false` skips the step (the
   * preview does: see background-publication.ts for why).
   */
  readonly offline: { readonly base: string; readonly settings: OfflineSettings } | false;
  /** Where the time of each step is added up, for `npm run bench`. */
  readonly timer?: PhaseTimer;
}

export interface PublishReport {
  readonly search: IndexReport;
  /** Absent when the sequence skipped the offline copy. */
  readonly offline?: OfflineReport;
}

export function publishSite(version: SiteVersion, target: PublishTarget, options: PublishOptions): Promise<PublishReport> {
  const { observatory, vocabulary } = version;
  const timer = options.timer ?? new PhaseTimer();
  return target.swapIn(async ({ site, searchIndex }) => {
    // Pagefind's service is a process of its own, fed from a worker thread on a large site:
    // it indexes the model while Eleventy renders. Both have ended before a failure is reported.
    const [search] = await settleBoth(
      timer.measureAsync("index", () => indexWhileRendering(searchDocuments(observatory), searchIndex)),
      timer.measureAsync("render", () => options.pages(site)),
    );
    timer.measure("rest", () => writeOpenData(site, observatory, buildSchemas(vocabulary)));
    const { offline } = options;
    if (offline === false) return { search };
    return { search, offline: timer.measure("rest", () => writeServiceWorker(site, offline.base, offline.settings)) };
  });
}

/**
 * `npm run build`'s target: every file is written into a staging folder, checked, then
 * swapped in for `root/outputName` in one rename (atomic-output.ts).
 */
export function stagedSite(root: string, outputName = "_site"): PublishTarget {
  return {
    swapIn: (steps) => publishAtomically(root, outputName, (staging) => steps({ site: staging, searchIndex: join(staging, "pagefind") })),
  };
}

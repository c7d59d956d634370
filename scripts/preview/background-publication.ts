/**
 * What the preview publishes after the pages, without holding them back: the search index
 * and the open data (Pagefind has no partial update, and a full index takes seconds where
 * the pages take a fraction of one). It runs the build's publish sequence
 * (scripts/publish/publish-site.ts) on the version on screen, once Eleventy's watcher has
 * written its pages. Requests made during a run start one more run when it ends, so the
 * files always catch up with the last update. The new index replaces the old one whole.
 */
import { renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { messages } from "../errors/catalogue.ts";
import { describeError } from "../errors/describe-error.ts";
import { type PublishTarget, type SiteVersion, publishSite } from "../publish/publish-site.ts";

/**
 * How long the preview must stay quiet before the index starts: saves come in bursts, and
 * an index running on the cores a save's pages need would slow that save down.
 */
const QUIET_MS = 400;

export class BackgroundPublication {
  #running: Promise<void> | undefined;
  #requested = false;
  #waiting: NodeJS.Timeout | undefined;
  /** The latest request's: a run started earlier must publish the latest version. */
  #version: SiteVersion | undefined;

  /** Asks for the index and open data of `version`, whose pages are in `siteDir`, once no other request has come for a moment. */
  request(siteDir: string, version: SiteVersion): void {
    this.#requested = true;
    this.#version = version;
    clearTimeout(this.#waiting);
    this.#waiting = setTimeout(() => {
      this.#running ??= this.#run(siteDir).finally(() => {
        this.#running = undefined;
      });
    }, QUIET_MS);
  }

  async #run(siteDir: string): Promise<void> {
    while (this.#requested) {
      this.#requested = false;
      const started = performance.now();
      const version = this.#version;
      if (!version) continue;
      try {
        const report = await publishSite(version, indexSwappedIn(siteDir), {
          // Eleventy's watcher wrote this version's pages before the request (preview-session.ts).
          pages: async () => undefined,
          // No offline copy in the preview. site.js registers `sw.js` on every page it serves:
          // a worker installed from the preview would keep a copy of unpublished edits under
          // the preview's address after the session, and answer with it whenever that address
          // does not (the preview stopped, or another project's preview on the same port); and
          // every save would make a new edition whose worker downloads every page again, while
          // the next save is being rendered. Writing `sw.js` also reads every file of the site.
          offline: false,
        });
        console.log(messages.previewIndexed({ pages: report.search.pages, seconds: (performance.now() - started) / 1000 }));
      } catch (error) {
        console.error(messages.previewIndexFailed({ detail: describeError(error) }));
      }
    }
  }
}

/**
 * The preview's target: its pages are already in the folder it serves, and the open data
 * is written in place; only the index, which a search reads as many files, is built
 * beside the old one and replaces it whole.
 */
function indexSwappedIn(siteDir: string): PublishTarget {
  return {
    async swapIn(steps) {
      const next = join(siteDir, ".pagefind-next");
      rmSync(next, { recursive: true, force: true });
      try {
        const published = await steps({ site: siteDir, searchIndex: next });
        rmSync(join(siteDir, "pagefind"), { recursive: true, force: true });
        renameSync(next, join(siteDir, "pagefind"));
        return published;
      } catch (error) {
        rmSync(next, { recursive: true, force: true });
        throw error;
      }
    },
  };
}

/**
 * What the preview publishes after the pages, without holding them back: the open data
 * and the search index (Pagefind has no partial update, and a full index takes seconds
 * where the pages take a fraction of one). Requests made during a run start one more run
 * when it ends, so the files always catch up with the last update. The new index replaces
 * the old one whole.
 */
import { renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { messages } from "../errors/catalogue.ts";
import { describeError } from "../errors/describe-error.ts";
import { indexSite } from "../search/index-site.ts";

/**
 * How long the preview must stay quiet before the index starts: saves come in bursts, and
 * an index running on the cores a save's pages need would slow that save down.
 */
const QUIET_MS = 400;

export class BackgroundPublication {
  #running: Promise<void> | undefined;
  #requested = false;
  #waiting: NodeJS.Timeout | undefined;
  /** The latest request's: a run started earlier must write the latest version's open data. */
  #beforeIndex: () => void = () => undefined;

  /**
   * Asks for `beforeIndex` (writing the open data of the latest version) then an index of
   * `siteDir` as it is then, once no other request has come for a moment.
   */
  request(siteDir: string, beforeIndex: () => void): void {
    this.#requested = true;
    this.#beforeIndex = beforeIndex;
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
      const next = join(siteDir, ".pagefind-next");
      try {
        this.#beforeIndex();
        rmSync(next, { recursive: true, force: true });
        const report = await indexSite(siteDir, undefined, next);
        rmSync(join(siteDir, "pagefind"), { recursive: true, force: true });
        renameSync(next, join(siteDir, "pagefind"));
        const seconds = ((performance.now() - started) / 1000).toFixed(1).replace(".", ",");
        console.log(messages.previewIndexed({ pages: report.pages, seconds }));
      } catch (error) {
        rmSync(next, { recursive: true, force: true });
        console.error(messages.previewIndexFailed({ detail: describeError(error) }));
      }
    }
  }
}

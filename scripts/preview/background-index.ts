/**
 * The preview's search index, rebuilt after each update without holding the page back:
 * Pagefind has no partial update, and a full index takes seconds where the page takes a
 * fraction of one. Requests made during a run start one more run when it ends, so the
 * index always catches up with the last update. The new index replaces the old one whole.
 */
import { renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { messages } from "../errors/catalogue.ts";
import { describeError } from "../errors/describe-error.ts";
import { indexSite } from "../search/index-site.ts";

export class BackgroundIndex {
  #running: Promise<void> | undefined;
  #requested = false;

  /** Asks for an index of `siteDir` as it is now; returns the run that will include it. */
  request(siteDir: string): Promise<void> {
    this.#requested = true;
    this.#running ??= this.#run(siteDir).finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** Resolves once no run is under way (tests, and stopping the preview cleanly). */
  async settled(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #run(siteDir: string): Promise<void> {
    while (this.#requested) {
      this.#requested = false;
      const started = performance.now();
      const next = join(siteDir, ".pagefind-next");
      try {
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

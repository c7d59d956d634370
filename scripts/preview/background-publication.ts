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
import { indexDocuments } from "../search/index-site.ts";
import type { SearchDocument } from "../search/search-documents.ts";

/** What a run publishes: the open data and the search documents of one version of the model. */
export interface PublicationWork {
  readonly writeOpenData: () => void;
  readonly searchDocuments: () => readonly SearchDocument[];
}

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
  #work: PublicationWork | undefined;

  /** Asks for the open data and index of `work`'s version, once no other request has come for a moment. */
  request(siteDir: string, work: PublicationWork): void {
    this.#requested = true;
    this.#work = work;
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
        const work = this.#work;
        if (!work) continue;
        work.writeOpenData();
        rmSync(next, { recursive: true, force: true });
        const report = await indexDocuments(work.searchDocuments(), next);
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

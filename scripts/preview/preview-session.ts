/**
 * The preview (`npm start`) from one save to the updated page: the watcher names the
 * changed files; only those are read again; the model is resolved and aggregated again in
 * memory; only the pages whose data changed are rendered; pages of removed items are
 * deleted; then the search index and the open data catch up in the background, through
 * the build's publish sequence (background-publication.ts). When the content has errors,
 * the last valid version stays on screen, and the errors are kept for the banner the
 * preview shows above it (serve-error-banner.ts).
 */
import { readdirSync, rmSync, rmdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { messages } from "../errors/catalogue.ts";
import { type ContentError, formatError } from "../errors/content-error.ts";
import type { PublishedObservatory } from "../model/page-sets.ts";
import type { Observatory } from "../model/types.ts";
import { type CheckResult, checkContent } from "../pipeline/check-content.ts";
import { type ContentSource, runPipeline } from "../pipeline/pipeline.ts";
import { displayPath } from "../files/display-path.ts";
import { publicationDate } from "../publish/publication-date.ts";
import { TextMemo } from "./text-memo.ts";
import type { Vocabulary } from "../content-types/vocabulary.ts";
import { BackgroundPublication } from "./background-publication.ts";
import { ContentStore } from "./content-store.ts";
import { type PagePlan, PagePlanner } from "./page-planner.ts";

interface Rebuild {
  readonly observatory: Observatory;
  readonly vocabulary: Vocabulary;
  readonly plan: PagePlan;
  /** The content had errors: the last valid version stays, and there is nothing new to publish. */
  readonly keptPrevious: boolean;
}

export class PreviewSession {
  readonly #root: string;
  readonly #store: ContentStore;
  readonly #texts = new TextMemo();
  readonly #planner = new PagePlanner();
  readonly #publication = new BackgroundPublication();
  readonly #touched = new Set<string>();
  #lastValid: { observatory: Observatory; vocabulary: Vocabulary } | undefined;
  #errors: readonly ContentError[] = [];
  #pending: Rebuild | undefined;
  #startedAt: number | undefined;
  #edition: { readonly pinned: string; readonly label: string } | undefined;

  /**
   * The preview's content source: the store re-reads only the files the watcher named or
   * whose signature changed, and texts already rendered in this session are not rendered again.
   */
  readonly #source: ContentSource = {
    validate: () => {
      const { content } = this.#store.refresh(this.#touched);
      this.#touched.clear();
      return content;
    },
    rendering: () => this.#texts.rendering(),
  };

  constructor(root: string) {
    this.#root = root;
    this.#store = new ContentStore(root);
  }

  /** Reads and checks the content before the preview starts; the files read stay in the store for the first build. */
  check(): CheckResult {
    return checkContent(this.#store.refresh().content);
  }

  /** The watcher's changed files, before Eleventy rebuilds. */
  noteChanges(paths: readonly string[]): void {
    this.#startedAt = performance.now();
    for (const path of paths) {
      if (displayPath(this.#root, path).startsWith("content/")) this.#touched.add(path);
      // A template, a stylesheet, a setting or a vocabulary: it may show on any page.
      else this.#planner.renderEverythingNext();
    }
  }

  /** The data Eleventy renders from; throws the contributor's errors when no valid version exists yet. */
  observatory(): PublishedObservatory {
    this.#startedAt ??= performance.now();
    const result = runPipeline(this.#source);
    this.#errors = result.errors;
    if (result.observatory) {
      this.#lastValid = { observatory: result.observatory, vocabulary: result.vocabulary };
    } else {
      const counts = { errors: result.errors.length, files: new Set(result.errors.map((e) => e.file)).size };
      if (!this.#lastValid) {
        // No valid version to show yet: stop here, with the contributor's errors and nothing else.
        const report = [...result.errors.map(formatError), messages.checkFailed(counts)].join("\n");
        const error = new Error(report);
        error.stack = report;
        throw error;
      }
      console.error([...result.errors.map(formatError), messages.previewKeptPrevious(counts)].join("\n"));
    }
    const { observatory, vocabulary } = this.#lastValid;
    const plan = this.#planner.plan(observatory, this.#editionLabel());
    this.#pending = { observatory, vocabulary, plan, keptPrevious: result.observatory === undefined };
    return { ...observatory, pages: plan.pages };
  }

  /**
   * The edition's date as pages show it. `npm start` pins it for the session
   * (`OBSERVATOIRE_PUBLISHED_AT`, start.ts): it is then formatted once, not at every save.
   */
  #editionLabel(): string {
    const pinned = process.env["OBSERVATOIRE_PUBLISHED_AT"];
    if (pinned === undefined) return publicationDate(this.#root).label;
    if (this.#edition?.pinned !== pinned) this.#edition = { pinned, label: publicationDate(this.#root).label };
    return this.#edition.label;
  }

  /** The errors of the content as last read: none once it is valid again. */
  currentErrors(): readonly ContentError[] {
    return this.#errors;
  }

  /**
   * Eleventy wrote the planned pages into `outputDir`: delete the pages of removed items,
   * then write the search index and the open data in the background.
   */
  pagesWritten(outputDir: string): void {
    const rebuild = this.#pending;
    if (!rebuild) return;
    this.#pending = undefined;
    this.#planner.confirmWritten();
    if (rebuild.keptPrevious) return;
    for (const url of rebuild.plan.removed) removePage(outputDir, url);
    const rendered = Object.values(rebuild.plan.pages).reduce((sum, items: readonly unknown[]) => sum + items.length, 0);
    const milliseconds = Math.round(performance.now() - (this.#startedAt ?? performance.now()));
    this.#startedAt = undefined;
    console.log(messages.previewUpdated({ rendered, removed: rebuild.plan.removed.length, milliseconds }));
    // The index and the open data of the version on screen.
    this.#publication.request(outputDir, { observatory: rebuild.observatory, vocabulary: rebuild.vocabulary });
  }
}

/** Deletes a page's file and the folders it leaves empty, up to the output folder. */
function removePage(outputDir: string, url: string): void {
  const file = join(outputDir, ...url.split("/").filter(Boolean), "index.html");
  rmSync(file, { force: true });
  for (let dir = dirname(file); dir.startsWith(outputDir) && dir !== outputDir; dir = dirname(dir)) {
    if (readdirSync(dir).length > 0) break;
    rmdirSync(dir);
  }
}

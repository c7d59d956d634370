/**
 * The whole pipeline, in the order the data flows:
 * load → parse → validate → resolve → aggregate. Every error from every file is
 * collected; the model exists only when there is none.
 */
import type { Observatory } from "../model/types.ts";
import { renderBody, typesetText } from "../render/contributor-text.ts";
import type { Vocabulary } from "../content-types/vocabulary.ts";
import { aggregate, linkTo, sortEntries, timelineOf } from "./aggregate.ts";
import type { LoadResult } from "./load.ts";
import { PhaseTimer } from "./phase-timer.ts";
import { pointOf } from "../map/locate.ts";
import { type TextRendering, linkToEntry } from "./resolve.ts";
import { readerIndexes } from "./reader-indexes.ts";
import { type CheckResult, NOT_RENDERED, type ValidatedContent, resolveContent, validateContent } from "./check-content.ts";
import { validateSources } from "./validate-sources.ts";

export { type ValidatedContent, validateContent, validateContentInParallel } from "./check-content.ts";
export type { Validation } from "./validate-sources.ts";

/**
 * `check` stops once every error is known: it needs neither the rendered text nor the
 * dossiers. `publish` goes on to render and aggregate the whole model.
 */
export type Purpose = "check" | "publish";

export interface PipelineOptions {
  readonly purpose?: Purpose;
  readonly timer?: PhaseTimer;
  /** How contributor text is rendered; inline unless the caller rendered it ahead (see render-pool.ts). */
  readonly rendering?: TextRendering;
}

export interface PipelineResult extends CheckResult {
  /** Present only when there is no error. */
  readonly observatory?: Observatory;
}

/** Reads `content/` and `data/` under `root`, then runs the pipeline on them. */
export function buildObservatory(root: string, options: PipelineOptions = {}): PipelineResult {
  return completeObservatory(validateContent(root, options.timer), options);
}

/** The pipeline after loading: the same whether files come from disk or from memory. */
export function observatoryFromSources(loaded: LoadResult, vocabulary: Vocabulary, options: PipelineOptions = {}): PipelineResult {
  const timer = options.timer ?? new PhaseTimer();
  const validation = timer.measure("load+validate", () => validateSources(loaded, vocabulary));
  return completeObservatory({ loaded, vocabulary, ...validation }, { ...options, timer });
}

/** Steps resolve and aggregate, on validated content. */
export function completeObservatory(content: ValidatedContent, options: PipelineOptions = {}): PipelineResult {
  const timer = options.timer ?? new PhaseTimer();
  const purpose = options.purpose ?? "publish";
  // Text is rendered only for a model that will exist: never for `check`, never when files are invalid.
  const rendering = purpose === "check" || content.errors.length > 0 ? NOT_RENDERED : (options.rendering ?? RENDERED);
  return timer.measure("resolve+aggregate", () => resolveAndAggregate(content, purpose, rendering));
}

const RENDERED: TextRendering = { body: (file) => renderBody(file.body), text: typesetText };

function resolveAndAggregate(content: ValidatedContent, purpose: Purpose, rendering: TextRendering): PipelineResult {
  const { vocabulary } = content;
  const { check: result, resolved } = resolveContent(content, rendering);
  if (result.errors.length > 0 || purpose === "check") return result;

  const entries = sortEntries(resolved.entries);
  // Where each territory goes on the maps: only the published model needs it.
  const territories = resolved.territories.map((territory) => ({ ...territory, point: pointOf(territory) }));
  const dossiers = aggregate(entries, territories, vocabulary);
  return {
    ...result,
    observatory: {
      dynamiques: entries.filter((e) => e.type === "dynamiques"),
      visites: entries.filter((e) => e.type === "visites"),
      evenements: entries.filter((e) => e.type === "evenements"),
      territories: [...territories].sort((a, b) => a.title.localeCompare(b.title, "fr")),
      datedItems: timelineOf(entries).flatMap((year) => [...year.items].reverse()),
      dossiers,
      indexes: readerIndexes(entries, dossiers, vocabulary),
      territoryLinks: Object.fromEntries(territories.map((t) => [t.slug, linkTo(t)])),
      dynamicLinks: Object.fromEntries(entries.filter((e) => e.type === "dynamiques").map((e) => [e.slug, linkToEntry(e)])),
      kinds: vocabulary.kinds,
      themes: vocabulary.themes,
    },
  };
}

/**
 * The pipeline, in the order the data flows: load → parse → validate, then resolve →
 * aggregate. Every command that needs the model runs it through `runPipeline`, whatever
 * its content source: only how the files are read and validated and how their texts are
 * rendered differ; the steps, and their order, are written here once. Every error from
 * every file is collected; the model exists only when there is none. `check` stops after
 * the first half (check-content.ts), so that it never loads rendering nor aggregation.
 */
import type { Vocabulary } from "../content-types/vocabulary.ts";
import { pointOf } from "../map/locate.ts";
import type { Observatory } from "../model/types.ts";
import { renderBody, typesetText } from "../render/contributor-text.ts";
import { aggregate, linkTo, sortEntries, timelineOf } from "./aggregate.ts";
import { type CheckResult, NOT_RENDERED, type ValidatedContent, resolveContent } from "./check-content.ts";
import { PhaseTimer } from "./phase-timer.ts";
import { readerIndexes } from "./reader-indexes.ts";
import { type TextRendering, linkToEntry } from "./resolve.ts";

/**
 * Where the content comes from: the project's files read in one thread (content-sources.ts),
 * the preview's store of files read once (preview-session.ts), or files a test made in
 * memory. A source runs steps load, parse and validate, and may say how the texts of valid
 * content are rendered (inline when it does not).
 */
export interface ContentSource {
  validate(timer: PhaseTimer): ValidatedContent;
  rendering?(content: ValidatedContent, timer: PhaseTimer): TextRendering;
}

/** A source that reads, validates and renders on every core, and so answers later (content-sources.ts). */
export interface ParallelContentSource {
  validate(timer: PhaseTimer): Promise<ValidatedContent>;
  rendering?(content: ValidatedContent, timer: PhaseTimer): Promise<TextRendering>;
}

export interface PipelineOptions {
  /** Where the time of each step is added up, for `npm run bench`. */
  readonly timer?: PhaseTimer;
}

export interface PipelineResult extends CheckResult {
  /** The vocabularies the content was validated against: the open data's schemas and the guide follow them. */
  readonly vocabulary: Vocabulary;
  /** Present only when there is no error. */
  readonly observatory?: Observatory;
}

/**
 * Runs the pipeline on `source`. A synchronous source gives its result at once: the
 * preview's data and most tests read it so. A parallel source gives a promise.
 */
export function runPipeline(source: ContentSource, options?: PipelineOptions): PipelineResult;
export function runPipeline(source: ParallelContentSource, options?: PipelineOptions): Promise<PipelineResult>;
export function runPipeline(source: ContentSource | ParallelContentSource, options: PipelineOptions = {}): PipelineResult | Promise<PipelineResult> {
  const timer = options.timer ?? new PhaseTimer();
  return then(source.validate(timer), (content) =>
    then(renderingOf(source, content, timer), (rendering) => timer.measure("resolve+aggregate", () => resolveAndAggregate(content, rendering))),
  );
}

/** Goes on at once after a synchronous step, and once its promise settles after an asynchronous one. */
function then<T, U>(value: T | Promise<T>, next: (value: T) => U | Promise<U>): U | Promise<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}

const RENDERED: TextRendering = { body: (file) => renderBody(file.body), text: typesetText };

/** Text is rendered only for a model that may exist: never when files are invalid. */
function renderingOf(source: ContentSource | ParallelContentSource, content: ValidatedContent, timer: PhaseTimer): TextRendering | Promise<TextRendering> {
  if (content.errors.length > 0) return NOT_RENDERED;
  return source.rendering?.(content, timer) ?? RENDERED;
}

function resolveAndAggregate(content: ValidatedContent, rendering: TextRendering): PipelineResult {
  const { vocabulary } = content;
  const { check, resolved } = resolveContent(content, rendering);
  const result = { ...check, vocabulary };
  if (result.errors.length > 0) return result;

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

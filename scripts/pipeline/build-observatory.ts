/**
 * The whole pipeline, in the order the data flows:
 * load → parse → validate → resolve → aggregate. Every error from every file is
 * collected; the model exists only when there is none.
 */
import { type ContentError, sortErrors } from "../errors/content-error.ts";
import { officialGeography } from "../geo/official-geography.ts";
import type { Observatory } from "../model/types.ts";
import { renderBody, typesetText } from "../render/contributor-text.ts";
import { CONTENT_TYPES, type ContentType } from "../content-types/registry.ts";
import { type Vocabulary, readVocabulary } from "../content-types/vocabulary.ts";
import { aggregate, linkTo, sortEntries, timelineOf } from "./aggregate.ts";
import { type LoadResult, listContent, loadContent, readListing } from "./load.ts";
import { PhaseTimer } from "./phase-timer.ts";
import { pointOf } from "../map/locate.ts";
import { type TextRendering, linkToEntry, resolve } from "./resolve.ts";
import { readerIndexes } from "./reader-indexes.ts";
import { mediaReferenceErrors } from "../media/media-references.ts";
import { type Validation, validateSources } from "./validate-sources.ts";
import { ValidationPool } from "./validate-pool.ts";

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

export interface PipelineResult {
  /** Present only when there is no error. */
  readonly observatory?: Observatory;
  readonly errors: readonly ContentError[];
  /** Every content file read, by type, to tell the contributor what was checked. */
  readonly filesByType: Readonly<Record<ContentType, number>>;
  readonly files: readonly string[];
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

/** Steps load, parse and validate: every file read and checked against its schema. */
export function validateContent(root: string, timer = new PhaseTimer()): ValidatedContent {
  const loaded = timer.measure("load+validate", () => loadContent(root));
  const vocabulary = readVocabulary(root);
  return { loaded, vocabulary, ...timer.measure("load+validate", () => validateSources(loaded, vocabulary)) };
}

/** `validateContent` with parsing and validation spread over the machine's cores (see validate-pool.ts). */
export async function validateContentInParallel(root: string, timer = new PhaseTimer()): Promise<ValidatedContent> {
  const listing = timer.measure("load+validate", () => listContent(root));
  // Started before the files are read: the workers load their code meanwhile.
  const pool = new ValidationPool(listing.candidates.length);
  const loaded = timer.measure("load+validate", () => readListing(listing));
  const vocabulary = readVocabulary(root);
  return { loaded, vocabulary, ...(await timer.measureAsync("load+validate", () => pool.validate(loaded, vocabulary))) };
}

/** Steps resolve and aggregate, on validated content. */
export function completeObservatory(content: ValidatedContent, options: PipelineOptions = {}): PipelineResult {
  const timer = options.timer ?? new PhaseTimer();
  const purpose = options.purpose ?? "publish";
  // Text is rendered only for a model that will exist: never for `check`, never when files are invalid.
  const rendering = purpose === "check" || content.errors.length > 0 ? NOT_RENDERED : (options.rendering ?? RENDERED);
  return timer.measure("resolve+aggregate", () => resolveAndAggregate(content.loaded, content, content.vocabulary, purpose, rendering));
}

export interface ValidatedContent extends Validation {
  readonly loaded: LoadResult;
  readonly vocabulary: Vocabulary;
}

/** What `check` uses instead of rendering: nothing of the text is shown, so nothing is rendered. */
const NOT_RENDERED: TextRendering = { body: () => "", text: (plain) => plain };
const RENDERED: TextRendering = { body: (file) => renderBody(file.body), text: typesetText };

function resolveAndAggregate(
  loaded: LoadResult,
  validation: Validation,
  vocabulary: Vocabulary,
  purpose: Purpose,
  rendering: TextRendering,
): PipelineResult {
  const errors = [...validation.errors];
  // Every file read, valid or not: a reference to a file with errors points at them instead of calling it missing.
  const resolved = resolve(validation.valid, officialGeography(), rendering, loaded.files);
  errors.push(...resolved.errors);
  // Images named by a field or in a text must be files of content/medias/.
  errors.push(...mediaReferenceErrors(validation.valid, loaded.media));

  const filesByType = Object.fromEntries(
    CONTENT_TYPES.map((type) => [type, loaded.files.filter((file) => file.type === type).length]),
  ) as Record<ContentType, number>;
  const result = { errors: sortErrors(errors), filesByType, files: loaded.files.map((file) => file.path) };
  if (errors.length > 0 || purpose === "check") return result;

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

/**
 * The steps every command runs, `check` included: load, parse, validate, then resolve the
 * references and check the images, collecting every error. The steps only publishing needs
 * (rendering the text, aggregating the dossiers, placing territories on the maps) are in
 * pipeline.ts, which builds on this module: `check` never loads them (Markdown
 * rendering, typography and sanitising alone are a tenth of a one-file check).
 */
import { type ContentError, sortErrors } from "../errors/content-error.ts";
import { officialGeography } from "../geo/official-geography.ts";
import { CONTENT_TYPES, type ContentType } from "../content-types/registry.ts";
import { type Vocabulary, readVocabulary } from "../content-types/vocabulary.ts";
import type { TextRendering } from "../model/content-files.ts";
import { mediaReferenceErrors } from "../media/media-references.ts";
import { type LoadResult, listContent, loadContent, readListing } from "./load.ts";
import { PhaseTimer } from "./phase-timer.ts";
import { resolve } from "./resolve.ts";
import { type Validation, validateSources } from "./validate-sources.ts";
import { ValidationPool } from "./validate-pool.ts";

export interface ValidatedContent extends Validation {
  readonly loaded: LoadResult;
  readonly vocabulary: Vocabulary;
}

/** Every error of the content, and what was read. */
export interface CheckResult {
  readonly errors: readonly ContentError[];
  /** Every content file read, by type, to tell the contributor what was checked. */
  readonly filesByType: Readonly<Record<ContentType, number>>;
  readonly files: readonly string[];
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

/** What `check` uses instead of rendering: nothing of the text is shown, so nothing is rendered. */
export const NOT_RENDERED: TextRendering = { body: () => "", text: (plain) => plain };

/** Resolves the references of validated content with `rendering`, and gathers every error. */
export function resolveContent(content: ValidatedContent, rendering: TextRendering = NOT_RENDERED) {
  const { loaded } = content;
  const errors = [...content.errors];
  // Every file read, valid or not: a reference to a file with errors points at them instead of calling it missing.
  const resolved = resolve(content.valid, officialGeography(), rendering, loaded.files);
  errors.push(...resolved.errors);
  // Images named by a field or in a text must be files of content/medias/.
  errors.push(...mediaReferenceErrors(content.valid, loaded.media));
  const filesByType = Object.fromEntries(
    CONTENT_TYPES.map((type) => [type, loaded.files.filter((file) => file.type === type).length]),
  ) as Record<ContentType, number>;
  const check: CheckResult = { errors: sortErrors(errors), filesByType, files: loaded.files.map((file) => file.path) };
  return { check, resolved };
}

/** `check`: every error of validated content, without rendering anything. */
export function checkContent(content: ValidatedContent): CheckResult {
  return resolveContent(content).check;
}

/**
 * The preview's copy of `content/`: every file is read, parsed and validated once, and
 * again only when the watcher names it or its size, modification time or inode changed.
 * A file that disappeared leaves the store. The result is the same as the full pipeline's
 * `validateContent`, without re-reading unchanged files.
 */
import { statSync } from "node:fs";
import type { ContentError } from "../errors/content-error.ts";
import type { ValidatedContent } from "../pipeline/check-content.ts";
import { validateSource } from "../pipeline/validate-sources.ts";
import { displayPath } from "../files/display-path.ts";
import { type ContentCandidate, type SourceFile, listContent, readSourceFile, strayErrors } from "../pipeline/load.ts";
import type { ValidFile, ValidationResult } from "../pipeline/validate.ts";
import { type Schemas, buildSchemas } from "../content-types/registry.ts";
import { type Vocabulary, readVocabulary } from "../content-types/vocabulary.ts";

interface StoredFile {
  readonly signature: string;
  readonly source: SourceFile | ContentError;
  /** Against the vocabulary of `vocabularyKey`; absent for a file that could not be read. */
  validation?: ValidationResult;
}

export interface StoreRefresh {
  readonly content: ValidatedContent;
  /** Files read from disk during this refresh. */
  readonly reread: readonly string[];
}

export class ContentStore {
  readonly #root: string;
  #files = new Map<string, StoredFile>();
  #vocabularyKey = "";
  #schemas: Schemas | undefined;

  constructor(root: string) {
    this.#root = root;
  }

  /** Brings the store up to date. `touched` are the paths the watcher reported, relative to the root or absolute. */
  refresh(touched: Iterable<string> = []): StoreRefresh {
    const forced = new Set([...touched].map((path) => displayPath(this.#root, path)));
    const vocabulary = readVocabulary(this.#root);
    const schemas = this.#schemasFor(vocabulary);
    const listing = listContent(this.#root);
    const files = new Map<string, StoredFile>();
    const reread: string[] = [];
    for (const candidate of listing.candidates) {
      const signature = signatureOf(candidate);
      // Deleted between the listing and now: the next refresh will not list it either.
      if (signature === undefined) continue;
      const stored = this.#files.get(candidate.path);
      if (stored && stored.signature === signature && !forced.has(candidate.path)) {
        files.set(candidate.path, stored);
      } else {
        const source = readSourceFile(candidate.absolute, candidate.path, candidate.type);
        // Gone since it was listed (an editor's temporary file): ignored, as by the build (load.ts).
        if (source === undefined) continue;
        files.set(candidate.path, { signature, source });
        reread.push(candidate.path);
      }
    }
    this.#files = files;

    const sources: SourceFile[] = [];
    // Leftover files never reach the listing; strays still there after reading are errors, as in the build.
    const loadErrors: ContentError[] = strayErrors(listing);
    const valid: ValidFile[] = [];
    const errors: ContentError[] = [];
    for (const path of [...files.keys()].sort((a, b) => a.localeCompare(b))) {
      const stored = files.get(path) as StoredFile;
      if ("message" in stored.source) {
        loadErrors.push(stored.source);
        continue;
      }
      sources.push(stored.source);
      stored.validation ??= validateSource(stored.source, schemas);
      if (stored.validation.ok) valid.push(stored.validation.file);
      else errors.push(...stored.validation.errors);
    }
    return {
      content: { loaded: { files: sources, errors: loadErrors, media: listing.media }, vocabulary, valid, errors: [...loadErrors, ...errors] },
      reread,
    };
  }

  /** Validation depends on the vocabularies: when they change, every file is validated again (from memory). */
  #schemasFor(vocabulary: Vocabulary): Schemas {
    const key = JSON.stringify(vocabulary);
    if (key !== this.#vocabularyKey || !this.#schemas) {
      this.#vocabularyKey = key;
      this.#schemas = buildSchemas(vocabulary);
      for (const stored of this.#files.values()) stored.validation = undefined;
    }
    return this.#schemas;
  }
}

function signatureOf(candidate: ContentCandidate): string | undefined {
  const stats = statSync(candidate.absolute, { bigint: true, throwIfNoEntry: false });
  return stats && `${stats.ino}:${stats.size}:${stats.mtimeNs}`;
}

/**
 * Step 1 — load: walk `content/`, read every file as strict UTF-8 and refuse,
 * with a message, anything that is not a Markdown file in one of the four folders.
 * Nothing is ever skipped in silence.
 */
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { CONTENT_TYPES, type ContentType } from "../schema/index.ts";
import { type ContentError, START_OF_FILE, contentError } from "../errors/content-error.ts";
import { SLUG_PATTERN, slugify } from "../text/slugify.ts";
import { closestMatch } from "../text/suggest.ts";

/** Large enough for any real entry; small enough that a pasted data dump fails fast. */
export const MAX_FILE_BYTES = 512 * 1024;

export interface SourceFile {
  /** Path from the project root with forward slashes, as shown in messages. */
  readonly path: string;
  readonly type: ContentType;
  readonly slug: string;
  /** Decoded text, without byte-order mark, with `\n` line endings. */
  readonly text: string;
}

export interface LoadResult {
  readonly files: SourceFile[];
  readonly errors: ContentError[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes bytes as UTF-8 (dropping a BOM) and normalises Windows and old Mac line endings. */
export function decodeContent(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes).replace(/\r\n?/g, "\n");
  } catch {
    return undefined;
  }
}

/** A path, absolute or from the root, in the form messages show: from the root, with forward slashes. */
export function displayPath(root: string, path: string): string {
  return relative(root, resolve(root, path)).split(sep).join("/");
}

function isContentType(name: string): name is ContentType {
  return (CONTENT_TYPES as readonly string[]).includes(name);
}

/** A Markdown file found in one of the four type folders, not read yet. */
export interface ContentCandidate {
  readonly absolute: string;
  /** Path from the project root with forward slashes, as shown in messages. */
  readonly path: string;
  readonly type: ContentType;
}

export interface ContentListing {
  readonly candidates: ContentCandidate[];
  /** Everything found that is not a Markdown file in a type folder. */
  readonly errors: ContentError[];
}

/** Reads every file under `<root>/content`. */
export function loadContent(root: string): LoadResult {
  return readListing(listContent(root));
}

/** Reads the files a listing found; its errors come first. */
export function readListing(listing: ContentListing): LoadResult {
  const files: SourceFile[] = [];
  const errors = [...listing.errors];
  for (const candidate of listing.candidates) {
    const loaded = readSourceFile(candidate.absolute, candidate.path, candidate.type);
    if ("message" in loaded) errors.push(loaded);
    else files.push(loaded);
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { files, errors };
}

/** Walks `<root>/content` without reading any file: what is there, and what has no place there. */
export function listContent(root: string): ContentListing {
  const contentDir = join(root, "content");
  const candidates: ContentCandidate[] = [];
  const errors: ContentError[] = [];
  const fail = (absolute: string, error: (file: string) => ContentError) => errors.push(error(displayPath(root, absolute)));

  for (const folder of readdirSync(contentDir, { withFileTypes: true })) {
    const folderPath = join(contentDir, folder.name);
    if (folder.isSymbolicLink()) {
      fail(folderPath, (file) => contentError(file, START_OF_FILE, "fileIsSymlink", {}));
    } else if (!folder.isDirectory()) {
      fail(folderPath, (file) => contentError(file, START_OF_FILE, "fileOutsideTypeFolders", {}));
    } else if (!isContentType(folder.name)) {
      fail(folderPath, (file) =>
        contentError(file, START_OF_FILE, "unknownFolder", {
          folder: folder.name,
          suggestion: closestMatch(folder.name, CONTENT_TYPES),
        }),
      );
    } else {
      walkTypeFolder(root, folderPath, folder.name, candidates, errors);
    }
  }
  return { candidates, errors };
}

function walkTypeFolder(root: string, dir: string, type: ContentType, candidates: ContentCandidate[], errors: ContentError[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const absolute = join(dir, entry.name);
    const path = displayPath(root, absolute);
    if (entry.isSymbolicLink()) {
      errors.push(contentError(path, START_OF_FILE, "fileIsSymlink", {}));
    } else if (entry.isDirectory()) {
      errors.push(contentError(path, START_OF_FILE, "unknownFolder", { folder: `${type}/${entry.name}` }));
    } else if (!entry.name.endsWith(".md")) {
      errors.push(contentError(path, START_OF_FILE, "notMarkdown", {}));
    } else {
      candidates.push({ absolute, path, type });
    }
  }
}

/** Reads one content file; a single error when it cannot be used at all. */
export function readSourceFile(absolute: string, path: string, type: ContentType): SourceFile | ContentError {
  const stats = lstatSync(absolute);
  if (stats.isSymbolicLink()) return contentError(path, START_OF_FILE, "fileIsSymlink", {});
  if (stats.size > MAX_FILE_BYTES) {
    return contentError(path, START_OF_FILE, "fileTooLarge", {
      sizeKb: Math.ceil(stats.size / 1024),
      limitKb: MAX_FILE_BYTES / 1024,
    });
  }
  const slug = path.slice(path.lastIndexOf("/") + 1, -".md".length);
  // Lowercase ASCII only: two files differing by case or accents can never both be valid.
  if (!SLUG_PATTERN.test(slug)) {
    return contentError(path, START_OF_FILE, "invalidFileName", { suggestion: slugify(slug) || "nouvelle-fiche" });
  }
  const text = decodeContent(readFileSync(absolute));
  if (text === undefined) return contentError(path, START_OF_FILE, "fileNotUtf8", {});
  return { path, type, slug, text };
}

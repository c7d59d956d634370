/**
 * Step 1 — load: walk `content/`, read every file as strict UTF-8 and refuse,
 * with a message, anything that is not a Markdown file in one of the four folders
 * or an image in `content/medias/` (listed, not read: scripts/media/media-folder.ts).
 * Nothing is ever skipped in silence, except what the contract names: the files editors
 * and systems leave behind (files/leftover-files.ts), and a file gone before it is read.
 */
import { type Dirent, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CONTENT_TYPES, type ContentType } from "../content-types/registry.ts";
import type { SourceFile } from "../model/content-files.ts";
import { type ContentError, START_OF_FILE, contentError } from "../errors/content-error.ts";
import { SLUG_PATTERN, slugify } from "../text/slugify.ts";
import { closestMatch } from "../text/suggest.ts";
import { displayPath } from "../files/display-path.ts";
import { isLeftover, vanished } from "../files/leftover-files.ts";
import { MEDIA_FOLDER, type MediaFile, extensionOf, isImageExtension } from "../files/media-files.ts";
import { listMediaFolder } from "../media/media-folder.ts";

/** Large enough for any real entry; small enough that a pasted data dump fails fast. */
export const MAX_FILE_BYTES = 512 * 1024;

export type { SourceFile } from "../model/content-files.ts";

export interface LoadResult {
  readonly files: SourceFile[];
  readonly errors: ContentError[];
  /** The images of `content/medias/` that can be published, for the references to check. */
  readonly media: readonly MediaFile[];
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

/** Something found in `content/` that has no place there, and what to tell about it. */
export interface Stray {
  readonly absolute: string;
  readonly error: ContentError;
}

export interface ContentListing {
  readonly candidates: ContentCandidate[];
  /** Everything found that is not a Markdown file in a type folder, nor a leftover; see `strayErrors`. */
  readonly strays: Stray[];
  /** The images of `content/medias/` (scripts/media/media-folder.ts). */
  readonly media: MediaFile[];
}

/** Reads every file under `<root>/content`. */
export function loadContent(root: string): LoadResult {
  return readListing(listContent(root));
}

/** Reads the files a listing found; the errors about what has no place in content/ come first. */
export function readListing(listing: ContentListing): LoadResult {
  const files: SourceFile[] = [];
  const loadErrors: ContentError[] = [];
  for (const candidate of listing.candidates) {
    const loaded = readSourceFile(candidate.absolute, candidate.path, candidate.type);
    if (loaded === undefined) continue;
    if ("message" in loaded) loadErrors.push(loaded);
    else files.push(loaded);
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { files, errors: [...strayErrors(listing), ...loadErrors], media: listing.media };
}

/**
 * The errors of the strays still there once the files are read: `sed -i` and some editors
 * write a temporary file beside the one they save, then rename it away. Looking again as
 * late as possible gives it every chance to be gone; one still there is an error.
 */
export function strayErrors(listing: ContentListing): ContentError[] {
  return listing.strays.flatMap((stray) => (lstatSync(stray.absolute, { throwIfNoEntry: false }) ? [stray.error] : []));
}

/** Walks `<root>/content` without reading any file: what is there, and what has no place there. */
export function listContent(root: string): ContentListing {
  const contentDir = join(root, "content");
  const candidates: ContentCandidate[] = [];
  const strays: Stray[] = [];
  const media: MediaFile[] = [];
  const fail = (absolute: string, error: (file: string) => ContentError) =>
    strays.push({ absolute, error: error(displayPath(root, absolute)) });

  for (const folder of readdirSync(contentDir, { withFileTypes: true })) {
    const folderPath = join(contentDir, folder.name);
    if (isLeftover(folder.name)) {
      continue;
    } else if (folder.isSymbolicLink()) {
      fail(folderPath, (file) => contentError(file, START_OF_FILE, "fileIsSymlink", {}));
    } else if (!folder.isDirectory()) {
      fail(folderPath, (file) => contentError(file, START_OF_FILE, isImageFile(folder.name) ? "imageOutsideMedia" : "fileOutsideTypeFolders", {}));
    } else if (folder.name === MEDIA_FOLDER) {
      const listed = listMediaFolder(folderPath, (absolute) => displayPath(root, absolute));
      media.push(...listed.media);
      strays.push(...listed.strays);
    } else if (!isContentType(folder.name)) {
      fail(folderPath, (file) =>
        contentError(file, START_OF_FILE, "unknownFolder", {
          folder: folder.name,
          suggestion: closestMatch(folder.name, [...CONTENT_TYPES, MEDIA_FOLDER]),
        }),
      );
    } else {
      walkTypeFolder(root, folderPath, folder.name, candidates, strays);
    }
  }
  return { candidates, strays, media };
}

/** An image (or a SVG) left beside the entries rather than in `content/medias/`. */
function isImageFile(name: string): boolean {
  const extension = extensionOf(name);
  return extension === "svg" || isImageExtension(extension);
}

function walkTypeFolder(root: string, dir: string, type: ContentType, candidates: ContentCandidate[], strays: Stray[]): void {
  for (const entry of entriesOf(dir)) {
    const absolute = join(dir, entry.name);
    const path = displayPath(root, absolute);
    const stray = (error: ContentError) => strays.push({ absolute, error });
    if (isLeftover(entry.name)) {
      continue;
    } else if (entry.isSymbolicLink()) {
      stray(contentError(path, START_OF_FILE, "fileIsSymlink", {}));
    } else if (entry.isDirectory()) {
      stray(contentError(path, START_OF_FILE, "unknownFolder", { folder: `${type}/${entry.name}` }));
    } else if (!entry.name.endsWith(".md")) {
      stray(contentError(path, START_OF_FILE, isImageFile(entry.name) ? "imageOutsideMedia" : "notMarkdown", {}));
    } else {
      candidates.push({ absolute, path, type });
    }
  }
}

/** A folder's entries; none when the folder itself went away after it was listed. */
function entriesOf(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (vanished(error)) return [];
    throw error;
  }
}

/**
 * Reads one content file; a single error when it cannot be used at all, and nothing when
 * it is gone: listed, then deleted or renamed before it could be read.
 */
export function readSourceFile(absolute: string, path: string, type: ContentType): SourceFile | ContentError | undefined {
  const stats = lstatSync(absolute, { throwIfNoEntry: false });
  if (stats === undefined) return undefined;
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
  const bytes = readBytes(absolute);
  if (bytes === undefined) return undefined;
  const text = decodeContent(bytes);
  if (text === undefined) return contentError(path, START_OF_FILE, "fileNotUtf8", {});
  return { path, type, slug, text };
}

/** A file's bytes, or nothing when it disappeared since it was looked at. */
function readBytes(absolute: string): Uint8Array | undefined {
  try {
    return readFileSync(absolute);
  } catch (error) {
    if (vanished(error)) return undefined;
    throw error;
  }
}

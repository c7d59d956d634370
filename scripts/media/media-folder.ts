/**
 * Lists `content/medias/`: every image a contributor added, and a French error for anything
 * else there (a SVG, a PDF, a name with capitals or spaces, a photo too heavy, a sub-folder).
 * Called by the loader (scripts/pipeline/load.ts); nothing is read but each file's first bytes.
 */
import { type Dirent, lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type ContentError, START_OF_FILE, contentError } from "../errors/content-error.ts";
import { isLeftover, vanished } from "../files/leftover-files.ts";
import {
  MAX_IMAGE_BYTES,
  MEDIA_NAME_PATTERN,
  type MediaFile,
  extensionOf,
  isImageExtension,
  looksLikeImage,
  readHead,
  suggestedMediaName,
} from "../files/media-files.ts";

export interface MediaListing {
  readonly media: MediaFile[];
  /** What has no place in the folder, with its error (checked again later: it may be an editor's temporary file). */
  readonly strays: Array<{ readonly absolute: string; readonly error: ContentError }>;
}

/** `display` turns an absolute path into the path messages show. */
export function listMediaFolder(dir: string, display: (absolute: string) => string): MediaListing {
  const media: MediaFile[] = [];
  const strays: MediaListing["strays"] = [];
  for (const entry of entriesOf(dir)) {
    if (isLeftover(entry.name)) continue;
    const absolute = join(dir, entry.name);
    const path = display(absolute);
    const problem = mediaProblem(entry, absolute, path);
    if (problem === "gone") continue;
    if (problem) strays.push({ absolute, error: problem });
    else media.push({ name: entry.name, absolute, path });
  }
  media.sort((a, b) => a.name.localeCompare(b.name));
  return { media, strays };
}

/** Why a file of `content/medias/` cannot be used; nothing when it can, `gone` when it vanished meanwhile. */
function mediaProblem(entry: Dirent, absolute: string, path: string): ContentError | "gone" | undefined {
  const error = (key: Parameters<typeof contentError>[2], params: object = {}) =>
    contentError(path, START_OF_FILE, key, params as never);
  if (entry.isSymbolicLink()) return error("fileIsSymlink");
  if (entry.isDirectory()) return error("mediaSubfolder");
  const extension = extensionOf(entry.name);
  if (extension === "svg") return error("mediaSvgRefused");
  if (!isImageExtension(extension)) return error("mediaNotImage");
  if (!MEDIA_NAME_PATTERN.test(entry.name)) return error("invalidMediaName", { suggestion: suggestedMediaName(entry.name) });
  const stats = lstatSync(absolute, { throwIfNoEntry: false });
  if (stats === undefined) return "gone";
  if (stats.size > MAX_IMAGE_BYTES) {
    return error("mediaTooLarge", {
      // Rounded up: a file just over the limit must not read « 10 Mo, au-delà de la limite de 10 Mo ».
      sizeMb: (Math.ceil((stats.size / 1024 / 1024) * 10) / 10).toLocaleString("fr-FR"),
      limitMb: MAX_IMAGE_BYTES / 1024 / 1024,
    });
  }
  let head: Uint8Array;
  try {
    head = readHead(absolute);
  } catch (failure) {
    if (vanished(failure)) return "gone";
    throw failure;
  }
  return looksLikeImage(head) ? undefined : error("mediaNotReadable");
}

function entriesOf(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (failure) {
    if (vanished(failure)) return [];
    throw failure;
  }
}

/**
 * Every address of an image of `medias/` that a built site gives out, wherever a reader or a
 * program meets it: pages, feed, sitemap, open data, service worker, and the search index
 * (whose files are gzipped, decompressed here).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gunzipSync } from "node:zlib";

export interface ImageReference {
  /** The file that gives the address, relative to the site: `dynamiques/oxalis/index.html`. */
  readonly file: string;
  /** The address as written, up to the file name: `https://…/observatoire/medias/oxalis-Ab12-400.avif`. */
  readonly address: string;
  /** The file name after `medias/`. */
  readonly name: string;
}

const IMAGE_ADDRESS = /(?:https?:\/\/[^\s"'&<>]*?|[^\s"'&<>=;]*?)medias\/([a-z0-9_.-]+\.(?:jpe?g|png|webp|avif))/gi;

function readable(bytes: Buffer): string {
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString("latin1") : bytes.toString("latin1");
}

export function imageReferences(siteDir: string): ImageReference[] {
  const references: ImageReference[] = [];
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join("/");
    // The published images themselves, and Pagefind's WebAssembly, are not texts.
    if (file.startsWith("medias/") || file.endsWith(".wasm")) continue;
    const text = readable(readFileSync(join(siteDir, file)));
    for (const match of text.matchAll(IMAGE_ADDRESS)) references.push({ file, address: match[0], name: match[1] as string });
  }
  return references;
}

/**
 * Body images in the rendered text: `![texte](../medias/oxalis.jpg)`, the path that shows the
 * image in the forge's preview, becomes `<img src="/medias/oxalis.jpg" alt="texte">`, which
 * the build replaces with the image's published sizes (scripts/media/eleventy-images.ts).
 * An image from another host keeps its address here: the sanitiser removes it
 * (scripts/render/markdown.ts), and `check` refuses it before (media-references.ts).
 */
import type { Token } from "markdown-it";
import { MEDIA_FOLDER, mediaNameOf } from "../files/media-files.ts";

const BODY_PREFIX = `../${MEDIA_FOLDER}/`;

/** Rewrites, in place, the address of every image of `content/medias/` among the tokens. */
export function localBodyImages(tokens: readonly Token[]): void {
  for (const token of tokens) {
    if (token.children) localBodyImages(token.children);
    if (token.type !== "image") continue;
    const src = String(token.attrGet("src") ?? "");
    if (!src.startsWith(BODY_PREFIX)) continue;
    const name = mediaNameOf(src);
    if (name !== undefined) token.attrSet("src", mediaPlaceholderUrl(name));
  }
}

/** Where a page names an image before the build knows its sizes: `/medias/oxalis.jpg`. */
export function mediaPlaceholderUrl(name: string): string {
  return `/${MEDIA_FOLDER}/${name}`;
}

/**
 * Checks every image an entry or territory names against `content/medias/`: its `image.src`,
 * and each image of its text (`![texte](../medias/nom.jpg)`). A missing file gets the closest
 * existing name; an image of the text from another host, outside `content/medias/` or without
 * a text alternative is an error at the line and column where it is written.
 */
import type { Token } from "markdown-it";
import { type ContentError, type Position, contentError } from "../errors/content-error.ts";
import type { ValidFile } from "../model/content-files.ts";
import { markdownParser } from "../render/markdown-parser.ts";
import { closestMatch } from "../text/suggest.ts";
import { type MediaFile, isRemoteReference, mediaNameOf } from "../files/media-files.ts";

/** `![…](../medias/x.jpg)`: the one form of a body image, which the forge's preview shows too. */
const BODY_MEDIA_PREFIX = "../medias/";

export function mediaReferenceErrors(files: readonly ValidFile[], media: readonly MediaFile[]): ContentError[] {
  const names = new Set(media.map((file) => file.name));
  const errors: ContentError[] = [];
  for (const file of files) {
    const image = file.data.image;
    if (image !== undefined && !names.has(image.src)) {
      errors.push(
        contentError(file.path, file.locate(["image", "src"]), "unknownMediaField", { name: image.src, suggestion: closestMatch(image.src, names) }),
      );
    }
    errors.push(...bodyImageErrors(file, names));
  }
  return errors;
}

/** An image written in a body: where, and what it points to. */
interface BodyImage {
  readonly src: string;
  readonly alt: string;
  readonly at: Position;
  /** From raw HTML (`<img src="…">`) rather than Markdown. */
  readonly html: boolean;
}

function bodyImageErrors(file: ValidFile, names: ReadonlySet<string>): ContentError[] {
  return bodyImages(file.body, file.bodyLine).flatMap((image): ContentError[] => {
    const error = <K extends Parameters<typeof contentError>[2]>(key: K, params: Parameters<typeof contentError<K>>[3]) => [
      contentError(file.path, image.at, key, params),
    ];
    if (isRemoteReference(image.src)) return error("remoteImageInBody", { url: image.src });
    // A local image in raw HTML would be published as written: its relative address would
    // point below the entry's page, and it would get no sizes nor a checked alternative.
    if (image.html) return error("imageInHtml", { src: image.src });
    if (!image.src.startsWith(BODY_MEDIA_PREFIX)) return error("imageNotInMedias", { src: image.src });
    const name = mediaNameOf(image.src) ?? image.src;
    if (!names.has(name)) return error("unknownMediaInBody", { name, suggestion: closestMatch(name, names) });
    if (image.alt.trim() === "") return error("imageWithoutAlt", { src: image.src });
    return [];
  });
}

/** Every image of a body, in reading order, at its place in the file (`bodyLine` is the body's first line). */
export function bodyImages(body: string, bodyLine: number): BodyImage[] {
  // Most texts have no image: they are not parsed a second time.
  if (!body.includes("![") && !/<img/i.test(body)) return [];
  const lines = body.split("\n");
  const found: BodyImage[] = [];
  for (const token of markdownParser.parse(body, {})) {
    const firstLine = token.map?.[0] ?? 0;
    const lastLine = token.map?.[1] ?? firstLine + 1;
    if (token.type === "html_block") {
      found.push(...htmlImages(token.content, markerPlaces(lines, firstLine, lastLine, /<img\b/gi), bodyLine));
    } else if (token.type === "inline") {
      const markdownPlaces = markerPlaces(lines, firstLine, lastLine, /!\[/g);
      const htmlPlaces = markerPlaces(lines, firstLine, lastLine, /<img\b/gi);
      const fallback = { line: firstLine, column: 0 };
      for (const child of token.children ?? []) {
        if (child.type === "image") found.push(fromMarkdown(child, markdownPlaces.shift() ?? fallback, bodyLine));
        else if (child.type === "html_inline") found.push(...htmlImages(child.content, htmlPlaces, bodyLine));
      }
    }
  }
  return found;
}

function fromMarkdown(token: Token, place: { line: number; column: number }, bodyLine: number): BodyImage {
  // markdown-it keeps the alternative text as the image's children; `content` is their plain text.
  return { src: rawSource(token), alt: token.content, at: { line: bodyLine + place.line, column: place.column + 1 }, html: false };
}

/** The address as written: markdown-it percent-encodes it (`é` → `%C3%A9`) for the HTML. */
function rawSource(token: Token): string {
  const src = String(token.attrGet("src") ?? "");
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** The `src` of each `<img>` of a piece of HTML, placed at the next `<img` found in its lines. */
function htmlImages(html: string, places: Array<{ line: number; column: number }>, bodyLine: number): BodyImage[] {
  return [...html.matchAll(/<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((match) => {
    // Each `<img` takes the next place found in the lines: the places are consumed in order.
    const place = places.shift() ?? { line: 0, column: 0 };
    return { src: match[1] ?? match[2] ?? match[3] ?? "", alt: "", at: { line: bodyLine + place.line, column: place.column + 1 }, html: true };
  });
}

/** Where each occurrence of `marker` is, in lines `from` (included) to `to` (excluded); 0-based. */
function markerPlaces(lines: readonly string[], from: number, to: number, marker: RegExp): Array<{ line: number; column: number }> {
  const places: Array<{ line: number; column: number }> = [];
  for (let line = from; line < to && line < lines.length; line += 1) {
    for (const match of (lines[line] ?? "").matchAll(marker)) places.push({ line, column: match.index });
  }
  return places;
}

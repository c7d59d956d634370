/**
 * The files of `content/medias/`: the images entries and territories show (CONTENT-MODEL.md,
 * « Images »). What a media file may be, in one place, for the loader (what is accepted in
 * the folder) and for validation (what a reference may name).
 */
import { closeSync, openSync, readSync } from "node:fs";

/** The folder of `content/` that holds images; it is not a content type. */
export const MEDIA_FOLDER = "medias";

/** Formats sharp reads and every current browser shows, once converted. */
export const IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif"] as const;

/** A camera's full-size photo fits; a scan at print resolution does not belong on a web page. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** Lowercase ASCII, digits, `-` and `.`, with an image extension: `oxalis-2019.jpg`. */
export const MEDIA_NAME_PATTERN = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?\.(?:jpg|jpeg|png|webp|avif)$/;

/** An image file found in `content/medias/`, accepted by the loader. */
export interface MediaFile {
  /** File name, the reference used in `image.src` and in the text: `oxalis.jpg`. */
  readonly name: string;
  readonly absolute: string;
  /** Path from the project root, as messages show it. */
  readonly path: string;
}

/** The extension, lowercased, without its dot: `JPG` for `x.JPG` gives `jpg`. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

export function isImageExtension(extension: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(extension);
}

/** A media name a contributor could rename their file to: `Photo Oxalis.JPG` → `photo-oxalis.jpg`. */
export function suggestedMediaName(name: string): string {
  const extension = extensionOf(name);
  const stem = name.slice(0, name.length - extension.length - 1);
  const cleaned = stem
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return `${cleaned || "image"}.${extension === "jpeg" ? "jpeg" : isImageExtension(extension) ? extension : "jpg"}`;
}

/**
 * Whether the first bytes are those of one of the accepted formats. A text or a PDF renamed
 * `.jpg` is refused by `check`, rather than failing the build deep inside the image converter.
 */
export function looksLikeImage(head: Uint8Array): boolean {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return true; // JPEG
  if (head[0] === 0x89 && ascii(1, 4) === "PNG") return true;
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return true;
  // AVIF: an ISO-BMFF box `ftyp` with the brand avif (still image) or avis (sequence).
  return ascii(4, 8) === "ftyp" && /^avi[fs]$/.test(ascii(8, 12));
}

/** The first bytes of a file, enough for `looksLikeImage`. */
export function readHead(absolute: string): Uint8Array {
  const head = new Uint8Array(16);
  const descriptor = openSync(absolute, "r");
  try {
    const read = readSync(descriptor, head, 0, head.length, 0);
    return head.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * The media name an image reference points to, or undefined when it is not a file of
 * `content/medias/`: the name alone (`oxalis.jpg`, in `image.src`) or the relative path
 * that also shows the image in the forge's Markdown preview (`../medias/oxalis.jpg`).
 */
export function mediaNameOf(reference: string): string | undefined {
  const match = /^(?:\.\.\/medias\/)?([^/\\]+)$/.exec(reference.trim());
  return match?.[1];
}

/** A reference to another host: `https://…`, `http://…` or protocol-relative `//…`. */
export function isRemoteReference(reference: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(reference.trim());
}

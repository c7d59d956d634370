/**
 * Publishes the images of `content/medias/` that pages show, in sizes fit for their place:
 * across the text column, up to three widths (400, 800 and 1 200 pixels, never wider than the
 * original); as a thumbnail beside an entry in a list, two small widths (128 and 256 pixels,
 * for screens of one to three device pixels per CSS pixel). Each size is written in AVIF and
 * WebP, with a JPEG (or PNG, for a PNG) for older browsers, and the HTML lets the browser choose
 * among them (`<picture>`, `srcset`, `width` and `height` so that nothing moves while it loads).
 *
 * Converting is slow (about a second per image). Eleventy Image names each file by a hash of
 * its source and options, and skips a conversion whose files already exist: they are written
 * once into a folder kept between builds (`.cache/medias/`), and each build copies only the
 * files its pages use into its own output (a new folder at every build, see atomic-output.ts).
 *
 * The preview (`npm start`) writes into the same folder at every save, and a save renders
 * pages that show images again (the changed entry, the lists, the feed): a file this process
 * already copied there, and found as it left it, is not copied again. A changed image gets a
 * new name (the hash of its content), so it is always copied.
 */
import { copyFileSync, mkdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import Image from "@11ty/eleventy-img";
import { MEDIA_FOLDER } from "../files/media-files.ts";

/** Widths offered to the browser; the main column is at most about 46 rem (740 px) wide. */
export const IMAGE_WIDTHS = [400, 800, 1200];
/** A thumbnail is 6 rem (96 CSS pixels) wide (style.css, `.entry-list picture`): 128 and 256 pixels cover 1× to 3× screens. */
export const THUMBNAIL_WIDTHS = [128, 256];
/** Modern formats first: the browser takes the first it knows. `auto` keeps JPEG or PNG as the fallback. */
const FORMATS = ["avif", "webp", "auto"];

/** The widths of an image and the width it takes on the page, for each kind of place. */
const LAYOUTS = {
  /** As wide as the text column, or the screen when it is narrower. */
  column: { widths: IMAGE_WIDTHS, sizes: "(min-width: 48rem) 46rem, 100vw" },
  /** Beside an entry in a list; `sizes` must match the width style.css gives it. */
  thumbnail: { widths: THUMBNAIL_WIDTHS, sizes: "6rem" },
} as const;
type Layout = keyof typeof LAYOUTS;

/** What Eleventy Image returns for one output file. */
interface OutputFile {
  readonly format: string;
  readonly width: number;
  readonly height: number;
  readonly url: string;
  readonly sourceType: string;
  readonly filename: string;
  readonly outputPath: string;
}
type Metadata = Record<string, OutputFile[]>;

/**
 * Where a page shows an image: at its top (loaded at once), in its text (loaded when the reader
 * scrolls near it), or as a thumbnail in a list of entries (small, and loaded when scrolled to).
 */
export type ImagePlacement = "top" | "body" | "thumbnail";

export interface PictureOptions {
  /** The alternative text, already escaped for an HTML attribute. */
  readonly altHtml: string;
  readonly placement: ImagePlacement;
}

export class ImagePublisher {
  readonly #mediaDir: string;
  readonly #cacheDir: string;
  readonly #outputDir: string;
  readonly #base: string;
  readonly #conversions = new Map<string, Promise<Metadata>>();
  readonly #copied = new Set<string>();

  /**
   * `root`: the project; `outputDir`: the folder this build writes the site to; `base`: the
   * site's path prefix (`/`, or `/observatoire/`), which starts every image URL.
   */
  constructor(root: string, outputDir: string, base: string) {
    this.#mediaDir = join(root, "content", MEDIA_FOLDER);
    this.#cacheDir = join(root, ".cache", MEDIA_FOLDER);
    this.#outputDir = outputDir;
    this.#base = base;
  }

  /** The `<picture>` of an image of `content/medias/`, its files copied into the output. */
  async picture(name: string, options: PictureOptions): Promise<string> {
    const layout: Layout = options.placement === "thumbnail" ? "thumbnail" : "column";
    const { sizes } = LAYOUTS[layout];
    const metadata = await this.#publish(name, layout);
    const formats = Object.values(metadata);
    const fallback = formats.at(-1) as OutputFile[];
    const largest = fallback.at(-1) as OutputFile;
    const srcset = (files: readonly OutputFile[]) => files.map((file) => `${file.url} ${file.width}w`).join(", ");
    const sources = formats
      .slice(0, -1)
      .map((files) => `<source type="${files[0]?.sourceType}" srcset="${srcset(files)}" sizes="${sizes}">`)
      .join("");
    const loading = options.placement === "top" ? `decoding="async" fetchpriority="high"` : `loading="lazy" decoding="async"`;
    return (
      `<picture>${sources}<img src="${(fallback[0] as OutputFile).url}" srcset="${srcset(fallback)}" sizes="${sizes}"` +
      ` width="${largest.width}" height="${largest.height}" alt="${options.altHtml}" ${loading}></picture>`
    );
  }

  /** The site-relative URL of the image for social cards: its largest JPEG or PNG. */
  async socialImage(name: string): Promise<string> {
    const fallback = Object.values(await this.#publish(name, "column")).at(-1) as OutputFile[];
    return (fallback.at(-1) as OutputFile).url;
  }

  /** Every file of the image in a layout's widths, converted once per build (and skipped when the cache has it), then copied. */
  async #publish(name: string, layout: Layout): Promise<Metadata> {
    const key = `${layout}:${name}`;
    let conversion = this.#conversions.get(key);
    if (!conversion) {
      conversion = this.#convert(name, layout);
      this.#conversions.set(key, conversion);
    }
    const metadata = await conversion;
    for (const file of Object.values(metadata).flat()) this.#copy(file);
    return metadata;
  }

  async #convert(name: string, layout: Layout): Promise<Metadata> {
    const stem = basename(name, extname(name));
    return (await Image(join(this.#mediaDir, name), {
      widths: LAYOUTS[layout].widths,
      formats: FORMATS,
      outputDir: this.#cacheDir,
      urlPath: `${this.#base}${MEDIA_FOLDER}/`,
      // `oxalis-Ab12Cd34Ef-800.avif`: readable in the published folder, and a new name whenever the image changes.
      filenameFormat: (id: string, _src: string, width: number, format: string) => `${stem}-${id}-${width}.${format}`,
      // The orientation a phone records is applied, so that a portrait photo is not shown lying down.
      fixOrientation: true,
      // AVIF is the slow format: at sharp's default effort (4), it takes nine tenths of the conversion time.
      // Effort 2 converts photos about 5 times faster (4 photos of 2 400 pixels: 5,9 s of processor
      // instead of 28,6 s) for AVIF files 8 % heavier; a build that starts without `.cache/` (a CI
      // runner, a new clone) converts every image again.
      sharpAvifOptions: { effort: 2 },
    })) as Metadata;
  }

  #copy(file: OutputFile): void {
    if (this.#copied.has(file.filename)) return;
    const target = join(this.#outputDir, MEDIA_FOLDER, file.filename);
    if (!stillAsWritten(target)) {
      mkdirSync(join(this.#outputDir, MEDIA_FOLDER), { recursive: true });
      copyFileSync(file.outputPath, target);
      const { size, mtimeMs } = statSync(target);
      written.set(target, { size, mtimeMs });
    }
    this.#copied.add(file.filename);
  }
}

/**
 * The files this process copied, by path, with their size and modification time just after:
 * the preview's builds share one output folder, and each build makes its own ImagePublisher.
 */
const written = new Map<string, { readonly size: number; readonly mtimeMs: number }>();

/** Whether `target` is a file this process copied and nothing has touched since (its name says its content). */
function stillAsWritten(target: string): boolean {
  const known = written.get(target);
  if (!known) return false;
  const now = statSync(target, { throwIfNoEntry: false });
  return now !== undefined && now.size === known.size && now.mtimeMs === known.mtimeMs;
}

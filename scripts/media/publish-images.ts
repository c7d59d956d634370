/**
 * Publishes the images of `content/medias/` that pages show, in sizes fit for the page: up to
 * three widths (400, 800 and 1 200 pixels, never wider than the original) in AVIF and WebP,
 * with a JPEG (or PNG, for a PNG) for older browsers, and the HTML that lets the browser
 * choose among them (`<picture>`, `srcset`, `width` and `height` so that nothing moves while
 * it loads).
 *
 * Converting is slow (about a second per image). Eleventy Image names each file by a hash of
 * its source and options, and skips a conversion whose files already exist: they are written
 * once into a folder kept between builds (`.cache/medias/`), and each build copies only the
 * files its pages use into its own output (a new folder at every build, see atomic-output.ts).
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { basename, extname, join } from "node:path";
import Image from "@11ty/eleventy-img";
import { MEDIA_FOLDER } from "./media-files.ts";

/** Widths offered to the browser; the main column is at most about 46 rem (740 px) wide. */
export const IMAGE_WIDTHS = [400, 800, 1200];
/** Modern formats first: the browser takes the first it knows. `auto` keeps JPEG or PNG as the fallback. */
const FORMATS = ["avif", "webp", "auto"];
/** The images are as wide as the text column, or the screen when it is narrower. */
const SIZES = "(min-width: 48rem) 46rem, 100vw";

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

export interface PictureOptions {
  /** The alternative text, already escaped for an HTML attribute. */
  readonly altHtml: string;
  /** At the top of the page: loaded at once; elsewhere, when the reader scrolls near it. */
  readonly placement: "top" | "body";
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
    const metadata = await this.#publish(name);
    const formats = Object.values(metadata);
    const fallback = formats.at(-1) as OutputFile[];
    const largest = fallback.at(-1) as OutputFile;
    const srcset = (files: readonly OutputFile[]) => files.map((file) => `${file.url} ${file.width}w`).join(", ");
    const sources = formats
      .slice(0, -1)
      .map((files) => `<source type="${files[0]?.sourceType}" srcset="${srcset(files)}" sizes="${SIZES}">`)
      .join("");
    const loading = options.placement === "top" ? `decoding="async" fetchpriority="high"` : `loading="lazy" decoding="async"`;
    return (
      `<picture>${sources}<img src="${(fallback[0] as OutputFile).url}" srcset="${srcset(fallback)}" sizes="${SIZES}"` +
      ` width="${largest.width}" height="${largest.height}" alt="${options.altHtml}" ${loading}></picture>`
    );
  }

  /** The site-relative URL of the image for social cards: its largest JPEG or PNG. */
  async socialImage(name: string): Promise<string> {
    const fallback = Object.values(await this.#publish(name)).at(-1) as OutputFile[];
    return (fallback.at(-1) as OutputFile).url;
  }

  /** Every file of the image, converted once per source (and skipped when the cache has it), then copied. */
  async #publish(name: string): Promise<Metadata> {
    let conversion = this.#conversions.get(name);
    if (!conversion) {
      conversion = this.#convert(name);
      this.#conversions.set(name, conversion);
    }
    const metadata = await conversion;
    for (const file of Object.values(metadata).flat()) this.#copy(file);
    return metadata;
  }

  async #convert(name: string): Promise<Metadata> {
    const stem = basename(name, extname(name));
    return (await Image(join(this.#mediaDir, name), {
      widths: IMAGE_WIDTHS,
      formats: FORMATS,
      outputDir: this.#cacheDir,
      urlPath: `${this.#base}${MEDIA_FOLDER}/`,
      // `oxalis-Ab12Cd34Ef-800.avif`: readable in the published folder, and a new name whenever the image changes.
      filenameFormat: (id: string, _src: string, width: number, format: string) => `${stem}-${id}-${width}.${format}`,
      // The orientation a phone records is applied, so that a portrait photo is not shown lying down.
      fixOrientation: true,
    })) as Metadata;
  }

  #copy(file: OutputFile): void {
    if (this.#copied.has(file.filename)) return;
    const target = join(this.#outputDir, MEDIA_FOLDER, file.filename);
    mkdirSync(join(this.#outputDir, MEDIA_FOLDER), { recursive: true });
    copyFileSync(file.outputPath, target);
    this.#copied.add(file.filename);
  }
}

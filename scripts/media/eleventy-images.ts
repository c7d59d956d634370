/**
 * Where pages get their images. Templates and rendered texts name an image of
 * `content/medias/` by a placeholder address, `<img src="/medias/oxalis.jpg" alt="…">` (and
 * `<meta property="og:image" content="/medias/oxalis.jpg">`): the model is built before any
 * image is converted, and the text renderers are synchronous. Once a page is rendered, this
 * transform replaces each placeholder with the published image (publish-images.ts): a
 * `<picture>` with its sizes, and an absolute address for social cards. A page without a
 * placeholder is returned as is, after one substring search.
 */
import { resolve } from "node:path";
import { ImagePublisher } from "./publish-images.ts";
import { MEDIA_FOLDER } from "./media-files.ts";

// Eleventy ships no type definitions for its configuration object.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EleventyConfig = any;

export interface ImageSiteSettings {
  /** Absolute address of the site, without its path prefix: `https://observatoire.example.org`. */
  readonly url: string;
  /** `/`, or `/observatoire/` when the site is served below the root. */
  readonly pathPrefix: string;
}

/**
 * A placeholder image: `/medias/x.jpg`, or `/prefix/medias/x.jpg` once Eleventy's HtmlBasePlugin
 * (whose transform runs before this one) has put the path prefix in front of `src`.
 * `data-place="top"` marks the image at the top of a page: loaded at once, not when scrolled to.
 */
function placeholderPattern(pathPrefix: string): RegExp {
  const prefixes = [...new Set(["/", pathPrefix])].map((prefix) => prefix.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  return new RegExp(`<img src="(?:${prefixes.join("|")})${MEDIA_FOLDER}/([a-z0-9.-]+)"([^>]*)>`, "g");
}
/** The social-card image: HtmlBasePlugin leaves `<meta>` contents as they are. */
const SOCIAL_PLACEHOLDER = new RegExp(`<meta property="og:image" content="/${MEDIA_FOLDER}/([a-z0-9.-]+)">`, "g");

export function registerImages(config: EleventyConfig, site: ImageSiteSettings): void {
  let publisher: ImagePublisher | undefined;
  // One publisher per build: it knows the folder this build writes to, and copies each file there once.
  config.on("eleventy.before", ({ directories }: { directories: { output: string } }) => {
    publisher = new ImagePublisher(process.cwd(), resolve(directories.output), site.pathPrefix);
  });
  config.addTransform("images-of-content-medias", async function (this: { page: { outputPath: unknown } }, content: string) {
    const outputPath = this.page.outputPath;
    if (typeof outputPath !== "string" || !outputPath.endsWith(".html") || !content.includes(`${MEDIA_FOLDER}/`)) return content;
    if (!publisher) throw new Error("images : la construction n’a pas annoncé son dossier de sortie (eleventy.before)");
    return await withPublishedImages(content, publisher, site);
  });
}

/** The page with every image placeholder replaced by its published image. */
export async function withPublishedImages(html: string, publisher: ImagePublisher, site: ImageSiteSettings): Promise<string> {
  const PLACEHOLDER = placeholderPattern(site.pathPrefix);
  const pictures = await Promise.all(
    [...html.matchAll(PLACEHOLDER)].map(async ([, name, attributes]) => {
      const alt = /\balt="([^"]*)"/.exec(attributes ?? "")?.[1] ?? "";
      const placement = /\bdata-place="top"/.test(attributes ?? "") ? "top" : "body";
      return publisher.picture(name as string, { altHtml: alt, placement });
    }),
  );
  const socialImages = await Promise.all([...html.matchAll(SOCIAL_PLACEHOLDER)].map(([, name]) => publisher.socialImage(name as string)));
  let index = 0;
  let socialIndex = 0;
  return html
    .replace(PLACEHOLDER, () => pictures[index++] as string)
    .replace(SOCIAL_PLACEHOLDER, () => `<meta property="og:image" content="${site.url.replace(/\/$/, "")}${socialImages[socialIndex++]}">`);
}

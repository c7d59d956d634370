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
import { type ImagePlacement, ImagePublisher } from "./publish-images.ts";
import { MEDIA_FOLDER } from "../files/media-files.ts";

// Eleventy ships no type definitions for its configuration object.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EleventyConfig = any;

export interface ImageSiteSettings {
  /** Absolute address of the site, without its path prefix: `https://observatoire.example.org`. */
  readonly url: string;
  /** `/`, or `/observatoire/` when the site is served below the root. */
  readonly pathPrefix: string;
}

/** `/` and the path prefix, as alternatives of a regular expression. */
function prefixAlternatives(pathPrefix: string): string {
  return [...new Set(["/", pathPrefix])].map(escapeRegExp).join("|");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * A placeholder image: `/medias/x.jpg`, or `/prefix/medias/x.jpg` once Eleventy's HtmlBasePlugin
 * (whose transform runs before this one) has put the path prefix in front of `src`.
 * `data-place="top"` marks the image at the top of a page: loaded at once, not when scrolled to;
 * `data-place="thumbnail"`, the small image of an entry in a list (entry-list.njk).
 */
function placeholderPattern(pathPrefix: string): RegExp {
  return new RegExp(`<img src="(?:${prefixAlternatives(pathPrefix)})${MEDIA_FOLDER}/([a-z0-9.-]+)"([^>]*)>`, "g");
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
    if (typeof outputPath !== "string" || !content.includes(`${MEDIA_FOLDER}/`)) return content;
    const isPage = outputPath.endsWith(".html");
    // The Atom feed (nouveautes.xml) carries the entries' text, images included, escaped.
    if (!isPage && !outputPath.endsWith(".xml")) return content;
    if (!publisher) throw new Error("images : la construction n’a pas annoncé son dossier de sortie (eleventy.before)");
    return isPage ? await withPublishedImages(content, publisher, site) : await withPublishedFeedImages(content, publisher, site);
  });
}

/** The page with every image placeholder replaced by its published image. */
export async function withPublishedImages(html: string, publisher: ImagePublisher, site: ImageSiteSettings): Promise<string> {
  const PLACEHOLDER = placeholderPattern(site.pathPrefix);
  const pictures = await Promise.all(
    [...html.matchAll(PLACEHOLDER)].map(async ([, name, attributes]) => {
      const alt = /\balt="([^"]*)"/.exec(attributes ?? "")?.[1] ?? "";
      const placement: ImagePlacement = (/\bdata-place="(top|thumbnail)"/.exec(attributes ?? "")?.[1] as ImagePlacement | undefined) ?? "body";
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

/**
 * A feed reader shows an entry's text on its own, far from the site: each image of the text,
 * escaped in the feed (`&lt;img src=&quot;https://…/medias/x.jpg&quot;`, made absolute by the
 * feed plugin), is given the absolute address of one published file, its largest JPEG or PNG
 * (the one social cards use): a feed has no `srcset` to choose from, and the original is not published.
 */
export async function withPublishedFeedImages(xml: string, publisher: ImagePublisher, site: ImageSiteSettings): Promise<string> {
  const origin = site.url.replace(/\/$/, "");
  const pattern = new RegExp(`src=&quot;(?:${escapeRegExp(origin)})?(?:${prefixAlternatives(site.pathPrefix)})${MEDIA_FOLDER}/([a-z0-9.-]+)&quot;`, "g");
  const urls = await Promise.all([...xml.matchAll(pattern)].map(([, name]) => publisher.socialImage(name as string)));
  let index = 0;
  return xml.replace(pattern, () => `src=&quot;${origin}${urls[index++]}&quot;`);
}

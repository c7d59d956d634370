/**
 * Contributors' Markdown to safe HTML. markdown-it renders; sanitize-html then keeps
 * only an allow-list of tags, attributes and link schemes, because the text comes
 * from pull requests by people we do not know.
 */
import type { Token } from "markdown-it";
import sanitizeHtml from "sanitize-html";
import { markdownParser } from "./markdown-parser.ts";
import { localBodyImages } from "../media/body-image-tokens.ts";

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
    "strong", "em", "b", "i", "s", "sub", "sup", "small", "abbr", "cite", "q", "code", "pre", "kbd",
    "a", "img", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
  ],
  allowedAttributes: {
    a: ["href", "title", "hreflang"],
    img: ["src", "alt", "title", "width", "height"],
    abbr: ["title"],
    th: ["scope", "colspan", "rowspan"],
    td: ["colspan", "rowspan"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  // Images come from content/medias/ only (relative addresses): one from another host would
  // follow readers and break offline reading. An image left without an address is removed.
  allowedSchemesByTag: { img: [] },
  exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs["src"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // A body's top heading is the page's h2: the page title is the only h1.
    h1: "h2",
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/i.test(attribs.href ?? "") ? { ...attribs, rel: "noopener noreferrer" } : attribs,
    }),
  },
};
SANITIZE.allowedAttributes = { ...(SANITIZE.allowedAttributes as Record<string, string[]>), a: ["href", "title", "hreflang", "rel"] };

/**
 * Renders `source`; `rewrite`, when given, changes the parsed tokens first (their text:
 * see token-typography.ts), so that the body is rendered and sanitised only once.
 */
export function renderMarkdown(source: string, rewrite?: (tokens: Token[]) => void): string {
  const env = {};
  const tokens = markdownParser.parse(source, env);
  rewrite?.(tokens);
  localBodyImages(tokens);
  return sanitizeHtml(markdownParser.renderer.render(tokens, markdownParser.options, env), SANITIZE).trim();
}

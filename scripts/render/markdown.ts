/**
 * Contributors' Markdown to safe HTML. markdown-it renders; sanitize-html then keeps
 * only an allow-list of tags, attributes and link schemes, because the text comes
 * from pull requests by people we do not know.
 */
import type { Token } from "markdown-it";
import sanitizeHtml from "sanitize-html";
import { markdownParser } from "./markdown-parser.ts";

/** Elements removed with their text (sanitize-html's own default list, written out to be read here). */
const REMOVED_WITH_TEXT = ["script", "style", "textarea", "option", "xmp"];

const ALLOWED_TAGS = [
  "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
  "strong", "em", "b", "i", "s", "sub", "sup", "small", "abbr", "cite", "q", "code", "pre", "kbd",
  "a", "img", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
];
/** Tags renamed rather than removed. */
const RENAMED_TAGS: Readonly<Record<string, string>> = {
  // A body's top heading is the page's h2: the page title is the only h1.
  h1: "h2",
};

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ["href", "title", "hreflang"],
    img: ["src", "alt", "title", "width", "height"],
    abbr: ["title"],
    th: ["scope", "colspan", "rowspan"],
    td: ["colspan", "rowspan"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: REMOVED_WITH_TEXT,
  transformTags: {
    ...RENAMED_TAGS,
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/i.test(attribs.href ?? "") ? { ...attribs, rel: "noopener noreferrer" } : attribs,
    }),
  },
};
SANITIZE.allowedAttributes = { ...(SANITIZE.allowedAttributes as Record<string, string[]>), a: ["href", "title", "hreflang", "rel"] };

/**
 * Renders `source`; `rewrite`, when given, changes the parsed tokens first (their text:
 * see token-typography.ts), so that what the page shows is rendered and sanitised once.
 */
export function renderMarkdown(source: string, rewrite?: (tokens: Token[]) => void): string {
  const env = {};
  const tokens = markdownParser.parse(source, env);
  rewrite?.(tokens);
  return sanitizeHtml(markdownParser.renderer.render(tokens, markdownParser.options, env), SANITIZE).trim();
}

/** What the sanitiser does with an HTML element a contributor wrote: keeps it, or removes the tags only, or the tags and their text. */
export function sanitiserKeeps(tagName: string): "element" | "text" | "nothing" {
  const name = tagName.toLowerCase();
  if (ALLOWED_TAGS.includes(Object.hasOwn(RENAMED_TAGS, name) ? RENAMED_TAGS[name]! : name)) return "element";
  return REMOVED_WITH_TEXT.includes(name) ? "nothing" : "text";
}

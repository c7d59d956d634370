/**
 * Contributors' Markdown to safe HTML. markdown-it renders; sanitize-html then keeps
 * only an allow-list of tags, attributes and link schemes, because the text comes
 * from pull requests by people we do not know.
 */
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

const SAFE_LINK = /^(https?:|mailto:|[/#.?]|[^:]*$)/i;

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });
// markdown-it's own check lets `data:` images through; ours is stricter and matches the sanitiser.
markdown.validateLink = (url) => SAFE_LINK.test(url.trim());

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
  allowedSchemesByTag: { img: ["http", "https"] },
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

export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE).trim();
}

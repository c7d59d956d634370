/**
 * The one markdown-it set-up for contributors' text: the renderer turns its tokens into
 * HTML, and validation measures their nesting (scripts/pipeline/body-nesting.ts). Both must
 * read the text the same way, or a check could pass on a structure the page does not have.
 * Kept apart from markdown.ts so that validation does not load the HTML sanitiser.
 */
import MarkdownIt from "markdown-it";

const SAFE_LINK = /^(https?:|mailto:|[/#.?]|[^:]*$)/i;

export const markdownParser = new MarkdownIt({ html: true, linkify: false, typographer: false });
// markdown-it's own check lets `data:` images through; ours is stricter and matches the sanitiser.
markdownParser.validateLink = (url) => SAFE_LINK.test(url.trim());

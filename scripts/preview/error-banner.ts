/**
 * The banner the preview puts at the top of a page while the content has errors: the
 * errors as `path:line:col  message`, where the contributor is looking, above the last
 * valid version of the page. It is HTML for one response, never a file: the pages the
 * preview writes stay those `npm run build` writes (serve-error-banner.ts adds it as each
 * page is served).
 */
import { messages } from "../errors/catalogue.ts";
import { type ContentError, sortErrors } from "../errors/content-error.ts";
import { visibleText } from "../text/invisible-characters.ts";

/** Beyond this many, the banner says how many more there are: the terminal lists them all. */
export const BANNER_ERROR_LIMIT = 10;

/** The class the banner's styles hang on (layouts/assets/style.css), and tests look for. */
export const BANNER_CLASS = "preview-errors";

const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Contributor text (a file name, a value a message quotes) as HTML text. Invisible and
 * control characters are shown as `<U+…>` first, as in the terminal.
 */
function escapeText(text: string): string {
  return visibleText(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** The banner for these errors (there is at least one). */
export function errorBanner(errors: readonly ContentError[]): string {
  const sorted = sortErrors(errors);
  const shown = sorted.slice(0, BANNER_ERROR_LIMIT);
  const files = new Set(errors.map((error) => error.file)).size;
  // Two spaces between place and message, as `check` prints them; the list keeps them (white-space: pre-wrap).
  const items = shown.map(
    (error) =>
      `<li><code>${escapeText(`${error.file}:${error.line}:${error.column}`)}</code>  ${escapeText(error.message)}</li>`,
  );
  const more = sorted.length - shown.length;
  return [
    `<section class="${BANNER_CLASS}" role="alert" aria-labelledby="${BANNER_CLASS}-titre">`,
    `<h2 id="${BANNER_CLASS}-titre">${escapeText(messages.previewBannerTitle({ errors: errors.length, files }))}</h2>`,
    `<ul>${items.join("")}</ul>`,
    more > 0 ? `<p>${escapeText(messages.previewBannerMore({ errors: more }))}</p>` : "",
    `<p>${escapeText(messages.previewBannerHelp({ errors: errors.length }))}</p>`,
    "</section>",
  ].join("");
}

/**
 * The page with the banner first in its body, before the skip link: the first thing seen
 * and read. HTML lets a page leave out `<body>`, even `</head>`: the banner then goes
 * where the body starts, never before the doctype (which would change how the page is laid out).
 */
export function withErrorBanner(html: string, banner: string): string {
  const start = /<body\b[^>]*>/i.exec(html) ?? /<\/head\s*>/i.exec(html) ?? /^\s*<!doctype[^>]*>/i.exec(html);
  const at = start ? start.index + start[0].length : 0;
  return `${html.slice(0, at)}${banner}${html.slice(at)}`;
}

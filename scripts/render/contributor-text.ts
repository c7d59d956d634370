/**
 * How contributors' text becomes readers' text: the Markdown body as sanitised HTML and
 * every text with French typography. The one definition used inline and by the workers.
 */
import { frenchTypography } from "../text/french-typography.ts";
import { renderMarkdown } from "./markdown.ts";
import { typesetTokens } from "./token-typography.ts";

/** The body as the page shows it: typography on the parsed text, then HTML, then the sanitiser. */
export function renderBody(markdown: string): string {
  return renderMarkdown(markdown, typesetTokens);
}

/** A short plain text (title, summary, place) with the same typography as the bodies. */
export function typesetText(text: string): string {
  return frenchTypography(text);
}

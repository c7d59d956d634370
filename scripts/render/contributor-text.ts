/**
 * How contributors' text becomes readers' text: the Markdown body as sanitised HTML and
 * every text with French typography. The one definition used inline and by the workers.
 */
import { frenchTypography } from "../text/french-typography.ts";
import { renderMarkdown } from "./markdown.ts";

export function renderBody(markdown: string): string {
  return frenchTypography(renderMarkdown(markdown));
}

export function typesetText(text: string): string {
  return frenchTypography(text);
}

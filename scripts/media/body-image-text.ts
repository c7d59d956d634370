/**
 * A body's images as words, for the search index (scripts/search/search-documents.ts). The
 * rendered text names each image by its placeholder address (`<img src="/medias/plan.png"
 * alt="Plan des ateliers">`, see body-image-tokens.ts), which only the page build replaces
 * with published files. Left in a search document, Pagefind would take the first one as the
 * result's image and hand the search page an address that does not exist (and lacks the path
 * prefix). What the index needs from an image is what it shows: its text alternative, which
 * then finds the entry like the rest of its text.
 */

/** Every `<img>` of sanitised HTML, replaced with its text alternative (already escaped for HTML). */
export function imagesAsText(html: string): string {
  if (!html.includes("<img")) return html;
  return html.replace(/<img\b([^>]*)>/g, (_image, attributes: string) => {
    const alt = /\balt="([^"]*)"/.exec(attributes)?.[1]?.trim() ?? "";
    // Spaces keep the words apart from the text around the image: `avant<img alt="Plan">après`.
    return alt === "" ? " " : ` ${alt} `;
  });
}

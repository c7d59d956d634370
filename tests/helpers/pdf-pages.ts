/**
 * How many pages a PDF printed by Chromium has. Its page objects are counted (`/Type /Page`,
 * not the `/Type /Pages` nodes of the page tree) and checked against the `/Count` of the
 * tree's root, so that a PDF this reading does not understand fails instead of miscounting.
 */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString("latin1");
  const pageObjects = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  const treeCounts = [...text.matchAll(/<<[^<>]*\/Type\s*\/Pages(?![A-Za-z])[^<>]*>>/g)].map((node) => Number(/\/Count\s+(\d+)/.exec(node[0])?.[1] ?? NaN));
  const rootCount = Math.max(...treeCounts);
  if (pageObjects === 0 || rootCount !== pageObjects) {
    throw new Error(`PDF illisible pour ce test : ${pageObjects} objets /Page, /Count de l’arbre des pages ${rootCount}`);
  }
  return pageObjects;
}

/**
 * The search index's document of an entry or dossier holds what a body image shows (its text
 * alternative), never the image's placeholder address: only pages get published image files,
 * and Pagefind would hand the first `<img>` it finds to the search page as the result's image.
 */
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { imagesAsText } from "../../scripts/media/body-image-text.ts";
import type { Observatory } from "../../scripts/model/types.ts";
import { searchDocuments } from "../../scripts/search/search-documents.ts";
import { checkFiles, printed } from "../helpers/fixture-project.ts";

let observatory: Observatory;

beforeAll(async () => {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 0, g: 90, b: 140 } } }).png().toBuffer();
  const result = checkFiles({
    "content/medias/plan.png": png,
    "content/dynamiques/oxalis.md": `---
title: Coopérative Oxalis
summary: Coopérative d’activité et d’emploi, pour vérifier les images dans l’index.
kind: ptce
territory: figeac
sources:
  - title: Le Labo de l’ESS en visite à Figeac
---
Les ateliers :![Plan des ateliers du rez-de-chaussée](../medias/plan.png)en 2019.
`,
    "content/territoires/lot.md": `---
title: Lot
scale: departement
code: "46"
summary: Département du Lot, en Occitanie, autour de Cahors et de Figeac.
---
![Carte du Lot et de ses voisins](../medias/plan.png)
`,
  });
  expect(printed(result)).toEqual([]);
  observatory = result.observatory as Observatory;
});

describe("search documents", () => {
  it("give a body image's text alternative, as words apart from the text around it, and no image", () => {
    const byUrl = new Map(searchDocuments(observatory).map((document) => [document.url, document.html]));
    const entry = byUrl.get("/dynamiques/oxalis/") ?? "";
    const dossier = byUrl.get("/territoires/lot/") ?? "";
    for (const html of [entry, dossier]) {
      expect(html).not.toMatch(/<img|medias\//);
    }
    expect(entry.replace(/[\u00a0\u202f]/g, " ")).toMatch(/Les ateliers : Plan des ateliers du rez-de-chaussée en 2019\./);
    expect(dossier).toContain("Carte du Lot et de ses voisins");
  });
});

describe("imagesAsText", () => {
  it("leaves a text without image as it is, and an image without alternative as a space", () => {
    expect(imagesAsText("<p>Texte.</p>")).toBe("<p>Texte.</p>");
    expect(imagesAsText('<p>a<img src="/medias/x.png" alt="" />b</p>')).toBe("<p>a b</p>");
    expect(imagesAsText('<p><img src="/medias/x.png" alt="Plan &amp; &quot;coupe&quot;" /></p>')).toBe("<p> Plan &amp; &quot;coupe&quot; </p>");
  });
});

/**
 * Over its budget, the offline copy keeps each page with the images it shows, counting their
 * bytes, and never an image whose page it does not keep.
 */
import { describe, expect, it } from "vitest";
import { choosePrecache, imagesOfPage, priorityOf } from "../../scripts/offline/service-worker.ts";

const page = (url: string, bytes: number, images: string[] = []) => ({ url, bytes, priority: priorityOf(url.slice(1) + "index.html"), images });
const image = (name: string, bytes: number) => ({ url: `/medias/${name}`, bytes, priority: priorityOf(`medias/${name}`) });

describe("the offline copy over its budget", () => {
  const files = [
    page("/", 100),
    page("/territoires/figeac/", 100, ["/medias/figeac-1-400.avif"]),
    page("/dynamiques/oxalis/", 100, ["/medias/oxalis-1-400.avif", "/medias/oxalis-1-800.avif"]),
    page("/dynamiques/zebre/", 100),
    image("figeac-1-400.avif", 300),
    image("oxalis-1-400.avif", 400),
    image("oxalis-1-800.avif", 800),
    image("oxalis-1-800.jpeg", 5000),
  ];

  it("keeps a page with its images when both fit, and counts their bytes", () => {
    const kept = choosePrecache(files, 1600).map((file) => file.url);
    // The shell (100), the dossier with its image (400), then the oxalis page with its images
    // would need 1 300 more: it does not fit; the next page does.
    expect(kept).toEqual(["/", "/territoires/figeac/", "/medias/figeac-1-400.avif", "/dynamiques/zebre/"]);
    const withMore = choosePrecache(files, 2000).map((file) => file.url);
    expect(withMore).toContain("/medias/oxalis-1-800.avif");
    expect(withMore).not.toContain("/medias/oxalis-1-800.jpeg");
  });

  it("finds the AVIF sizes a page shows", () => {
    const html = '<picture><source type="image/avif" srcset="/medias/a-X1-400.avif 400w, /medias/a-X1-800.avif 800w"><img src="/medias/a-X1-400.jpeg"></picture>';
    expect(imagesOfPage(html, "/")).toEqual(["/medias/a-X1-400.avif", "/medias/a-X1-800.avif"]);
  });
});

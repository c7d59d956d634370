/**
 * Images of content/medias/ in the built site: the page's `image` at its top and the images
 * of its text are published in several widths and formats, with `width`, `height` and `alt`;
 * the `image` of an entry is its thumbnail in the lists that show it; the social card and the
 * feed name images by their absolute address; the search index holds an image's text
 * alternative, not its address; every image address the site gives out leads to a published
 * file; nothing is hot-linked from another host; and a second build of unchanged images
 * converts nothing again.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { imageReferences } from "../helpers/image-references.ts";
import { buildImageSite } from "../helpers/image-site.ts";
import { expectBuilt, removeProject, runCli } from "../helpers/run-cli.ts";
import { searchRecords } from "../helpers/search-records.ts";

let root: string;
let site: string;

const ENTRY = `---
title: Coopérative Oxalis
summary: Coopérative d’activité et d’emploi, décrite pour vérifier la publication des images.
kind: ptce
territory: figeac
image:
  src: oxalis.jpg
  alt: Façade de la coopérative, rue « Gambetta »
  credit: "Photo : Marie Dupont, CC BY 4.0"
sources:
  - title: Le Labo de l’ESS en visite à Figeac
---
La coopérative en 2019.

![Plan des ateliers](../medias/plan.png)

`;

const page = (path: string) => readFileSync(join(site, path), "utf8");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** `/medias/x-1-400.avif 400w, …` → [`/medias/x-1-400.avif`, 400]. */
function srcsetOf(html: string): Array<[string, number]> {
  return html.split(", ").map((item) => {
    const [url, width] = item.split(" ");
    return [url as string, Number.parseInt(width ?? "", 10)];
  });
}

let cacheTimes: Map<string, number>;

beforeAll(async () => {
  root = await buildImageSite({ entry: ENTRY });
  site = join(root, "_site");
  cacheTimes = new Map(filesUnder(join(root, ".cache", "medias")).map((file) => [file, statSync(file).mtimeMs]));
}, 300_000);

afterAll(() => removeProject(root));

describe("the image at the top of an entry", () => {
  it("is a <picture> in AVIF, WebP and JPEG at 400, 800 and 1 200 pixels, with width, height, alt and credit", () => {
    const html = page("dynamiques/oxalis/index.html");
    const figure = /<figure class="page-image">(.*?)<\/figure>/s.exec(html)?.[1] ?? "";
    const avif = /<source type="image\/avif" srcset="([^"]+)"/.exec(figure)?.[1] ?? "";
    const webp = /<source type="image\/webp" srcset="([^"]+)"/.exec(figure)?.[1] ?? "";
    const img = /<img ([^>]+)>/.exec(figure)?.[1] ?? "";
    expect(srcsetOf(avif).map(([, width]) => width)).toEqual([400, 800, 1200]);
    expect(srcsetOf(webp).map(([, width]) => width)).toEqual([400, 800, 1200]);
    const jpeg = srcsetOf(/ srcset="([^"]+)"/.exec(img)?.[1] ?? "");
    expect(jpeg.map(([url, width]) => [url.endsWith(".jpeg"), width])).toEqual([[true, 400], [true, 800], [true, 1200]]);
    // The original is 1 600 × 1 000: the largest published size keeps its proportions.
    expect(img).toContain('width="1200" height="750"');
    // Typeset like every short text: no-break spaces inside « ».
    expect(img.replace(/[\u00a0\u202f]/g, " ")).toContain('alt="Façade de la coopérative, rue « Gambetta »"');
    // At the top of the page: asked for at once, not when scrolled to.
    expect(img).not.toContain("loading=");
    expect(figure.replace(/[\u00a0\u202f]/g, " ")).toContain("<figcaption>Photo : Marie Dupont, CC BY 4.0</figcaption>");
    for (const [url] of [...srcsetOf(avif), ...srcsetOf(webp), ...jpeg]) expect(existsSync(join(site, url)), url).toBe(true);
  });

  it("is the page's social-card image, by its absolute address", () => {
    const html = page("dynamiques/oxalis/index.html");
    const card = /<meta property="og:image" content="([^"]+)">/.exec(html)?.[1] ?? "";
    const settings = JSON.parse(readFileSync(join(root, "data", "site.json"), "utf8")) as { url: string };
    expect(card).toMatch(new RegExp(`^${settings.url}/medias/oxalis-[\\w-]+-1200\\.jpeg$`));
    expect(existsSync(join(site, card.slice(settings.url.length)))).toBe(true);
  });
});

describe("an image of the text", () => {
  it("is published no wider than its original, loaded lazily, with its alternative text", () => {
    const html = page("dynamiques/oxalis/index.html");
    const prose = /<div class="prose">(.*?)<\/div>/s.exec(html)?.[1] ?? "";
    const img = /<picture>.*?<img ([^>]+)><\/picture>/s.exec(prose)?.[1] ?? "";
    expect(srcsetOf(/ srcset="([^"]+)"/.exec(img)?.[1] ?? "").map(([url, width]) => [url.endsWith(".png"), width])).toEqual([
      [true, 400],
      [true, 600],
    ]);
    expect(img).toContain('width="600" height="400"');
    expect(img).toContain('alt="Plan des ateliers"');
    expect(img).toContain('loading="lazy"');
    expect(img).toContain('decoding="async"');
  });
});

describe("the thumbnail of an entry in lists", () => {
  /** The item of an entry in the page's entry lists (not in its map's or other lists), by the link to it. */
  const itemOf = (html: string, url: string) =>
    [...html.matchAll(/<ul class="entry-list">(.*?)<\/ul>/gs)]
      .flatMap((list) => [...(list[1] ?? "").matchAll(/<li>(.*?)<\/li>/gs)].map((match) => match[1] ?? ""))
      .find((item) => item.includes(`<a href="${url}">`)) ?? "";

  it.each(["dynamiques/index.html", "territoires/figeac/index.html", "territoires/lot/index.html"])(
    "shows on %s: small sizes in three formats, width, height, empty alt, loaded lazily",
    (path) => {
      const item = itemOf(page(path), "/dynamiques/oxalis/");
      const picture = /<picture>(.*?)<\/picture>/s.exec(item)?.[1] ?? "";
      const avif = srcsetOf(/<source type="image\/avif" srcset="([^"]+)"/.exec(picture)?.[1] ?? "");
      const webp = srcsetOf(/<source type="image\/webp" srcset="([^"]+)"/.exec(picture)?.[1] ?? "");
      const img = /<img ([^>]+)>/.exec(picture)?.[1] ?? "";
      const jpeg = srcsetOf(/ srcset="([^"]+)"/.exec(img)?.[1] ?? "");
      expect(avif.map(([, width]) => width)).toEqual([128, 256]);
      expect(webp.map(([, width]) => width)).toEqual([128, 256]);
      expect(jpeg.map(([url, width]) => [url.endsWith(".jpeg"), width])).toEqual([[true, 128], [true, 256]]);
      // The browser picks by the 6rem the stylesheet gives the thumbnail, and reserves its box from width and height.
      expect(picture).toContain('sizes="6rem"');
      expect(img).toContain('width="256" height="160"');
      // The link beside it names the entry: the thumbnail adds nothing to read (entry-list.njk).
      expect(img).toContain('alt=""');
      expect(img).toContain('loading="lazy"');
      for (const [url] of [...avif, ...webp, ...jpeg]) expect(existsSync(join(site, url)), url).toBe(true);
    },
  );

  it("is absent for an entry without an image", () => {
    const item = itemOf(page("dynamiques/index.html"), "/dynamiques/figeacteurs/");
    expect(item).toContain("Figeacteurs");
    expect(item).not.toMatch(/<picture|<img/);
  });
});

describe("images outside the pages", () => {
  it("leads every image address the site gives out (pages, feed, search index, offline copy) to a published file", () => {
    const references = imageReferences(site);
    const files = new Set(references.map((reference) => reference.file.replace(/^pagefind\/.*/, "pagefind/…")));
    // The feed, the offline copy and the pages name images: the check below covers them all.
    expect([...files]).toEqual(expect.arrayContaining(["nouveautes.xml", "sw.js", "dynamiques/oxalis/index.html"]));
    for (const { file, address, name } of references) expect(existsSync(join(site, "medias", name)), `${file} : ${address}`).toBe(true);
  });

  it("gives the feed the absolute address of a published file for an image of the text", () => {
    const feed = readFileSync(join(site, "nouveautes.xml"), "utf8");
    const settings = JSON.parse(readFileSync(join(root, "data", "site.json"), "utf8")) as { url: string };
    const src = /&lt;img src=&quot;([^&]+)&quot; alt=&quot;Plan des ateliers&quot;/.exec(feed)?.[1] ?? "";
    expect(src).toMatch(new RegExp(`^${settings.url}/medias/plan-[\\w-]+-600\\.png$`));
  });

  it("indexes the text alternative of an image of the text, and gives the search no image address", () => {
    const record = searchRecords(site).find((candidate) => candidate.url === "/dynamiques/oxalis/") as unknown as {
      content: string;
      meta: Record<string, string>;
    };
    expect(record.content).toContain("Plan des ateliers");
    expect(record.meta["image"]).toBeUndefined();
  });
});

describe("the whole site", () => {
  it("shows no image from another host, and its policy allows none", () => {
    for (const file of filesUnder(site).filter((path) => path.endsWith(".html"))) {
      const html = readFileSync(file, "utf8");
      for (const [, attributes] of html.matchAll(/<(?:img|source)\b([^>]*)>/g)) {
        expect(attributes, file).not.toMatch(/\b(?:src|srcset)="[^"]*(?:https?:)?\/\//);
      }
      const policy = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "").replaceAll("&#39;", "'");
      expect(/img-src ([^;]+)/.exec(policy)?.[1]?.trim(), file).toBe("'self'");
    }
  });

  it("publishes only the sizes its pages use, not the originals", () => {
    const published = readdirSync(join(site, "medias")).sort();
    expect(published).not.toContain("oxalis.jpg");
    // 3 widths × 3 formats for the photo, and its 2 thumbnail widths × 3 formats; 2 widths × 3 formats for the diagram.
    expect(published).toHaveLength(21);
  });
});

describe("a second build", () => {
  it("converts no unchanged image again", () => {
    expect(cacheTimes.size).toBe(21);
    expectBuilt(runCli("build", [], root));
    const after = new Map(filesUnder(join(root, ".cache", "medias")).map((file) => [file, statSync(file).mtimeMs]));
    expect(after).toEqual(cacheTimes);
    expect(readdirSync(join(site, "medias"))).toHaveLength(21);
  }, 300_000);
});

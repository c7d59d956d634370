/**
 * Images of content/medias/ in the built site: the page's `image` at its top and the images
 * of its text are published in several widths and formats, with `width`, `height` and `alt`;
 * the social card names the image by its absolute address; nothing is hot-linked from another
 * host; and a second build of unchanged images converts nothing again.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_FILES } from "../helpers/fixture-project.ts";
import { expectBuilt, makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";

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

/** A photo wider than every published width, and a diagram narrower than the largest. */
async function writeImages(dir: string): Promise<void> {
  const solid = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: 180, g: 90, b: 40 } } });
  await solid(1600, 1000).jpeg().toFile(join(dir, "oxalis.jpg"));
  await solid(600, 400).png().toFile(join(dir, "plan.png"));
}

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
  root = makeSiteProject({
    files: { ...BASE_FILES, "content/dynamiques/oxalis.md": ENTRY },
  });
  const medias = join(root, "content", "medias");
  (await import("node:fs")).mkdirSync(medias);
  await writeImages(medias);
  expectBuilt(runCli("build", [], root));
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
    // 3 widths × 3 formats for the photo, 2 widths × 3 formats for the diagram.
    expect(published).toHaveLength(15);
  });
});

describe("a second build", () => {
  it("converts no unchanged image again", () => {
    expect(cacheTimes.size).toBe(15);
    expectBuilt(runCli("build", [], root));
    const after = new Map(filesUnder(join(root, ".cache", "medias")).map((file) => [file, statSync(file).mtimeMs]));
    expect(after).toEqual(cacheTimes);
    expect(readdirSync(join(site, "medias"))).toHaveLength(15);
  }, 300_000);
});

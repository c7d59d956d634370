/**
 * A site served below the root (`pathPrefix: "/observatoire/"` in data/site.json): every image
 * address it gives out carries the prefix — the `<picture>` at the top of a page and in its
 * text, the thumbnails of the lists, the social card, the feed, the offline copy — and leads
 * to a published file. An address without the prefix would miss on the host.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { imageReferences } from "../helpers/image-references.ts";
import { buildImageSite } from "../helpers/image-site.ts";
import { removeProject } from "../helpers/run-cli.ts";

const PREFIX = "/observatoire/";

let root: string;
let site: string;
let origin: string;

beforeAll(async () => {
  root = await buildImageSite({ settings: { pathPrefix: PREFIX } });
  site = join(root, "_site");
  origin = (JSON.parse(readFileSync(join(root, "data", "site.json"), "utf8")) as { url: string }).url;
}, 300_000);

afterAll(() => removeProject(root));

const page = (path: string) => readFileSync(join(site, path), "utf8");

/** Every address of a `src` or `srcset` of the HTML, in order. */
function imageAddresses(html: string): string[] {
  return [...html.matchAll(/\b(src|srcset)="([^"]+)"/g)].flatMap(([, attribute, value]) =>
    attribute === "src" ? [value as string] : (value as string).split(", ").map((item) => item.split(" ")[0] as string),
  );
}

/** The file of the site an address under the prefix names. */
const fileOf = (address: string) => join(site, address.slice(PREFIX.length));

describe("images of a site served under /observatoire/", () => {
  it("gives the pictures of an entry's page addresses under the prefix, each a published file", () => {
    const pictures = [...page("dynamiques/oxalis/index.html").matchAll(/<picture>.*?<\/picture>/gs)].map(([picture]) => picture);
    expect(pictures).toHaveLength(2);
    const addresses = pictures.flatMap(imageAddresses);
    // 3 formats × 3 widths for the photo, 3 × 2 for the diagram, and each fallback's src.
    expect(addresses).toHaveLength(17);
    for (const address of addresses) {
      expect(address).toMatch(/^\/observatoire\/medias\/(?:oxalis|plan)-[\w-]+-\d+\.(?:avif|webp|jpeg|png)$/);
      expect(existsSync(fileOf(address)), address).toBe(true);
    }
  });

  it("gives the thumbnails of the lists addresses under the prefix", () => {
    for (const path of ["dynamiques/index.html", "territoires/figeac/index.html"]) {
      const item = /<li><picture>.*?<\/picture>\s*<a href="\/observatoire\/dynamiques\/oxalis\/">/s.exec(page(path))?.[0] ?? "";
      const addresses = imageAddresses(item);
      expect(addresses, path).toHaveLength(7);
      for (const address of addresses) {
        expect(address).toMatch(/^\/observatoire\/medias\/oxalis-[\w-]+-(?:128|256)\.(?:avif|webp|jpeg)$/);
        expect(existsSync(fileOf(address)), address).toBe(true);
      }
    }
  });

  it("gives the social card and the feed absolute addresses under the prefix", () => {
    const card = /<meta property="og:image" content="([^"]+)">/.exec(page("dynamiques/oxalis/index.html"))?.[1] ?? "";
    expect(card).toMatch(new RegExp(`^${origin}/observatoire/medias/oxalis-[\\w-]+-1200\\.jpeg$`));
    const feedImage = /&lt;img src=&quot;([^&]+)&quot;/.exec(page("nouveautes.xml"))?.[1] ?? "";
    expect(feedImage).toMatch(new RegExp(`^${origin}/observatoire/medias/plan-[\\w-]+-600\\.png$`));
    for (const address of [card, feedImage]) expect(existsSync(fileOf(address.slice(origin.length))), address).toBe(true);
  });

  it("keeps the images of the entry's page and of the lists in the offline copy, under the prefix", () => {
    const manifest = JSON.parse(/const MANIFEST = (\{.*?\});\n/.exec(page("sw.js"))?.[1] ?? "{}") as { precache: string[] };
    const images = manifest.precache.filter((url) => url.includes("medias/"));
    for (const url of images) {
      expect(url.startsWith(`${PREFIX}medias/`), url).toBe(true);
      expect(existsSync(fileOf(url)), url).toBe(true);
    }
    const avif = (html: string) => imageAddresses(html).filter((address) => address.endsWith(".avif"));
    expect(images).toEqual(expect.arrayContaining([...avif(page("dynamiques/oxalis/index.html")), ...avif(page("dynamiques/index.html"))]));
  });

  it("names no image, in any file of the site, without the prefix or that is not published", () => {
    const references = imageReferences(site);
    expect(references.length).toBeGreaterThan(0);
    for (const { file, address, name } of references) {
      expect(address, file).toContain(`${PREFIX}medias/`);
      expect(existsSync(join(site, "medias", name)), `${file} : ${address}`).toBe(true);
    }
  });
});

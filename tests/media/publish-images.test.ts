/**
 * Each build makes its own ImagePublisher. The preview's builds share one output folder:
 * there, a file published by an earlier build and left as it was is not copied again, while
 * a changed image, or a published file that went missing, is; a build into a new folder
 * (`npm run build`) gets every file.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImagePublisher } from "../../scripts/media/publish-images.ts";

let root: string;
let output: string;
const OPTIONS = { altHtml: "Façade de la coopérative", placement: "body" } as const;

async function writePhoto(width: number, colour: { r: number; g: number; b: number }): Promise<void> {
  await sharp({ create: { width, height: 300, channels: 3, background: colour } })
    .jpeg()
    .toFile(join(root, "content", "medias", "oxalis.jpg"));
}

/** The published files of the output folder, with their modification times. */
function publishedTimes(dir = output): Map<string, number> {
  const medias = join(dir, "medias");
  return new Map(readdirSync(medias).map((name) => [name, statSync(join(medias, name)).mtimeMs]));
}

/** The file names a `<picture>` points at. */
function namesIn(html: string): string[] {
  return [...new Set([...html.matchAll(/\/medias\/([^" ,]+)/g)].map(([, name]) => name as string))].sort();
}

/** Lets the clock move on, so that a file written again would get a later modification time. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "observatoire-images-"));
  mkdirSync(join(root, "content", "medias"), { recursive: true });
  output = join(root, ".apercu");
  await writePhoto(900, { r: 180, g: 90, b: 40 });
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("images published again into the same folder", () => {
  let firstHtml: string;
  let firstTimes: Map<string, number>;

  it("publishes every file of the picture at the first build", async () => {
    firstHtml = await new ImagePublisher(root, output, "/").picture("oxalis.jpg", OPTIONS);
    firstTimes = publishedTimes();
    expect(namesIn(firstHtml).length).toBeGreaterThan(3);
    expect([...firstTimes.keys()].sort()).toEqual(namesIn(firstHtml));
  }, 120_000);

  it("leaves the files of an unchanged image as they are at the next build", async () => {
    await tick();
    const html = await new ImagePublisher(root, output, "/").picture("oxalis.jpg", OPTIONS);
    expect(html).toBe(firstHtml);
    expect(publishedTimes()).toEqual(firstTimes);
  });

  it("copies again a published file that went missing, and only that one", async () => {
    const [missing] = namesIn(firstHtml) as [string];
    rmSync(join(output, "medias", missing));
    await tick();
    await new ImagePublisher(root, output, "/").picture("oxalis.jpg", OPTIONS);
    const times = publishedTimes();
    expect(times.has(missing)).toBe(true);
    for (const [name, time] of firstTimes) if (name !== missing) expect(times.get(name)).toBe(time);
  });

  it("publishes a changed image under new names", async () => {
    await writePhoto(920, { r: 40, g: 120, b: 160 });
    const html = await new ImagePublisher(root, output, "/").picture("oxalis.jpg", OPTIONS);
    const names = namesIn(html);
    expect(names.filter((name) => firstTimes.has(name))).toEqual([]);
    const times = publishedTimes();
    for (const name of names) expect(times.has(name)).toBe(true);
  }, 120_000);

  it("gives a build into a new folder every file", async () => {
    const fresh = join(root, "_site.staging-test");
    const html = await new ImagePublisher(root, fresh, "/").picture("oxalis.jpg", OPTIONS);
    expect([...publishedTimes(fresh).keys()].sort()).toEqual(namesIn(html));
  });
});

/**
 * The two images of the starter content are the maps tools/starter-images/draw-starter-images.ts draws
 * (so their licence is the project's, as their credit says), small enough for the repository,
 * and used by two starter entries: one as the entry's `image`, one in a text.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { STARTER_MAPS, drawStarterMap } from "../../../tools/starter-images/draw-starter-images.ts";
import { PROJECT_ROOT } from "../../helpers/fixture-project.ts";

const medias = join(PROJECT_ROOT, "content", "medias");

/** Raw pixels: the PNG encoder's bytes may change with sharp's version, the drawing must not. */
async function pixels(input: Buffer | string): Promise<Buffer> {
  return await sharp(input).removeAlpha().raw().toBuffer();
}

describe("starter images", () => {
  it.each(STARTER_MAPS.map((map) => [map.name, map] as const))("%s is the map the script draws, under 150 KB", async (name, map) => {
    const file = join(medias, name);
    expect(statSync(file).size).toBeLessThan(150 * 1024);
    expect(await sharp(file).metadata()).toMatchObject({ format: "png", width: 1200, height: 900 });
    expect((await pixels(file)).equals(await pixels(await drawStarterMap(map)))).toBe(true);
  });

  it("are used by two starter entries, each credited with the project's licence", () => {
    const figeacteurs = readFileSync(join(PROJECT_ROOT, "content", "dynamiques", "figeacteurs.md"), "utf8");
    const biovallee = readFileSync(join(PROJECT_ROOT, "content", "dynamiques", "biovallee.md"), "utf8");
    expect(figeacteurs).toMatch(/^image:\n {2}src: carte-figeac-lot\.png\n {2}alt: .+\n {2}credit: ".*licence MIT"$/m);
    expect(biovallee).toMatch(/^!\[Carte de la Drôme[^\]]+\]\(\.\.\/medias\/carte-biovallee-drome\.png\)$/m);
    expect(biovallee).toMatch(/^\*Carte : .*licence MIT\.\*$/m);
  });
});

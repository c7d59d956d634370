import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { encodePng } from "../../../../tools/bench/corpus/png.ts";

describe("encodePng", () => {
  it("writes a PNG that an image library reads back pixel for pixel", async () => {
    const rgb = new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    const png = encodePng(3, 2, rgb);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: 3, height: 2, channels: 3 });
    expect([...data]).toEqual([...rgb]);
  });
});

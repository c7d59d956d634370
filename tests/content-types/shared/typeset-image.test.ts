import { describe, expect, it } from "vitest";
import { imageOf } from "../../../scripts/content-types/shared/typeset-image.ts";
import type { TextRendering } from "../../../scripts/model/content-files.ts";

// A rendering that shows which texts went through the typography.
const render = { text: (text: string) => `«${text}»`, body: () => "" } as unknown as TextRendering;

describe("imageOf", () => {
  it("typesets the text alternative and the credit, and keeps the file as given", () => {
    expect(imageOf({ src: "plan.png", alt: "Plan des ateliers", credit: "Photo : CRESS" }, render)).toEqual({
      image: { src: "plan.png", alt: "«Plan des ateliers»", credit: "«Photo : CRESS»" },
    });
  });

  it("gives no credit when the file has none, and no image when it gives none", () => {
    expect(imageOf({ src: "plan.png", alt: "Plan" }, render)).toEqual({ image: { src: "plan.png", alt: "«Plan»" } });
    expect(imageOf(undefined, render)).toEqual({});
  });
});

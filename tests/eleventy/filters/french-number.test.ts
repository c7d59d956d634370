import { describe, expect, it } from "vitest";
import { frenchNumber } from "../../../scripts/eleventy/filters/french-number.ts";

describe("frenchNumber", () => {
  it("groups thousands with a narrow no-break space and writes a decimal comma", () => {
    expect(frenchNumber(10000)).toBe("10\u202f000");
    expect(frenchNumber(1250.5)).toBe("1\u202f250,5");
    expect(frenchNumber(12)).toBe("12");
  });
});

import { describe, expect, it } from "vitest";
import { parsePartialDate } from "../../../scripts/dates/partial-date.ts";
import { frenchDate } from "../../../scripts/eleventy/filters/french-date.ts";

describe("frenchDate", () => {
  it("writes a date as precisely as the contributor gave it", () => {
    expect(frenchDate(parsePartialDate("2018-10-30"))).toMatch(/^30 octobre 2018$/);
    expect(frenchDate(parsePartialDate("2018-06"))).toBe("juin 2018");
    expect(frenchDate(parsePartialDate("2018"))).toBe("2018");
  });

  it("writes nothing for a missing date", () => {
    expect(frenchDate(undefined)).toBe("");
  });
});

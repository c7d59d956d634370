import { describe, expect, it } from "vitest";
import { parsePartialDate } from "../../../scripts/dates/partial-date.ts";
import { frenchPeriod } from "../../../scripts/eleventy/filters/french-period.ts";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("frenchPeriod", () => {
  it("writes a period of two days in one month once", () => {
    expect(plain(frenchPeriod(parsePartialDate("2018-10-30"), parsePartialDate("2018-10-31")))).toBe("30 et 31 octobre 2018");
  });

  it("writes a single date without an end, and nothing without a start", () => {
    expect(plain(frenchPeriod(parsePartialDate("2018-10-30")))).toBe("30 octobre 2018");
    expect(frenchPeriod(undefined, parsePartialDate("2018-10-31"))).toBe("");
  });
});

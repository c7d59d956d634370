import { describe, expect, it } from "vitest";
import { compareDates, firstDay, isWithin, lastDay, parsePartialDate } from "../../scripts/dates/partial-date.ts";

describe("parsePartialDate", () => {
  it("accepts a year, a month or a day, and records the precision", () => {
    expect(parsePartialDate("2013")).toMatchObject({ precision: "year", year: 2013 });
    expect(parsePartialDate("2018-06")).toMatchObject({ precision: "month", year: 2018, month: 6 });
    expect(parsePartialDate("2018-10-30")).toMatchObject({ precision: "day", year: 2018, month: 10, day: 30 });
  });

  it("refuses impossible or malformed dates", () => {
    for (const bad of ["2018-13", "2018-02-30", "30/10/2018", "2018-1-3", "", "18", "2018-10-30T10:00"]) {
      expect(parsePartialDate(bad), bad).toBeUndefined();
    }
  });
});

describe("periods covered by partial dates", () => {
  it("spans the whole month or year", () => {
    const month = parsePartialDate("2014-11")!;
    expect(firstDay(month)).toBe("2014-11-01");
    expect(lastDay(month)).toBe("2014-11-30");
    expect(lastDay(parsePartialDate("2013")!)).toBe("2013-12-31");
  });

  it("tells whether a session lies within its event", () => {
    const start = parsePartialDate("2014-11-07")!;
    const end = parsePartialDate("2014-11-29")!;
    expect(isWithin(parsePartialDate("2014-11-21")!, start, end)).toBe(true);
    expect(isWithin(parsePartialDate("2014-12-01")!, start, end)).toBe(false);
    expect(isWithin(parsePartialDate("2014-11-15")!, parsePartialDate("2014-11")!)).toBe(true);
  });

  it("orders by first day, the more precise first", () => {
    const dates = ["2018-10-30", "2013", "2018-10", "2018-06"].map((text) => parsePartialDate(text)!);
    expect(dates.sort(compareDates).map((date) => date.iso)).toEqual(["2013", "2018-06", "2018-10", "2018-10-30"]);
  });
});

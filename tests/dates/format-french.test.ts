import { describe, expect, it } from "vitest";
import { formatDate, formatPeriod } from "../../scripts/dates/format-french.ts";
import { parsePartialDate } from "../../scripts/dates/partial-date.ts";

const d = (text: string) => {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`fixture date ${text} is invalid`);
  return date;
};

describe("formatDate", () => {
  it("shows each precision the way the contract says", () => {
    expect(formatDate(d("2018-10-30"))).toBe("30 octobre 2018");
    expect(formatDate(d("2018-06"))).toBe("juin 2018");
    expect(formatDate(d("2013"))).toBe("2013");
  });

  it("writes « 1er » for the first of the month", () => {
    expect(formatDate(d("2019-04-01"))).toBe("1er avril 2019");
  });

  it("never shifts a calendar date by a time zone (the 30th stays the 30th)", () => {
    const previous = process.env["TZ"];
    process.env["TZ"] = "America/Los_Angeles";
    try {
      expect(formatDate(d("2018-10-30"))).toBe("30 octobre 2018");
    } finally {
      process.env["TZ"] = previous;
    }
  });
});

describe("formatPeriod", () => {
  it("reads two consecutive days as « 30 et 31 octobre 2018 »", () => {
    expect(formatPeriod(d("2018-10-30"), d("2018-10-31"))).toBe("30 et 31 octobre 2018");
  });

  it("reads a range within a month as « du 7 au 29 novembre 2014 »", () => {
    expect(formatPeriod(d("2014-11-07"), d("2014-11-29"))).toBe("du 7 au 29 novembre 2014");
  });

  it("names both months, and both years, when they differ", () => {
    expect(formatPeriod(d("2014-11-28"), d("2014-12-02"))).toBe("du 28 novembre au 2 décembre 2014");
    expect(formatPeriod(d("2018-12-31"), d("2019-01-01"))).toBe("du 31 décembre 2018 au 1er janvier 2019");
    expect(formatPeriod(d("2019-04-01"), d("2019-04-03"))).toBe("du 1er au 3 avril 2019");
  });

  it("handles month and year precision, with elision before a vowel", () => {
    expect(formatPeriod(d("2018-09"), d("2020-03"))).toBe("de septembre 2018 à mars 2020");
    expect(formatPeriod(d("2018-04"), d("2018-06"))).toBe("d’avril à juin 2018");
    expect(formatPeriod(d("2018"), d("2020"))).toBe("de 2018 à 2020");
  });

  it("shows a single date when there is no end, or the same end", () => {
    expect(formatPeriod(d("2013"))).toBe("2013");
    expect(formatPeriod(d("2018-06-25"), d("2018-06-25"))).toBe("25 juin 2018");
  });
});

import { describe, expect, it } from "vitest";
import { isoDateSuggestion } from "../../scripts/errors/date-suggestion.ts";

describe("isoDateSuggestion", () => {
  it("reads a French date day first, whatever the separator", () => {
    expect(isoDateSuggestion("14/03/2019")).toBe("2019-03-14");
    expect(isoDateSuggestion("3-4-2019")).toBe("2019-04-03");
    expect(isoDateSuggestion(" 14.03.2019 ")).toBe("2019-03-14");
  });

  it("reads a month and a year, and a year first with slashes or dots", () => {
    expect(isoDateSuggestion("03/2019")).toBe("2019-03");
    expect(isoDateSuggestion("2019/3/14")).toBe("2019-03-14");
  });

  it("suggests no impossible date, and nothing for what is not a date", () => {
    expect(isoDateSuggestion("31/02/2019")).toBeUndefined();
    expect(isoDateSuggestion("13/2019")).toBeUndefined();
    expect(isoDateSuggestion("mars 2019")).toBeUndefined();
    expect(isoDateSuggestion("2019-03-14")).toBeUndefined();
  });
});

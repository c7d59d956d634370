import { describe, expect, it } from "vitest";
import { iso } from "../../../scripts/content-types/shared/open-data-values.ts";
import { parsePartialDate } from "../../../scripts/dates/partial-date.ts";

describe("iso", () => {
  it("writes a partial date as precisely as it was given, and a missing one as null", () => {
    expect(iso(parsePartialDate("2018-10"))).toBe("2018-10");
    expect(iso(parsePartialDate("2018-10-30"))).toBe("2018-10-30");
    expect(iso(undefined)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { plural } from "../../../scripts/eleventy/filters/plural.ts";

describe("plural", () => {
  it("puts zero and one in the singular, as French does, and more in the plural", () => {
    expect(plural(0, "dynamique", "dynamiques")).toBe("0 dynamique");
    expect(plural(1, "dynamique", "dynamiques")).toBe("1 dynamique");
    expect(plural(3, "visite d’étude", "visites d’étude")).toBe("3 visites d’étude");
  });
});

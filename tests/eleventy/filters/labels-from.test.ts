import { describe, expect, it } from "vitest";
import { labelsFrom } from "../../../scripts/eleventy/filters/labels-from.ts";

describe("labelsFrom", () => {
  it("gives the French label of each controlled value, in order, and the value itself when it has none", () => {
    const themes = { "emploi-insertion": "Emploi et insertion", "cooperation-economique": "Coopération économique" };
    expect(labelsFrom(["cooperation-economique", "nouveau-theme", "emploi-insertion"], themes)).toEqual([
      "Coopération économique",
      "nouveau-theme",
      "Emploi et insertion",
    ]);
  });
});

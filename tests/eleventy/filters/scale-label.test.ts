import { describe, expect, it } from "vitest";
import { scaleLabel } from "../../../scripts/eleventy/filters/scale-label.ts";

describe("scaleLabel", () => {
  it("names a territory's scale in French", () => {
    expect(scaleLabel("epci")).toBe("Intercommunalité (EPCI)");
    expect(scaleLabel("autre")).toBe("Territoire de projet");
  });
});

import { describe, expect, it } from "vitest";
import { closestMatch, foldForComparison } from "../../scripts/text/suggest.ts";

describe("foldForComparison", () => {
  it("compares without case, accents or surrounding spaces", () => {
    expect(foldForComparison("  Économie Sociale ")).toBe("economie sociale");
  });
});

describe("closestMatch", () => {
  const kinds = ["ptce", "tiers-lieu", "scic", "cooperative-activite-emploi"];

  it("suggests the value a typo most likely meant", () => {
    expect(closestMatch("ptc", kinds)).toBe("ptce");
    expect(closestMatch("tiers-lieux", kinds)).toBe("tiers-lieu");
    expect(closestMatch("SCIC", kinds)).toBe("scic");
  });

  it("suggests a longer name from its beginning", () => {
    expect(closestMatch("cooperative", kinds)).toBe("cooperative-activite-emploi");
  });

  it("suggests nothing far from every value, nor for an empty input", () => {
    expect(closestMatch("garage", kinds)).toBeUndefined();
    expect(closestMatch("  ", kinds)).toBeUndefined();
    expect(closestMatch("ptc", [])).toBeUndefined();
  });
});

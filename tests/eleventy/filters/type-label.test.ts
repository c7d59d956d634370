import { describe, expect, it } from "vitest";
import { typeLabel } from "../../../scripts/eleventy/filters/type-label.ts";

describe("typeLabel", () => {
  it("names an entry's type for readers, in the singular or the plural", () => {
    expect(typeLabel("visites")).toBe("Visite d’étude");
    expect(typeLabel("visites", true)).toBe("Visites d’étude");
    expect(typeLabel("dynamiques")).toBe("Dynamique");
  });
});

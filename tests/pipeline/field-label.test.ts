import { describe, expect, it } from "vitest";
import { fieldLabel } from "../../scripts/pipeline/field-label.ts";

describe("fieldLabel", () => {
  it("names a nested field as contributors write it, counting list items from 1", () => {
    expect(fieldLabel(["sources", 1, "url"])).toBe("sources[2].url");
    expect(fieldLabel(["indicators", 0, "source", "title"])).toBe("indicators[1].source.title");
  });

  it("leaves a top-level field as it is", () => {
    expect(fieldLabel(["title"])).toBe("title");
  });
});

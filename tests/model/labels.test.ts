import { describe, expect, it } from "vitest";
import { SCALES } from "../../scripts/content-types/territoire/schema.ts";
import { SCALE_LABELS } from "../../scripts/model/labels.ts";

describe("SCALE_LABELS", () => {
  it("names every scale the territory schema accepts, each differently, with a capital", () => {
    expect(Object.keys(SCALE_LABELS).sort()).toEqual([...SCALES].sort());
    const labels = Object.values(SCALE_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.filter((label) => label[0] !== label[0]?.toUpperCase())).toEqual([]);
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publicationDate } from "../../scripts/publish/publication-date.ts";

describe("publicationDate", () => {
  it("dates the edition from OBSERVATOIRE_PUBLISHED_AT, in Paris time, in French", () => {
    // 23:30 UTC on 30 November is already 1 December in Paris.
    expect(publicationDate("/nowhere", { OBSERVATOIRE_PUBLISHED_AT: "2026-11-30T23:30:00Z" })).toEqual({
      iso: "2026-12-01T00:30:00.000+01:00",
      label: "1er décembre 2026",
    });
    expect(publicationDate("/nowhere", { OBSERVATOIRE_PUBLISHED_AT: "2026-01-23T10:00:00+01:00" }).label).toBe("23 janvier 2026");
  });

  it("falls back on the clock outside a git checkout", () => {
    const folder = mkdtempSync(join(tmpdir(), "publication-date-"));
    try {
      const before = Date.now();
      const { iso } = publicationDate(folder, {});
      expect(Math.abs(Date.parse(iso) - before)).toBeLessThan(60_000);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readVocabulary } from "../../scripts/content-types/vocabulary.ts";

describe("readVocabulary", () => {
  it("reads the kinds and themes of the project's data/ folder", () => {
    const root = mkdtempSync(join(tmpdir(), "vocabulary-"));
    try {
      mkdirSync(join(root, "data"));
      writeFileSync(join(root, "data", "kinds.json"), JSON.stringify({ ptce: { label: "Pôle territorial de coopération économique", short: "PTCE" } }));
      writeFileSync(join(root, "data", "themes.json"), JSON.stringify({ "emploi-insertion": "Emploi et insertion" }));
      expect(readVocabulary(root)).toEqual({
        kinds: { ptce: { label: "Pôle territorial de coopération économique", short: "PTCE" } },
        themes: { "emploi-insertion": "Emploi et insertion" },
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("fails loudly when a file is missing", () => {
    expect(() => readVocabulary(join(tmpdir(), "sans-donnees-observatoire"))).toThrow(/kinds\.json/);
  });
});

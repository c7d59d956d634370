import { describe, expect, it } from "vitest";
import { readVocabulary } from "../../scripts/content-types/vocabulary.ts";
import type { SourceFile } from "../../scripts/model/content-files.ts";
import type { ValidationResult } from "../../scripts/pipeline/validate.ts";
import { partsOf, shareSources, validateChunks } from "../../scripts/pipeline/validation-chunks.ts";
import { BASE_FILES, PROJECT_ROOT } from "../helpers/fixture-project.ts";

const vocabulary = readVocabulary(PROJECT_ROOT);

const valid = (slug: string): SourceFile => ({
  path: `content/dynamiques/${slug}.md`,
  type: "dynamiques",
  slug,
  text: BASE_FILES["content/dynamiques/figeacteurs.md"]!.replace("Figeacteurs", `Coopérative « ${slug} » à Figeac`),
});
const broken: SourceFile = { path: "content/dynamiques/casse.md", type: "dynamiques", slug: "casse", text: "---\ntitle: X\n---\n" };

function validateAll(sources: Parameters<typeof validateChunks>[0]["sources"], chunkSize: number): Map<number, ValidationResult> {
  const seen = new Map<number, ValidationResult>();
  validateChunks({ sources, vocabulary, nextChunk: new SharedArrayBuffer(4), chunkSize }, (index, outcome) => {
    expect(seen.has(index)).toBe(false);
    seen.set(index, outcome);
  });
  return seen;
}

describe("validateChunks", () => {
  const sources = [valid("été-2018"), broken, valid("b"), valid("c"), valid("d")];

  it("validates every file once, chunk after chunk, whatever the chunk size", () => {
    for (const chunkSize of [1, 2, 5, 50]) {
      const seen = validateAll(sources, chunkSize);
      expect([...seen.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
      expect(seen.get(1)?.ok).toBe(false);
      expect([0, 2, 3, 4].every((index) => seen.get(index)?.ok)).toBe(true);
    }
  });

  it("reads the same files from shared memory, accented text included", () => {
    const shared = validateAll(shareSources(sources), 2);
    const direct = validateAll(sources, 2);
    expect([...shared].map(([index, outcome]) => [index, partsOf(outcome)])).toEqual([...direct].map(([index, outcome]) => [index, partsOf(outcome)]));
  });

  it("hands a valid file's data across threads, and an invalid file's errors", () => {
    const seen = validateAll(sources, 5);
    const data = partsOf(seen.get(0)!);
    expect(data).toMatchObject({ ok: true, data: { title: "Coopérative « été-2018 » à Figeac" } });
    const errors = partsOf(seen.get(1)!);
    expect(errors.ok).toBe(false);
    if (!errors.ok) expect(errors.errors.map((error) => error.file)).toContain("content/dynamiques/casse.md");
  });
});

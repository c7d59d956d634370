/** Rendering on worker threads gives exactly what inline rendering gives. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../tools/bench/corpus/generate-corpus.ts";
import { validateContent } from "../../scripts/pipeline/check-content.ts";
import { renderBody, typesetText } from "../../scripts/render/contributor-text.ts";
import { renderInParallel } from "../../scripts/render/render-pool.ts";

const root = mkdtempSync(join(tmpdir(), "render-pool-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("renderInParallel", () => {
  it("renders every body and text exactly as inline rendering does", async () => {
    generateCorpus({ size: 260, seed: 7, root });
    const content = validateContent(root);
    expect(content.errors).toEqual([]);
    const rendering = await renderInParallel(content.valid, 2);
    for (const file of content.valid) {
      expect(rendering.body(file)).toBe(renderBody(file.body));
      expect(rendering.text(String(file.data.title))).toBe(typesetText(String(file.data.title)));
    }
  });

  it("renders inline below the size where workers pay off", async () => {
    generateCorpus({ size: 20, seed: 7, root });
    const content = validateContent(root);
    const rendering = await renderInParallel(content.valid, 2);
    const file = content.valid[0]!;
    expect(rendering.body(file)).toBe(renderBody(file.body));
  });
});

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PREVIEW_OUTPUT_DIR, clearPreviewOutput } from "../../scripts/preview/preview-output.ts";

describe("clearPreviewOutput", () => {
  it("removes the preview's folder and nothing else, and is quiet when there is none", () => {
    const root = mkdtempSync(join(tmpdir(), "preview-output-"));
    try {
      mkdirSync(join(root, PREVIEW_OUTPUT_DIR, "territoires"), { recursive: true });
      writeFileSync(join(root, PREVIEW_OUTPUT_DIR, "territoires", "index.html"), "<p>ancien</p>");
      mkdirSync(join(root, "_site"));
      clearPreviewOutput(root);
      expect(existsSync(join(root, PREVIEW_OUTPUT_DIR))).toBe(false);
      expect(existsSync(join(root, "_site"))).toBe(true);
      expect(() => clearPreviewOutput(root)).not.toThrow();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

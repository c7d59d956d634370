/** The preview's model, which Eleventy reads at each rebuild: French errors, and the last valid version kept on screen while they are fixed. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { PreviewSession } from "../../scripts/preview/preview-session.ts";
import { makeProject, plain } from "../helpers/fixture-project.ts";

describe("PreviewSession.observatory", () => {
  it("refuses, with only the contributor's errors, when there has never been a valid version", () => {
    const root = makeProject({ "content/dynamiques/casse.md": "---\ntitle: Cassé\nsumary: x\n---\n" });
    expect(() => new PreviewSession(root).observatory()).toThrowError(/casse\.md:3:1 {2}champ «\ssumary\s» inconnu/);
    try {
      new PreviewSession(root).observatory();
    } catch (error) {
      expect((error as Error).stack).not.toMatch(/^\s+at /m);
    }
  });

  it("keeps the last valid version, and says why in French, while a file is broken", () => {
    const root = makeProject({});
    const session = new PreviewSession(root);
    const valid = session.observatory();
    expect(valid.dynamiques.map((d) => d.slug)).toEqual(["figeacteurs"]);
    writeFileSync(join(root, "content", "dynamiques", "figeacteurs.md"), "---\ntitle: [\n---\n");
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(session.observatory().dynamiques).toBe(valid.dynamiques);
      const output = plain(printed.mock.calls.flat().join("\n"));
      expect(output).toContain("content/dynamiques/figeacteurs.md:2:");
      expect(output).toContain("L’aperçu montre encore la dernière version valide du contenu");
    } finally {
      printed.mockRestore();
    }
  });
});

/**
 * Reading a file's frontmatter. The YAML and the body are cut exactly where gray-matter,
 * which the project used before, cut them; a valid file keeps no YAML document, and its
 * positions are found when first asked for, the same as those of a complete reading.
 */
import fc from "fast-check";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import type { SourceFile } from "../../scripts/pipeline/load.ts";
import { parseSourceFile } from "../../scripts/pipeline/parse.ts";

const source = (text: string): SourceFile => ({ path: "content/dynamiques/essai.md", type: "dynamiques", slug: "essai", text });

/** What gray-matter handed to the YAML reader (nothing when it called none) and the body it kept. */
function grayMatterCut(text: string): { yaml: string | undefined; body: string } {
  let yaml: string | undefined;
  const file = matter(text, { engines: { yaml: (given: string) => ((yaml = given), {}) } });
  return { yaml, body: file.content };
}

/** Lines that make cutting hard: closing lines and look-alikes, comments, blanks, carriage returns. */
const line = fc.constantFrom(
  "---", "--- ", "---\t", "---\r", "----", "---x", " ---", "--", "title: Titre", "summary: Résumé", "# commentaire",
  "  # commentaire indenté", "", "   ", "\r", "kind: ptce\r", "texte du corps", "- élément", "sources:", "  - title: Source",
);
const text = fc
  .tuple(fc.constantFrom("---", "--- ", "---\t"), fc.array(line, { maxLength: 12 }))
  .map(([opening, lines]) => [opening, ...lines].join("\n"));

describe("parseSourceFile", () => {
  it("cuts the YAML and the body where gray-matter cut them", () => {
    fc.assert(
      fc.property(text, (written) => {
        const parsed = parseSourceFile(source(written));
        const cut = grayMatterCut(written);
        if (cut.yaml === undefined) {
          // gray-matter read no YAML (only comments and blanks): no frontmatter, as before.
          expect(parsed.ok).toBe(false);
          return;
        }
        const document = parseDocument(cut.yaml, { version: "1.2", uniqueKeys: true });
        const data: unknown = document.errors.length === 0 ? (document.toJS() ?? {}) : undefined;
        const closed = /^---[ \t]*$/m.test(written.slice(written.indexOf("\n") + 1));
        const readable = closed && typeof data === "object" && data !== null && !Array.isArray(data);
        expect(parsed.ok).toBe(readable);
        if (parsed.ok) {
          expect(parsed.file.body).toBe(cut.body);
          expect(parsed.file.data).toEqual(data);
        }
      }),
      { numRuns: 2000, seed: 20_181_030 },
    );
  });

  it("gives a valid file's positions as a complete reading does, when first asked", () => {
    const written = "---\ntitle: Titre\nsources:\n  - title: Source\n    url: https://exemple.fr\n---\nCorps\n";
    const parsed = parseSourceFile(source(written));
    if (!parsed.ok) throw new Error("fichier valide refusé");
    expect(parsed.file.bodyLine).toBe(7);
    expect(parsed.file.locate(["sources", 0, "url"])).toEqual({ line: 5, column: 10 });
    expect(parsed.file.locate(["sources", 0, "url"], "key")).toEqual({ line: 5, column: 5 });
    // A field that is not written: the closest enclosing node, the frontmatter itself.
    expect(parsed.file.locate(["absent"])).toEqual({ line: 2, column: 1 });
  });
});

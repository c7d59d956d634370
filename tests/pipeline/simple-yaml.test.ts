/**
 * The plain-YAML reader gives exactly what the `yaml` library gives, or declines: a file
 * it reads is never read differently, nor accepted when the library finds an error in it.
 */
import { readFileSync, readdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMap, isPair, isScalar, isSeq, parseDocument } from "yaml";
import { generateCorpus } from "../../tools/bench/corpus/generate-corpus.ts";
import { MAX_DEPTH } from "../../scripts/pipeline/parse.ts";
import { readSimpleYaml } from "../../scripts/pipeline/simple-yaml.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

/** What the library reads, with the options and refusals of parse.ts; nothing when it finds an error. */
function libraryReading(text: string): unknown {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, version: "1.2" });
  if (document.errors.length > 0 || !safe(document.contents, 0)) return undefined;
  return document.toJS({ maxAliasCount: 20 });
}

function safe(node: unknown, depth: number): boolean {
  if (!isMap(node) && !isSeq(node)) return true;
  if (depth >= MAX_DEPTH) return false;
  return node.items.every((item) =>
    isPair(item)
      ? !(isScalar(item.key) && ["__proto__", "constructor", "prototype"].includes(String(item.key.value))) && safe(item.value, depth + 1)
      : safe(item, depth + 1),
  );
}

/** The frontmatter of a content file, as parse.ts hands it over. */
const frontmatterOf = (text: string) => text.slice(3, text.indexOf("\n---", 3));

/** Values a contributor writes, most of them plain; a few that only the library reads right. */
const plainValue = fc.constantFrom(
  "texte", "Coopérative d’habitants", "https://exemple.fr/a#b", "Pourquoi ? Parce que", "12", "-3", "+4", "0012", "-0", "2018-10-31", "2018-02",
  "123456789012345", '"cité"', '"2018-02"', "'ok'", '""', "[a, b]", "[a,b]", "[]", "[ ]", "[1, 2, -3]", '["a", \'b\']', "x\u00a0", "’apostrophe",
  "« guillemets »", "x#c", "a [b], c", "Titre ! Vraiment",
);
const trickyValue = fc.constantFrom(
  "Le projet : une coopérative", "x #commentaire", "1.5", "1e3", ".inf", ".NaN", "~", "null", "Null", "true", "False", "0x1F", "0o17",
  '"a\\"b"', '"a\\u00e9"', "''", "'l''a'", "[a, ]", "[a: b]", "[a, [b]]", '["a, b", c]', "['l''a']", '[a"b]', "{a: 1}", "&ancre v", "*ancre",
  "!etiquette v", "| bloc", "> plié", "- élément", "@x", "`x", "%x", "Titre :", "\u00a0x", "a\tb", "a\rb", "12345678901234567890", "", " ",
  "a: b", "x:", "[a] b", "é\u2028é", "\ufeffx", '"a" b',
);
const value = fc.oneof({ weight: 6, arbitrary: plainValue }, { weight: 1, arbitrary: trickyValue });
const key = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom(
      "title", "summary", "kind", "a", "x-y", "_k", "url", "date", "end", "place", "actors", "themes", "sources", "publisher", "scale", "code",
      "within", "founded", "website", "draft", "territory", "dynamics", "organizers", "sessions",
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "null", "True", "2k", "Clé", "a b", "title") },
);
const separator = fc.oneof({ weight: 8, arbitrary: fc.constant(": ") }, { weight: 1, arbitrary: fc.constantFrom(":", ":  ", " : ", ":\u00a0") });
const nestedIndent = fc.oneof({ weight: 6, arbitrary: fc.constant("  ") }, { weight: 1, arbitrary: fc.constantFrom("", " ", "   ", "    ") });
/** A field with its value: inline, a list of values, a list of fields, or nested fields. */
const field = fc.oneof(
  fc.tuple(key, separator, value).map(([k, s, v]) => [`${k}${s}${v}`]),
  fc.tuple(key, nestedIndent, fc.array(value, { minLength: 1, maxLength: 3 })).map(([k, i, vs]) => [`${k}:`, ...vs.map((v) => `${i}- ${v}`)]),
  fc
    .tuple(key, nestedIndent, fc.array(fc.array(fc.tuple(key, separator, value), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }))
    .map(([k, i, items]) => [`${k}:`, ...items.flatMap((item) => item.map(([ik, s, v], n) => `${i}${n === 0 ? "- " : "  "}${ik}${s}${v}`))]),
  fc.tuple(key, nestedIndent, fc.array(fc.tuple(key, separator, value), { minLength: 1, maxLength: 3 })).map(([k, i, fs]) => [`${k}:`, ...fs.map(([fk, s, v]) => `${i}${fk}${s}${v}`)]),
);
/** A line a contributor might add anywhere: a comment, a blank, a stray indented text. */
const extraLine = fc.constantFrom("# commentaire", "  # commentaire", "", "   ", "  suite du texte", "- élément", " title: décalé");

describe("readSimpleYaml", () => {
  it("reads what the library reads, or declines", () => {
    let read = 0;
    let declined = 0;
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 6 }), fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.nat(), extraLine) }), (fields, extra) => {
        const lines = fields.flat();
        if (extra) lines.splice(extra[0] % (lines.length + 1), 0, extra[1]);
        const text = `\n${lines.join("\n")}\n`;
        const data = readSimpleYaml(text, MAX_DEPTH);
        if (data === undefined) {
          declined += 1;
          return;
        }
        read += 1;
        expect(libraryReading(text)).toStrictEqual(data);
      }),
      { numRuns: 6000, seed: 20_181_030 },
    );
    // The property says something only if many texts were read, and many declined.
    expect(read).toBeGreaterThan(600);
    expect(declined).toBeGreaterThan(1000);
  });

  it("reads every frontmatter of the shipped content and of a generated one, as the library does", () => {
    const root = mkdtempSync(join(tmpdir(), "simple-yaml-"));
    try {
      generateCorpus({ size: 300, seed: 3, root });
      const files = [join(PROJECT_ROOT, "content"), join(root, "content")].flatMap((dir) =>
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
          .map((entry) => join(entry.parentPath, entry.name)),
      );
      expect(files.length).toBeGreaterThan(300);
      let read = 0;
      for (const file of files) {
        const frontmatter = frontmatterOf(readFileSync(file, "utf8"));
        const data = readSimpleYaml(frontmatter, MAX_DEPTH);
        if (data === undefined) continue;
        read += 1;
        expect({ file, data }).toStrictEqual({ file, data: libraryReading(frontmatter) });
      }
      // Nearly every real file is plain YAML: the library, five to ten times slower, reads only the others.
      expect(read / files.length).toBeGreaterThan(0.95);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

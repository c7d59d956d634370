/**
 * Property-based tests: whatever a pull request puts in a content file, the checker
 * answers — never throws, never hangs — with either a valid model or errors that
 * each name a file, a line and a column. The seed is fixed so CI is repeatable;
 * `npm run fuzz` runs many more cases with a fresh seed.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { contentInMemory } from "../../scripts/pipeline/content-sources.ts";
import { type PipelineResult, runPipeline } from "../../scripts/pipeline/pipeline.ts";
import { decodeContent, type SourceFile } from "../../scripts/pipeline/load.ts";
import { CONTENT_TYPES, type ContentType } from "../../scripts/content-types/registry.ts";
import { readVocabulary } from "../../scripts/content-types/vocabulary.ts";
import { BASE_FILES, PROJECT_ROOT } from "../helpers/fixture-project.ts";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 150);
const SEED = process.env["FUZZ_SEED"] === "random" ? Date.now() : Number(process.env["FUZZ_SEED"] ?? 20_181_030);
const settings = { numRuns: RUNS, seed: SEED, endOnFailure: true };
if (process.env["FUZZ_RUNS"]) console.log(`fuzz : ${RUNS} cas par propriété, graine ${SEED}`);

const vocabulary = readVocabulary(PROJECT_ROOT);
const FIELD_NAMES = [
  "title", "summary", "territory", "themes", "actors", "sources", "draft", "kind", "founded", "website",
  "date", "end", "dynamics", "organizers", "participants", "place", "attendance", "sessions", "scale", "code",
  "within", "location", "lat", "lon", "url", "publisher", "__proto__", "constructor",
];

const baseSources: SourceFile[] = Object.entries(BASE_FILES).map(([path, text]) => ({
  path,
  type: path.split("/")[1] as ContentType,
  slug: path.split("/")[2]!.replace(/\.md$/, ""),
  text,
}));

/** Runs the real pipeline on the base files plus one fuzzed file. */
function check(type: ContentType, text: string): PipelineResult {
  const file: SourceFile = { path: `content/${type}/fuzz.md`, type, slug: "fuzz", text };
  return runPipeline(contentInMemory({ files: [...baseSources, file], errors: [], media: [] }, vocabulary));
}

/** The contract of every answer: a model, or errors each with a place in a file. */
function expectAnAnswer(result: PipelineResult, text: string): void {
  const lines = text.split("\n").length + 1;
  if (result.errors.length === 0) {
    expect(result.observatory).toBeDefined();
    return;
  }
  expect(result.observatory).toBeUndefined();
  for (const error of result.errors) {
    expect(error.file).toMatch(/^content\//);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(lines);
    expect(error.column).toBeGreaterThanOrEqual(1);
    expect(error.message.length).toBeGreaterThan(10);
    expect(error.message).not.toMatch(/undefined|\[object Object\]|NaN/);
  }
  expect(Object.prototype).not.toHaveProperty("polluted");
}

const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("figeac", "figeacteurs", "ptce", "2018-10-30", "2018", "https://exemple.fr", "javascript:alert(1)", "46102", "commune"),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(fc.constantFrom(...FIELD_NAMES, "x"), tie("node"), { maxKeys: 4 })),
})).node;
const frontmatter = fc.dictionary(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 12 })), value, { maxKeys: 12 });
const body = fc.oneof(fc.string({ maxLength: 400 }), fc.constantFrom("# Titre\n\n<script>alert(1)</script>", "[x](javascript:alert(1))", "---\nencore: un en-tête\n---"));
const contentType = fc.constantFrom(...CONTENT_TYPES);

describe("check never breaks, whatever the file says", () => {
  it("answers for random frontmatter of any shape", () => {
    fc.assert(
      fc.property(contentType, frontmatter, body, (type, data, text) => {
        const file = `---\n${stringify(data)}---\n${text}`;
        expectAnAnswer(check(type, file), file);
      }),
      settings,
    );
  });

  it("answers for mutations of real starter files", () => {
    const starters = CONTENT_TYPES.flatMap((type) =>
      readdirSync(join(PROJECT_ROOT, "content", type)).map((name) => ({ type, text: readFileSync(join(PROJECT_ROOT, "content", type, name), "utf8") })),
    );
    const mutation = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 20 }),
      insert: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("---\n", ":", "[", "{", "\"", "'", "\n  - ", "&a ", "*a", "\t", "\r", "\uFEFF", "__proto__: 1\n")),
    });
    fc.assert(
      fc.property(fc.constantFrom(...starters), fc.array(mutation, { minLength: 1, maxLength: 5 }), (starter, mutations) => {
        let text = starter.text;
        for (const { at, remove, insert } of mutations) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + insert + text.slice(position + remove);
        }
        const normalised = text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
        expectAnAnswer(check(starter.type, normalised), normalised);
      }),
      settings,
    );
  });

  it("answers for arbitrary bytes: either not UTF-8, or checked as text", () => {
    fc.assert(
      fc.property(contentType, fc.uint8Array({ maxLength: 300 }), (type, bytes) => {
        const text = decodeContent(bytes);
        if (text !== undefined) expectAnAnswer(check(type, text), text);
      }),
      settings,
    );
  });
});

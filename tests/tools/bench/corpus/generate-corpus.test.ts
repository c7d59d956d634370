/**
 * The synthetic corpus used for benchmarks must be a real observatory: every file passes
 * the real checker, dossiers appear for départements and régions, bodies look like real
 * entries, one entry in ten has an image among a few files of content/medias/, and a seed
 * always gives the same bytes.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../../../tools/bench/corpus/generate-corpus.ts";
import { createRandom } from "../../../../tools/bench/corpus/random.ts";
import { formatError } from "../../../../scripts/errors/content-error.ts";
import { MAX_IMAGE_BYTES } from "../../../../scripts/files/media-files.ts";
import { contentOnDisk } from "../../../../scripts/pipeline/content-sources.ts";
import { type PipelineResult, runPipeline } from "../../../../scripts/pipeline/pipeline.ts";

const TYPES = ["territoires", "dynamiques", "visites", "evenements"] as const;

const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function generate(size: number, seed: number) {
  const root = mkdtempSync(join(tmpdir(), "corpus-bench-"));
  created.push(root);
  return { root, result: generateCorpus({ size, seed, root }) };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** One hash for the whole folder: every relative path and every byte. */
function folderHash(root: string): string {
  const hash = createHash("sha256");
  for (const file of filesUnder(root)) {
    hash.update(relative(root, file).split(sep).join("/"));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** The Markdown body after the frontmatter. */
function bodyOf(text: string): string {
  const end = text.indexOf("\n---\n", 4);
  return text.slice(end + 5);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

describe("random", () => {
  it("is deterministic and stays in range", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const drawsA = Array.from({ length: 50 }, () => a.int(1, 6));
    const drawsB = Array.from({ length: 50 }, () => b.int(1, 6));
    expect(drawsA).toEqual(drawsB);
    expect(drawsA.every((value) => value >= 1 && value <= 6)).toBe(true);
    expect(new Set(drawsA).size).toBeGreaterThan(3);
    expect(createRandom(42).sample([1, 2, 3, 4, 5], 3)).toHaveLength(3);
    expect(new Set(createRandom(7).sample([1, 2, 3, 4, 5], 5)).size).toBe(5);
  });
});

describe.each([150, 400])("corpus of %i files", (size) => {
  let root = "";
  let result: ReturnType<typeof generateCorpus>;
  let pipeline: PipelineResult;
  beforeAll(() => {
    ({ root, result } = generate(size, 20_181_030));
    pipeline = runPipeline(contentOnDisk(root));
  });

  it("passes the real checker", () => {
    expect(pipeline.errors.map(formatError)).toEqual([]);
    expect(pipeline.observatory).toBeDefined();
    expect(result.files).toBe(size);
    expect(pipeline.files).toHaveLength(size);
  });

  it("holds the four types in the expected mix", () => {
    for (const type of TYPES) expect(result.byType[type], type).toBeGreaterThan(0);
    expect(Object.values(result.byType).reduce((sum, count) => sum + count, 0)).toBe(size);
    expect(pipeline.filesByType).toEqual(result.byType);
    expect(result.byType["dynamiques"]).toBeGreaterThan(result.byType["visites"] ?? 0);
  });

  it("gives dossiers to départements and régions, automatic ones included", () => {
    const dossiers = pipeline.observatory?.dossiers ?? [];
    const departements = dossiers.filter((d) => d.territory.scale === "departement");
    const regions = dossiers.filter((d) => d.territory.scale === "region");
    expect(departements.length).toBeGreaterThanOrEqual(Math.min(20, Math.floor(size / 10)));
    expect(regions.length).toBeGreaterThanOrEqual(5);
    expect(departements.some((d) => d.territory.automatic)).toBe(true);
    expect(regions.some((d) => d.territory.automatic)).toBe(true);
    // Entries roll up: some département dossier gathers entries from inside it.
    expect(departements.some((d) => d.entries.length > d.own.length)).toBe(true);
  });

  it("gives one entry in ten an image, shared among a few distinct files of content/medias/", () => {
    const observatory = pipeline.observatory;
    if (!observatory) throw new Error("pas de modèle");
    const entries = [...observatory.dynamiques, ...observatory.visites, ...observatory.evenements];
    const illustrated = entries.filter((entry) => entry.image !== undefined);
    // Drafts are not published: a few entries of the corpus may be missing from the model.
    const written = size - (result.byType["territoires"] ?? 0);
    expect(result.images.entries).toBe(Math.ceil(written / 10));
    expect(illustrated.length).toBeGreaterThanOrEqual(result.images.entries - 2);
    expect(illustrated.length).toBeLessThanOrEqual(result.images.entries);
    const names = new Set(illustrated.map((entry) => entry.image?.src));
    const files = readdirSync(join(root, "content", "medias")).sort();
    expect(result.images.files).toBe(files.length);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(files.length).toBeLessThanOrEqual(4);
    expect([...names].sort()).toEqual(files);
    for (const name of files) {
      const bytes = readFileSync(join(root, "content", "medias", name));
      // A PNG wider than the largest published size, as a contributor's photo is, and within the size limit.
      expect(bytes.subarray(1, 4).toString("latin1"), name).toBe("PNG");
      expect(bytes.readUInt32BE(16), name).toBe(1600);
      expect(bytes.length, name).toBeLessThan(MAX_IMAGE_BYTES);
    }
    for (const entry of illustrated) expect(entry.image?.alt.length, entry.url).toBeGreaterThanOrEqual(5);
  });

  it("writes bodies of 300 to 800 words with a heading, a list and links", () => {
    for (const type of TYPES) {
      for (const file of filesUnder(join(root, "content", type))) {
        const body = bodyOf(readFileSync(file, "utf8"));
        const words = wordCount(body);
        expect(words, file).toBeGreaterThanOrEqual(300);
        expect(words, file).toBeLessThanOrEqual(800);
        expect(body, file).toMatch(/^## \S/m);
        expect(body, file).toMatch(/^- \S/m);
        expect(body, file).toMatch(/\]\(https:\/\/[^)\s]+\)/);
        expect(body, file).toMatch(/\]\(\/territoires\/[a-z0-9-]+\/\)/);
      }
    }
  });

  it("reuses actors across entries and mixes date precisions", () => {
    const observatory = pipeline.observatory;
    if (!observatory) throw new Error("pas de modèle");
    const entries = [...observatory.dynamiques, ...observatory.visites, ...observatory.evenements];
    const mentions = new Map<string, number>();
    for (const entry of entries) for (const actor of entry.actors) mentions.set(actor, (mentions.get(actor) ?? 0) + 1);
    expect(Math.max(...mentions.values())).toBeGreaterThan(3);
    const precisions = new Set(observatory.datedItems.map((item) => item.date.precision));
    expect([...precisions].sort()).toEqual(["day", "month", "year"]);
    expect(observatory.evenements.some((event) => event.sessions.length > 0)).toBe(true);
    expect(observatory.dynamiques.some((dynamic) => dynamic.mentionedBy.length > 0)).toBe(true);
  });
});

describe("determinism", () => {
  it("gives identical bytes for the same seed and size, different ones for another seed", () => {
    const first = generate(120, 7);
    const second = generate(120, 7);
    const other = generate(120, 8);
    expect(folderHash(first.root)).toBe(folderHash(second.root));
    expect(folderHash(first.root)).not.toBe(folderHash(other.root));
  });

  it("regenerates into the same folder without leftovers", () => {
    const { root } = generate(200, 3);
    const before = folderHash(root);
    generateCorpus({ size: 60, seed: 3, root });
    const regenerated = filesUnder(join(root, "content"));
    expect(regenerated.filter((file) => file.endsWith(".md"))).toHaveLength(60);
    // 48 entries: 5 of them with an image, in turn among 4 files.
    expect(regenerated.filter((file) => file.includes(`${sep}medias${sep}`))).toHaveLength(4);
    generateCorpus({ size: 200, seed: 3, root });
    expect(folderHash(root)).toBe(before);
  });

  it("refuses to empty a folder it did not create", () => {
    const root = mkdtempSync(join(tmpdir(), "corpus-bench-"));
    created.push(root);
    generateCorpus({ size: 10, seed: 1, root });
    rmSync(join(root, ".corpus-synthetique"));
    expect(() => generateCorpus({ size: 10, seed: 1, root })).toThrow(/ne vient pas du générateur/);
  });
});

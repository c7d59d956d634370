/** Parsing and validation on several threads give exactly what one thread gives. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../tools/bench/corpus/generate-corpus.ts";
import { checkContent } from "../../scripts/pipeline/check-content.ts";
import { loadContent } from "../../scripts/pipeline/load.ts";
import { ValidationPool } from "../../scripts/pipeline/validate-pool.ts";
import { validateSources } from "../../scripts/pipeline/validate-sources.ts";
import { readVocabulary } from "../../scripts/content-types/vocabulary.ts";

const root = mkdtempSync(join(tmpdir(), "validate-pool-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("ValidationPool", () => {
  it("finds the same valid files, data, errors and reference positions as one thread", async () => {
    generateCorpus({ size: 400, seed: 7, root });
    // Broken files among valid ones: syntax, schema, and a reference only `resolve` sees,
    // whose position a worker-validated file must still give.
    writeFileSync(join(root, "content/dynamiques/yaml-casse.md"), "---\ntitle: [\n---\n");
    writeFileSync(join(root, "content/dynamiques/champ-inconnu.md"), "---\ntitle: Inconnu\nsumary: x\n---\n");
    writeFileSync(
      join(root, "content/visites/reference-absente.md"),
      "---\ntitle: Visite sans territoire connu\nsummary: Une visite d’étude qui cite un territoire absent du contenu.\ndate: 2019-05\nterritory: nulle-part\nsources:\n  - title: Compte rendu de la visite\n---\n",
    );
    const loaded = loadContent(root);
    const vocabulary = readVocabulary(root);
    const inline = validateSources(loaded, vocabulary);
    const pool = new ValidationPool(loaded.files.length, { threads: 2, minimumFiles: 0, mainThreadWorks: false });
    const pooled = await pool.validate(loaded, vocabulary);

    expect(pooled.errors).toEqual(inline.errors);
    expect([...new Set(pooled.errors.map((error) => error.file))]).toEqual(["content/dynamiques/champ-inconnu.md", "content/dynamiques/yaml-casse.md"]);
    expect(pooled.valid.map((file) => [file.path, file.data, file.body, file.bodyLine])).toEqual(
      inline.valid.map((file) => [file.path, file.data, file.body, file.bodyLine]),
    );
    const referenceErrors = (validation: typeof inline) =>
      checkContent({ loaded, vocabulary, ...validation }).errors.filter((error) => error.file.includes("reference-absente"));
    expect(referenceErrors(pooled)).toEqual(referenceErrors(inline));
    expect(referenceErrors(pooled)).toEqual([expect.objectContaining({ line: 5 })]);
  });
});

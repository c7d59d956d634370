import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withFieldTables } from "../../scripts/docs/contributor-fields.ts";
import { buildSchemas, CONTENT_TYPES } from "../../scripts/content-types/registry.ts";
import { describeFields } from "../../scripts/content-types/describe.ts";
import { readVocabulary } from "../../scripts/content-types/vocabulary.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

const guide = readFileSync(join(PROJECT_ROOT, "CONTRIBUTING.md"), "utf8");
// The contract lives beside the repository on the team's machines and in its CI, not on the public forge.
const CONTRACT_PATH = join(PROJECT_ROOT, "..", "shared", "CONTENT-MODEL.md");
const vocabulary = readVocabulary(PROJECT_ROOT);

/** Said when the guide lags behind: the contributor reads a test's failure in the CI log. */
const OUT_OF_DATE =
  "CONTRIBUTING.md n’est plus à jour des schémas ou de data/ (un thème ou un type ajouté ?)\u00a0: lancez « npm run docs » (« npm run check » et « npm run build » le font aussi), puis ajoutez CONTRIBUTING.md à votre demande de fusion.";

describe("CONTRIBUTING.md", () => {
  it("has the field tables the schemas and data/ produce today", () => {
    expect(guide, OUT_OF_DATE).toBe(withFieldTables(guide, vocabulary));
  });

  it("documents every field of every content type", () => {
    const schemas = buildSchemas(vocabulary);
    for (const type of CONTENT_TYPES) {
      for (const field of describeFields(schemas[type])) {
        expect(guide, `${type}.${field.name}`).toContain(`| \`${field.name}\` |`);
        expect(field.description, `${type}.${field.name} needs a description`).not.toBe("");
      }
    }
  });

  it.runIf(existsSync(CONTRACT_PATH))("implements every field of the contributor contract", () => {
    const contract = readFileSync(CONTRACT_PATH, "utf8");
    const schemas = buildSchemas(vocabulary);
    // Each field table row of the contract (`| \`name\` | …`) names a field some schema knows.
    const known = new Set(CONTENT_TYPES.flatMap((type) => describeFields(schemas[type]).map((f) => f.name)));
    for (const match of contract.matchAll(/^\| `([a-z]+)` \|/gm)) expect(known, match[1]).toContain(match[1]);
  });

  it("lists every kind and theme contributors may use", () => {
    for (const slug of [...Object.keys(vocabulary.kinds), ...Object.keys(vocabulary.themes)]) {
      expect(guide, `${slug} : ${OUT_OF_DATE}`).toContain(`\`${slug}\``);
    }
  });
});

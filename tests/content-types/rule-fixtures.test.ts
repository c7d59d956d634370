/**
 * The rule fixtures (tests/fixtures/rules/) and the rule tables that use them, spread over
 * one rules.test.ts per content type and tests/pipeline/file-rules.test.ts: no fixture is
 * left untested, no row names a missing file, and every rule has a valid and an invalid
 * example. Test files cannot share their rows at run time, so this reads the tables' sources.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";
import { RULE_FIXTURES } from "../helpers/rule-table.ts";

const TABLES = [
  ...["shared", "dynamique", "visite", "evenement", "territoire"].map((type) => `tests/content-types/${type}/rules.test.ts`),
  "tests/pipeline/file-rules.test.ts",
  // The support files rows add beside their fixture (SUPPORT).
  "tests/helpers/rule-table.ts",
];

/** Every fixture a table names: the `fixture: "…"` of its rows and the `"_support/…"` files. */
function namedFixtures(): string[] {
  return TABLES.flatMap((table) => {
    const source = readFileSync(join(PROJECT_ROOT, table), "utf8");
    return [...source.matchAll(/fixture: "([^"]+)"|"(_support\/[^"]+)"/g)].map((match) => (match[1] ?? match[2])!);
  });
}

/** Rules whose valid counterpart is any valid file: there is nothing to write « right ». */
const INVALID_ONLY = new Set(["unknown-field", "source-field", "forbidden-key", "extension"]);

describe("fixtures", () => {
  const files = ["dynamiques", "visites", "evenements", "territoires", "fichiers"].flatMap((folder) =>
    readdirSync(join(RULE_FIXTURES, folder)).map((name) => `${folder}/${name}`),
  );
  const named = namedFixtures();

  it("are all used by a row of the tables, and every row's fixture exists", () => {
    expect(named.length).toBeGreaterThan(files.length);
    expect(files.filter((file) => !named.includes(file))).toEqual([]);
    expect(named.filter((file) => !existsSync(join(RULE_FIXTURES, file)))).toEqual([]);
  });

  it("give every rule a valid and an invalid example", () => {
    const rule = (file: string) => (file.split("/")[1] ?? "").replace(/\.(valid|invalid)(-\d+)?\.md$/, "");
    const valid = new Set(files.filter((file) => file.includes(".valid")).map(rule));
    const invalid = new Set(files.filter((file) => file.includes(".invalid")).map(rule));
    expect([...invalid].filter((name) => !valid.has(name) && !INVALID_ONLY.has(name))).toEqual([]);
    expect([...valid].filter((name) => !invalid.has(name))).toEqual([]);
  });
});

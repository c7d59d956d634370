/**
 * Tests mirror the sources: the module scripts/<path>.ts has its test at
 * tests/<path>.test.ts, and the developers' tool tools/<path>.ts at tests/tools/<path>.test.ts
 * (`.mjs` and `.js` modules likewise), so that the test of a module is found without searching
 * and a module without one shows. The exceptions are data below, each with its reason; a
 * module that gets its twin must leave the list (the test says so), and so must a module
 * that no longer exists.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const PROJECT_ROOT = join(import.meta.dirname, "..", "..");

type Reason =
  /** Declares types (or type-only re-exports) and nothing that runs: there is no behaviour to test. */
  | "types only"
  /** The file a worker thread or the browser starts; the module it loads has the logic and the test. */
  | "worker entry"
  /** Reads the command line and calls tested modules; the command itself is run whole by `testedBy`. */
  | "command wiring"
  /** A tool run by hand (`npm run bench`, `npm run audit`): its measures go in reports, not in tests. */
  | "measured by hand"
  /** Has logic and no twin yet: `testedBy` is where its behaviour is tested today. */
  | "not yet covered by a twin";

interface Exemption {
  readonly module: string;
  readonly reason: Reason;
  /** The test files that exercise the module today (required unless its reason is « types only » or « worker entry »). */
  readonly testedBy?: readonly string[];
}

const typesOnly = (module: string): Exemption => ({ module, reason: "types only" });
const workerEntry = (module: string, testedBy: string): Exemption => ({ module, reason: "worker entry", testedBy: [testedBy] });
const wiring = (module: string, ...testedBy: string[]): Exemption => ({ module, reason: "command wiring", testedBy });
const byHand = (module: string, ...testedBy: string[]): Exemption => ({ module, reason: "measured by hand", testedBy });
const notYet = (module: string, ...testedBy: string[]): Exemption => ({ module, reason: "not yet covered by a twin", testedBy });

const RULES = (type: string) => `tests/content-types/${type}/rules.test.ts`;

export const EXEMPTIONS: readonly Exemption[] = [
  typesOnly("scripts/model/types.ts"),
  typesOnly("scripts/model/content-files.ts"),
  typesOnly("scripts/model/page.ts"),
  typesOnly("scripts/geo/official-geography-types.ts"),
  typesOnly("scripts/content-types/shared/definition.ts"),
  typesOnly("scripts/content-types/shared/search-fields.ts"),

  workerEntry("scripts/pipeline/validate-worker.mjs", "tests/pipeline/validate-pool.test.ts"),
  workerEntry("scripts/pipeline/validate-worker.ts", "tests/pipeline/validate-pool.test.ts"),
  workerEntry("scripts/render/text-worker.mjs", "tests/render/render-pool.test.ts"),
  workerEntry("scripts/render/text-worker.ts", "tests/render/render-pool.test.ts"),
  workerEntry("scripts/search/index-worker.mjs", "tests/search/index-site.test.ts"),
  workerEntry("scripts/search/index-worker.ts", "tests/search/index-site.test.ts"),
  workerEntry("scripts/workers/load-typed-worker.mjs", "tests/pipeline/validate-pool.test.ts"),
  workerEntry("scripts/offline/worker.js", "tests/browser/offline.test.ts"),

  wiring("scripts/cli/build.ts", "tests/build/starter-site.test.ts", "tests/publish/build-safety.test.ts"),
  wiring("scripts/cli/docs.ts", "tests/docs/refresh-guide.test.ts"),
  wiring("scripts/cli/run-command.ts", "tests/cli/check.test.ts"),
  wiring("scripts/cli/report-formats/index.ts", "tests/cli/check-formats.test.ts"),
  wiring("scripts/compile/recompile-if-stale.mjs", "tests/compile/compile.test.ts", "tests/cli/check-startup.test.ts"),
  wiring("scripts/eleventy/configure.ts", "tests/build/starter-site.test.ts", "tests/preview/template-reload.test.ts"),
  wiring("scripts/eleventy/filters/index.ts", "tests/build/site-quality.test.ts"),
  wiring("scripts/eleventy/observatory-data.ts", "tests/cli/start.test.ts", "tests/build/starter-site.test.ts"),
  wiring("scripts/eleventy/write-pages.ts", "tests/build/starter-site.test.ts", "tests/build/reproducible.test.ts"),
  wiring("scripts/preview/preview-config.ts", "tests/cli/start.test.ts", "tests/preview/serve-error-banner.test.ts"),
  notYet("scripts/pipeline/pipeline.ts", "tests/pipeline/resolve.test.ts", "tests/pipeline/file-rules.test.ts", "tests/pipeline/fuzz.test.ts"),
  notYet("scripts/pipeline/content-sources.ts", "tests/pipeline/validate-pool.test.ts", "tests/render/render-pool.test.ts"),
  notYet("scripts/publish/publish-site.ts", "tests/publish/build-safety.test.ts", "tests/cli/start.test.ts"),
  wiring("tools/bench/corpus/cli.ts", "tests/tools/bench/corpus/generate-corpus.test.ts"),

  byHand("tools/bench/run-bench.ts", "tests/tools/bench/corpus/generate-corpus.test.ts"),
  byHand("tools/bench/preview-latency.ts", "tests/cli/start.test.ts"),
  byHand("tools/bench/one-file-check.ts", "tests/cli/run-bundled.test.ts"),
  byHand("tools/bench/npm-script.ts", "tests/tools/bench/corpus/generate-corpus.test.ts"),
  byHand("tools/bench/process-peaks.ts", "tests/tools/bench/corpus/generate-corpus.test.ts"),
  byHand("tools/bench/preview-tab-latency.ts", "tests/cli/start.test.ts"),
  byHand("tools/audit/audit.ts", "tests/tools/audit/audit-report.test.ts"),
  byHand("tools/audit/audit-server.ts", "tests/tools/audit/audit-report.test.ts"),

  // The content types: their schemas, entries and territories are what the rule tables check.
  ...["dynamique", "visite", "evenement"].flatMap((type) => [
    notYet(`scripts/content-types/${type}/schema.ts`, RULES(type)),
    notYet(`scripts/content-types/${type}/entry.ts`, RULES(type), "tests/cli/new.test.ts"),
    notYet(`scripts/content-types/${type}/open-data.ts`, "tests/publish/open-data.test.ts"),
    notYet(`scripts/content-types/${type}/index.ts`, "tests/cli/check.test.ts", "tests/cli/new.test.ts"),
  ]),
  notYet("scripts/content-types/territoire/schema.ts", RULES("territoire")),
  notYet("scripts/content-types/territoire/indicator.ts", RULES("territoire")),
  notYet("scripts/content-types/territoire/index.ts", "tests/cli/check.test.ts", "tests/cli/new.test.ts"),
  notYet("scripts/content-types/shared/entry-fields.ts", RULES("shared")),
  notYet("scripts/content-types/shared/fields.ts", RULES("shared")),
  notYet("scripts/content-types/shared/dated-entry.ts", RULES("visite"), RULES("evenement")),
  notYet("scripts/content-types/shared/image.ts", "tests/pipeline/image-rules.test.ts"),
  notYet("scripts/content-types/registry.ts", "tests/publish/open-data.test.ts", "tests/cli/new.test.ts"),
  notYet("scripts/content-types/entries.ts", "tests/pipeline/resolve.test.ts", "tests/publish/open-data.test.ts"),
  notYet("scripts/content-types/describe.ts", "tests/docs/contributor-fields.test.ts"),

  notYet("scripts/pipeline/aggregate.ts", "tests/build/starter-site.test.ts", "tests/preview/page-planner.test.ts"),
  notYet("scripts/pipeline/reader-indexes.ts", "tests/build/non-latin-actors.test.ts", "tests/preview/page-planner.test.ts"),
  notYet("scripts/pipeline/check-content.ts", "tests/cli/check.test.ts"),
  notYet("scripts/pipeline/load.ts", "tests/pipeline/file-rules.test.ts"),
  notYet("scripts/pipeline/body-nesting.ts", "tests/pipeline/hostile-input.test.ts"),
  notYet("scripts/pipeline/validate-sources.ts", "tests/pipeline/validate-pool.test.ts"),
  notYet("scripts/errors/describe-error.ts", RULES("shared"), RULES("territoire")),
  notYet("scripts/files/media-files.ts", "tests/pipeline/image-rules.test.ts"),
  notYet("scripts/geo/official-geography.ts", "tests/geo/official-figures.test.ts"),
  notYet("scripts/geo/geography-package.ts", "tests/geo/geography-cache.test.ts"),
  notYet("scripts/geo/lazy-records.ts", "tests/geo/geography-cache.test.ts"),
  notYet("scripts/map/projection.ts", "tests/map/locate.test.ts", "tests/map/focus-frame.test.ts"),
  notYet("scripts/map/svg-path.ts", "tests/map/departement-geometry.test.ts"),
  notYet("scripts/media/body-image-tokens.ts", "tests/media/sanitised-images.test.ts"),
  notYet("scripts/media/eleventy-images.ts", "tests/build/images.test.ts"),
  notYet("scripts/media/media-folder.ts", "tests/pipeline/image-rules.test.ts"),
  notYet("scripts/media/media-references.ts", "tests/pipeline/image-rules.test.ts"),
  notYet("scripts/render/token-typography.ts", "tests/render/contributor-text.test.ts"),
  notYet("scripts/publish/site-completeness.ts", "tests/publish/build-safety.test.ts"),
  notYet("scripts/eleventy/filters/france-map.ts", "tests/map/france-map.test.ts"),
  notYet("scripts/eleventy/filters/sitemap-urls.ts", "tests/build/site-quality.test.ts"),
  notYet("scripts/eleventy/newest-entries.ts", "tests/build/site-quality.test.ts"),
  notYet("scripts/preview/background-publication.ts", "tests/cli/start.test.ts"),
  notYet("scripts/preview/preview-dev-server.ts", "tests/cli/start.test.ts"),
  notYet("scripts/preview/preview-host.ts", "tests/cli/start.test.ts"),
  notYet("scripts/preview/fingerprint.ts", "tests/cli/start.test.ts"),
  notYet("scripts/review/base-revision.ts", "tests/cli/diff.test.ts"),
  notYet("scripts/review/changes-markdown.ts", "tests/cli/diff.test.ts"),
  notYet("scripts/review/review-report.ts", "tests/cli/diff.test.ts"),
  notYet("scripts/review/site-changes.ts", "tests/cli/diff.test.ts"),
  notYet("scripts/review/site-model.ts", "tests/cli/diff.test.ts"),
  notYet("scripts/cli/check-report.ts", "tests/cli/check.test.ts"),
  notYet("scripts/cli/new-territory.ts", "tests/cli/new.test.ts"),
  notYet("scripts/cli/report-formats/gitlab.ts", "tests/cli/check-formats.test.ts"),
  notYet("scripts/cli/report-formats/json.ts", "tests/cli/check-formats.test.ts"),
  notYet("tools/audit/audit-pages.ts", "tests/tools/audit/audit-report.test.ts"),
  notYet("tools/bench/corpus/corpus-images.ts", "tests/tools/bench/corpus/generate-corpus.test.ts"),
  notYet("tools/bench/corpus/french-text.ts", "tests/tools/bench/corpus/generate-corpus.test.ts"),
];

/** Every module of a source tree, as a path from the project root. */
function modulesOf(tree: string): string[] {
  return readdirSync(join(PROJECT_ROOT, tree), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
    .map((entry) => join(entry.parentPath, entry.name).slice(PROJECT_ROOT.length + 1).split("\\").join("/"))
    .sort();
}

/** tests/<path>.test.ts for scripts/<path>.ts; tests/tools/<path>.test.ts for tools/<path>.ts. */
export function twinOf(module: string): string {
  const withoutExtension = module.replace(/\.(ts|mjs|js)$/, "");
  return `tests/${withoutExtension.replace(/^scripts\//, "")}.test.ts`;
}

const MODULES = [...modulesOf("scripts"), ...modulesOf("tools")];
const hasTwin = (module: string) => existsSync(join(PROJECT_ROOT, twinOf(module)));

describe("tests that mirror the sources", () => {
  it("are found where the twin path says", () => {
    expect(twinOf("scripts/pipeline/parse.ts")).toBe("tests/pipeline/parse.test.ts");
    expect(twinOf("scripts/pipeline/validate-worker.mjs")).toBe("tests/pipeline/validate-worker.test.ts");
    expect(twinOf("tools/bench/corpus/random.ts")).toBe("tests/tools/bench/corpus/random.test.ts");
    expect(hasTwin("scripts/pipeline/parse.ts")).toBe(true);
    // scripts/tools/ would share its twins with tools/.
    expect(existsSync(join(PROJECT_ROOT, "scripts", "tools"))).toBe(false);
  });

  it("cover every module with logic, or the module is listed with its reason", () => {
    const exempted = new Set(EXEMPTIONS.map((exemption) => exemption.module));
    const missing = MODULES.filter((module) => !hasTwin(module) && !exempted.has(module)).map((module) => `${module} → ${twinOf(module)}`);
    expect(missing, "Modules sans test jumeau (ajoutez le test, ou une exemption motivée dans EXEMPTIONS)").toEqual([]);
  });

  it("list only modules that exist and still have no twin", () => {
    const stale = EXEMPTIONS.filter((exemption) => !MODULES.includes(exemption.module) || hasTwin(exemption.module)).map((exemption) => exemption.module);
    expect(stale, "Exemptions à retirer de EXEMPTIONS").toEqual([]);
    const modules = EXEMPTIONS.map((exemption) => exemption.module);
    expect(modules.filter((module, index) => modules.indexOf(module) !== index)).toEqual([]);
  });

  it("name test files that exist for every exemption that relies on them", () => {
    const needing = EXEMPTIONS.filter((exemption) => exemption.reason !== "types only");
    expect(needing.filter((exemption) => (exemption.testedBy ?? []).length === 0).map((exemption) => exemption.module)).toEqual([]);
    const absent = needing.flatMap((exemption) => (exemption.testedBy ?? []).filter((test) => !existsSync(join(PROJECT_ROOT, test))));
    expect(absent).toEqual([]);
  });

  it("exempt as « types only » only modules that export nothing that runs", () => {
    const running = EXEMPTIONS.filter((exemption) => exemption.reason === "types only")
      .filter((exemption) => /^export\s+(?:async\s+)?(?:function|const|let|var|class|default)\b/m.test(readFileSync(join(PROJECT_ROOT, exemption.module), "utf8")))
      .map((exemption) => exemption.module);
    expect(running).toEqual([]);
  });
});

/**
 * Two builds of the same content give a byte-identical site: no clock, no random id.
 * The one date a build records is the documented publication date (the last commit's,
 * or OBSERVATOIRE_PUBLISHED_AT), which is fixed here as it is by git in a checkout.
 *
 * One documented exception: Pagefind writes the values of each search filter in hash-map
 * order, which changes from run to run, and names its files by their hash. Those filter
 * files, the two index files that name them and the service worker that lists them differ
 * in order only: the test checks that their decompressed contents hold the same bytes.
 */
import { readFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";
import { fileHashes } from "../helpers/hash-tree.ts";
import { expectBuilt, makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";

const roots: string[] = [];
afterAll(() => roots.forEach(removeProject));

describe("reproducible builds", () => {
  it("produces byte-identical _site/ from the same content, in the same or another folder", () => {
    const env = { OBSERVATOIRE_PUBLISHED_AT: "2026-11-23T10:00:00+01:00" };
    const first = makeSiteProject({ from: join(PROJECT_ROOT, "content") });
    const second = makeSiteProject({ from: join(PROJECT_ROOT, "content") });
    roots.push(first, second);

    const firstBuild = runCli("build", [], first, env);
    expect(firstBuild.status, firstBuild.stderr).toBe(0);
    const once = fileHashes(join(first, "_site"));
    expectBuilt(runCli("build", [], first, env));
    const twice = fileHashes(join(first, "_site"));
    expectBuilt(runCli("build", [], second, env));
    const elsewhere = fileHashes(join(second, "_site"));

    expect(Object.keys(once).length).toBeGreaterThan(100);
    expect(withoutFilterOrder(twice)).toEqual(withoutFilterOrder(once));
    expect(withoutFilterOrder(elsewhere)).toEqual(withoutFilterOrder(once));
    expect(sortedFilterBytes(join(first, "_site"))).toEqual(sortedFilterBytes(join(second, "_site")));
  });

  it("changes the offline copy's version when, and only when, the content changes", () => {
    const env = { OBSERVATOIRE_PUBLISHED_AT: "2026-11-23T10:00:00+01:00" };
    const root = makeSiteProject({ from: join(PROJECT_ROOT, "content") });
    roots.push(root);
    expectBuilt(runCli("build", [], root, env));
    const before = fileHashes(join(root, "_site"))["sw.js"];
    expectBuilt(runCli("build", [], root, { OBSERVATOIRE_PUBLISHED_AT: "2026-11-24T10:00:00+01:00" }));
    expect(fileHashes(join(root, "_site"))["sw.js"]).not.toBe(before);
  });
});

/** Files whose bytes depend on Pagefind's filter order (see above). */
const FILTER_ORDER_DEPENDENT = /^(pagefind\/filter\/|pagefind\/pagefind\.[^/]+\.pf_meta$|pagefind\/pagefind-entry\.json$|sw\.js$)/;

function withoutFilterOrder(hashes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(hashes).filter(([path]) => !FILTER_ORDER_DEPENDENT.test(path)));
}

/** Each filter file's decompressed bytes, sorted: equal when only their order differs. */
function sortedFilterBytes(site: string): string[] {
  const dir = join(site, "pagefind", "filter");
  return readdirSync(dir)
    .map((name) => [...gunzipSync(readFileSync(join(dir, name)))].sort((a, b) => a - b).join(","))
    .sort();
}

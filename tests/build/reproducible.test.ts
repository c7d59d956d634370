/**
 * Two builds of the same content give a byte-identical site: no clock, no random id.
 * The one date a build records is the documented publication date (the last commit's,
 * or OBSERVATOIRE_PUBLISHED_AT), which is fixed here as it is by git in a checkout.
 * The search index and the service worker included: readers' offline copy is kept across
 * a deploy that changes nothing.
 */
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
    expect(Object.keys(once).some((path) => path.startsWith("pagefind/filter/"))).toBe(true);
    expect(twice).toEqual(once);
    expect(elsewhere).toEqual(once);
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


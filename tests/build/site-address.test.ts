/**
 * A deployment that gives the site's address (OBSERVATOIRE_URL, as the GitHub Pages and
 * GitLab Pages workflows do) gets a site made for that address: the sitemap, the feed, the
 * links of every page and the offline copy all use it, with its path prefix.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_FILES } from "../helpers/fixture-project.ts";
import { expectBuilt, makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";

let root: string;
const read = (path: string) => readFileSync(join(root, "_site", path), "utf8");

beforeAll(() => {
  // data/site.json as shipped: the example.org placeholder, path prefix `/`.
  root = makeSiteProject({ files: BASE_FILES });
  expectBuilt(runCli("build", [], root, { OBSERVATOIRE_URL: "https://observatoire-ess.github.io/observatoire", OBSERVATOIRE_PUBLISHED_AT: "2026-11-23T10:00:00+01:00" }));
}, 240_000);

afterAll(() => removeProject(root));

describe("a build for the address the deployment gives", () => {
  it("lists every page at that address in the sitemap", () => {
    const addresses = [...read("sitemap.xml").matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    expect(addresses).toContain("https://observatoire-ess.github.io/observatoire/dynamiques/figeacteurs/");
    expect(addresses.filter((address) => !address?.startsWith("https://observatoire-ess.github.io/observatoire/"))).toEqual([]);
  });

  it("names entries by that address in the Atom feed", () => {
    expect(read("nouveautes.xml")).toContain("<id>https://observatoire-ess.github.io/observatoire/dynamiques/figeacteurs/</id>");
    expect(read("nouveautes.xml")).not.toContain("example.org");
  });

  it("links pages, style sheet and offline copy under the path prefix", () => {
    const home = read("index.html");
    expect(home).toContain('href="/observatoire/assets/style.css"');
    expect(home).toContain('href="/observatoire/dynamiques/"');
    expect(read("sw.js")).toContain('"base":"/observatoire/"');
  });
});

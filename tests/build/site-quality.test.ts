/**
 * The built starter site as a whole: valid HTML, no broken internal link or asset, a feed
 * and a sitemap that list everything, open data that round-trips every entry.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Observatory } from "../../scripts/model/types.ts";
import { contentOnDisk } from "../../scripts/pipeline/content-sources.ts";
import { runPipeline } from "../../scripts/pipeline/pipeline.ts";
import { CSV_LIST_SEPARATOR, OPEN_DATA_TYPES, openDataRecords } from "../../scripts/publish/open-data.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";
import { makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";

let root: string;
let site: string;
let observatory: Observatory;

beforeAll(() => {
  root = makeSiteProject({ from: join(PROJECT_ROOT, "content") });
  expect(runCli("build", [], root).status).toBe(0);
  site = join(root, "_site");
  const result = runPipeline(contentOnDisk(PROJECT_ROOT));
  if (!result.observatory) throw new Error("the shipped content must be valid");
  observatory = result.observatory;
});

afterAll(() => removeProject(root));

const htmlFiles = () =>
  readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name));

const entries = () => [...observatory.dynamiques, ...observatory.visites, ...observatory.evenements];

describe("HTML", () => {
  // html-validate's recommended rules, with two documented exceptions:
  // - no-trailing-whitespace: Nunjucks control tags leave spaces at the end of lines; harmless to readers and browsers;
  // - long-title: a page title is the contributor's title (up to 160 characters) followed by the site's name.
  const validator = new HtmlValidate({
    extends: ["html-validate:recommended"],
    rules: { "no-trailing-whitespace": "off", "long-title": "off" },
  });

  it("is valid on every page", async () => {
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${relative(site, file)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("links", () => {
  it("resolves every internal link and asset, fragments included", () => {
    const broken: string[] = [];
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string) => {
      if (!idsOf.has(file)) idsOf.set(file, new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? "")));
      return idsOf.get(file)!;
    };
    let checked = 0;
    for (const file of htmlFiles()) {
      const html = readFileSync(file, "utf8");
      for (const [, attribute, target = ""] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        if (/^(https?:|mailto:)/.test(target)) continue;
        checked += 1;
        const [path = "", fragment] = target.split("#");
        const resolved = path === "" ? file : join(site, decodeURIComponent(path.split("?")[0] ?? ""), path.endsWith("/") ? "index.html" : "");
        if (!path.startsWith("/") && path !== "") broken.push(`${relative(site, file)}: ${attribute}="${target}" n’est pas une adresse du site`);
        else if (!existsSync(resolved)) broken.push(`${relative(site, file)}: ${target}`);
        else if (fragment && !ids(resolved).has(fragment)) broken.push(`${relative(site, file)}: ${target} (ancre absente)`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });
});

describe("feed and sitemap", () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });

  it("has an Atom feed in French listing every published entry with its title and summary", () => {
    const feed = xml.parse(readFileSync(join(site, "nouveautes.xml"), "utf8")).feed;
    expect(feed["xml:lang"]).toBe("fr");
    const items = [feed.entry].flat();
    const links = items.map((item: { link: { href: string } }) => new URL(item.link.href).pathname);
    expect(links.sort()).toEqual(entries().map((e) => e.url).sort());
    const figeac = items.find((item: { link: { href: string } }) => item.link.href.endsWith("/visites/figeac-2018/"));
    expect(figeac.summary).toContain("Figeacteurs");
    expect(Number.isNaN(Date.parse(figeac.updated))).toBe(false);
  });

  it("has a sitemap listing every entry, dossier and index page", () => {
    const urls = [xml.parse(readFileSync(join(site, "sitemap.xml"), "utf8")).urlset.url].flat().map((u: { loc: string }) => new URL(u.loc).pathname);
    for (const url of [...entries().map((e) => e.url), ...observatory.dossiers.map((d) => d.territory.url), "/", "/territoires/", "/chronologie/", "/donnees/"]) {
      expect(urls).toContain(url);
    }
  });
});

describe("open data", () => {
  it("round-trips every entry through JSON and CSV, with official codes", () => {
    const expected = openDataRecords(observatory);
    for (const type of OPEN_DATA_TYPES) {
      const json = JSON.parse(readFileSync(join(site, "donnees", `${type}.json`), "utf8"));
      expect(json).toEqual(expected[type]);
      const rows = parseCsv(readFileSync(join(site, "donnees", `${type}.csv`)), { columns: true, bom: true }) as Array<Record<string, string>>;
      expect(rows).toHaveLength(json.length);
      rows.forEach((row, index) => {
        for (const [column, value] of Object.entries(json[index] as Record<string, unknown>)) {
          const cell = row[column];
          if (value === null) expect(cell, `${type}[${index}].${column}`).toBe("");
          else if (Array.isArray(value) && value.every((item) => typeof item !== "object")) expect(cell ? cell.split(CSV_LIST_SEPARATOR) : []).toEqual(value);
          else if (typeof value === "object") expect(JSON.parse(cell ?? "")).toEqual(value);
          else expect(cell).toBe(String(value));
        }
      });
    }
    const figeacteurs = expected.dynamiques.find((record) => record["slug"] === "figeacteurs");
    expect(figeacteurs).toMatchObject({ codes_officiels: ["46102"], departements: ["46"], regions: ["76"], type: "ptce" });
    const midiQuercy = expected.evenements.find((record) => record["slug"] === "mois-ess-2014-pays-midi-quercy");
    expect((midiQuercy?.["seances"] as unknown[]).length).toBe(4);
  });

  it("publishes the JSON Schema of each content type, with every field described", () => {
    for (const type of ["dynamiques", "visites", "evenements", "territoires"]) {
      const schema = JSON.parse(readFileSync(join(site, "donnees", "schemas", `${type}.schema.json`), "utf8"));
      expect(schema.type).toBe("object");
      expect(schema.additionalProperties).toBe(false);
      for (const [field, property] of Object.entries(schema.properties as Record<string, { description?: string }>)) {
        expect(property.description, `${type}.${field}`).toBeTruthy();
      }
    }
  });
});

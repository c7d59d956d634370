/**
 * Builds the shipped starter content with `npm run build`'s command and reads the
 * site as a reader would: one page per entry, links both ways, the seed facts right.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentOnDisk } from "../../scripts/pipeline/content-sources.ts";
import { runPipeline } from "../../scripts/pipeline/pipeline.ts";
import type { Observatory } from "../../scripts/model/types.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";
import { makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";
import { searchRecordUrls } from "../helpers/search-records.ts";

let root: string;
let site: string;
let observatory: Observatory;

const page = (url: string): string => readFileSync(join(site, url, "index.html"), "utf8");
const text = (html: string): string =>
  html.replace(/<[^>]+>/g, " ").replace(/&nbsp;|\u00a0|\u202f/g, " ").replace(/&#39;|&#x27;/g, "'").replace(/\s+/g, " ");
const hrefs = (html: string): string[] => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? "");

beforeAll(() => {
  root = makeSiteProject({ from: join(PROJECT_ROOT, "content") });
  const build = runCli("build", [], root);
  expect(build.stderr).toBe("");
  expect(build.status).toBe(0);
  site = join(root, "_site");
  const result = runPipeline(contentOnDisk(PROJECT_ROOT));
  if (!result.observatory) throw new Error(result.errors.map((e) => e.message).join("\n"));
  observatory = result.observatory;
});

afterAll(() => removeProject(root));

describe("the starter site", () => {
  it("publishes exactly one page per content file, at the contract's URL", () => {
    for (const type of ["dynamiques", "visites", "evenements", "territoires"]) {
      const files = readdirSync(join(PROJECT_ROOT, "content", type)).map((name) => name.replace(/\.md$/, ""));
      const pages = readdirSync(join(site, type), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
      for (const slug of files) expect(existsSync(join(site, type, slug, "index.html")), `${type}/${slug}`).toBe(true);
      if (type !== "territoires") expect(pages.sort()).toEqual(files.sort());
    }
  });

  it("records every entry and dossier in the search index, and nothing else", () => {
    const expected = [...observatory.dynamiques, ...observatory.visites, ...observatory.evenements].map((e) => e.url);
    expected.push(...observatory.dossiers.map((d) => d.territory.url));
    expect(searchRecordUrls(site).sort()).toEqual(expected.sort());
  });

  it("adds a dossier for every département and région that has content", () => {
    const automatic = observatory.territories.filter((territory) => territory.automatic);
    expect(automatic.map((t) => t.slug)).toEqual(expect.arrayContaining(["lot", "occitanie", "tarn-et-garonne"]));
    for (const territory of automatic) expect(existsSync(join(site, "territoires", territory.slug, "index.html"))).toBe(true);
  });

  it("links every entry to its territories' dossiers, and every dossier back to the entry", () => {
    const entries = [...observatory.dynamiques, ...observatory.visites, ...observatory.evenements];
    expect(entries.length).toBeGreaterThanOrEqual(25);
    for (const entry of entries) {
      const entryLinks = hrefs(page(entry.url));
      for (const slug of entry.territories) {
        expect(entryLinks, `${entry.url} → ${slug}`).toContain(`/territoires/${slug}/`);
        expect(hrefs(page(`/territoires/${slug}/`)), `${slug} → ${entry.url}`).toContain(entry.url);
      }
    }
  });

  it("rolls a commune's entries up into its département and région dossiers", () => {
    for (const url of ["/territoires/lot/", "/territoires/occitanie/"]) {
      const links = hrefs(page(url));
      expect(links).toContain("/dynamiques/figeacteurs/");
      expect(links).toContain("/visites/figeac-2018/");
    }
    expect(text(page("/territoires/figeac/"))).toMatch(/Occitanie › Lot|Occitanie\s+Lot/);
  });

  it("shows the Figeac visit on its two days and the Figeac dossier's counts", () => {
    expect(text(page("/visites/figeac-2018/"))).toContain("30 et 31 octobre 2018");
    const figeac = text(page("/territoires/figeac/"));
    expect(figeac).toMatch(/1 dynamique\b/);
    expect(figeac).toMatch(/1 visite d’étude/);
  });

  it("shows the Midi-Quercy « mois de l’ESS » with its four sessions and their attendance", () => {
    const event = observatory.evenements.find((e) => e.slug === "mois-ess-2014-pays-midi-quercy");
    expect(event?.sessions).toHaveLength(4);
    const html = page("/evenements/mois-ess-2014-pays-midi-quercy/");
    expect(text(html)).toContain("du 7 au 29 novembre 2014");
    expect(html.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>/g)).toHaveLength(4);
    for (const figure of ["38", "21", "34"]) expect(text(html)).toContain(` ${figure} `);
    expect(text(page("/territoires/pays-midi-quercy/"))).toMatch(/93 participants recensés/);
  });

  it("publishes the 17 dynamics of the Labo de l’ESS study with their kinds", () => {
    const kinds = new Set(observatory.dynamiques.map((d) => d.kind));
    expect(observatory.dynamiques.length).toBeGreaterThanOrEqual(17);
    for (const kind of ["ptce", "tiers-lieu", "monnaie-locale", "tzcld", "pat", "pole-competitivite", "tepos"]) {
      expect(kinds).toContain(kind);
    }
    for (const slug of ["pole-mer-bretagne-atlantique", "pole-mer-mediterranee", "tzcld-premery", "tzcld-villeurbanne"]) {
      expect(existsSync(join(site, "dynamiques", slug, "index.html"))).toBe(true);
    }
  });

  it("lists every dynamic exactly once in the index, under its kind", () => {
    const html = page("/dynamiques/");
    for (const dynamic of observatory.dynamiques) {
      expect(html.split(`href="${dynamic.url}"`).length - 1, dynamic.slug).toBe(1);
      const section = html.slice(html.indexOf(`id="type-${dynamic.kind}"`));
      expect(section.slice(0, section.indexOf("</section>")), dynamic.slug).toContain(`href="${dynamic.url}"`);
    }
  });

  it("lists on a dynamic's page the visits and events that mention it", () => {
    expect(hrefs(page("/dynamiques/figeacteurs/"))).toContain("/visites/figeac-2018/");
  });

  it("sets contributors' text in French typography", () => {
    const html = page("/visites/figeac-2018/");
    expect(html).toContain("les pouvoirs publics locaux\u00a0: Jérôme Filippini");
    // Nowhere in the page's text does high punctuation follow an ordinary, breakable space.
    const mainText = (html.match(/<main[\s\S]*<\/main>/)?.[0] ?? "").replace(/<[^>]+>/g, "");
    expect(mainText).not.toMatch(/ [:;!?](?=\s)/);
  });

  it("serves every page in French with a title", () => {
    const html = page("/territoires/figeac/");
    expect(html).toMatch(/<html lang="fr"[ >]/);
    expect(html).toMatch(/<title>Figeac · /);
  });
});

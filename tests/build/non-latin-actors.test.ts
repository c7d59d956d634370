/**
 * The starter site, plus one fiche naming actors in Cyrillic, Arabic and Japanese, built with
 * `npm run build`'s command: each of those actors has its own page, linked from the fiche and
 * from the actors' index, and the Atom feed is still well-formed XML.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";
import { makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";

const ACTORS = ["Ассоциация Солидарность", "جمعية التضامن", "協同組合"];

const FICHE = `---
title: Coopérations au-delà des frontières
summary: Une dynamique de démonstration qui cite des partenaires écrits dans d’autres alphabets.
kind: cooperation-transition
territory: figeac
actors:
${ACTORS.map((name) => `  - ${name}`).join("\n")}
  - Figeacteurs
sources:
  - title: Le Labo de l’ESS en visite à Figeac
---
Des partenaires de Russie, du Maroc et du Japon.
`;

let root: string;
let site: string;

const read = (path: string): string => readFileSync(join(site, path), "utf8");
const hrefs = (html: string): string[] => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? "");

beforeAll(() => {
  root = makeSiteProject({
    from: join(PROJECT_ROOT, "content"),
    files: { "content/dynamiques/cooperations-au-dela-des-frontieres.md": FICHE },
  });
  const build = runCli("build", [], root);
  if (build.status !== 0) throw new Error(`npm run build a échoué :\n${build.stdout}\n${build.stderr}`);
  site = join(root, "_site");
});

afterAll(() => removeProject(root));

describe("actors named in a non-Latin script", () => {
  it("each have their own page, linked from the fiche and from the actors' index; the feed stays well-formed", () => {
    const fiche = hrefs(read("dynamiques/cooperations-au-dela-des-frontieres/index.html"));
    const actorLinks = fiche.filter((href) => href.startsWith("/acteurs/") && href !== "/acteurs/");
    // Three distinct pages for three actors (plus Figeacteurs), none of them the bare « acteur ».
    expect(new Set(actorLinks).size).toBe(ACTORS.length + 1);
    const index = read("acteurs/index.html");
    for (const name of ACTORS) {
      const link = new RegExp(`<a href="(/acteurs/[a-z0-9-]+/)">${name}</a>`).exec(index);
      expect(link, name).not.toBeNull();
      const url = link?.[1] ?? "";
      expect(url).toMatch(/^\/acteurs\/acteur-[0-9a-f]{10}\/$/);
      expect(actorLinks).toContain(url);
      const page = read(join(url, "index.html"));
      expect(page).toContain(name);
      expect(hrefs(page)).toContain("/dynamiques/cooperations-au-dela-des-frontieres/");
    }
    expect(existsSync(join(site, "acteurs", "acteur", "index.html"))).toBe(false);

    // The starter content plus this fiche: the Atom feed is still well-formed, with the fiche in it.
    const feed = read("nouveautes.xml");
    expect(XMLValidator.validate(feed)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(feed).feed;
    const titles = [parsed.entry].flat().map((entry: { title: unknown }) => JSON.stringify(entry.title));
    expect(titles.some((title) => title.includes("frontières"))).toBe(true);
  });
});

/**
 * A contributor adds territories (a commune with indicators, its EPCI, the Haute-Savoie…) and
 * a few entries, then builds. A reader finds on each official territory's dossier the figures
 * of the official geography, which no file gives: population with its millésime, number of
 * communes, chef-lieu, EPCI, with their source; the entries of a région by département and of a
 * département by EPCI; neighbours that share a border; and the same figures in the open data.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";

const territory = (title: string, scale: string, code: string, extra = "") => `---
title: ${title}
scale: ${scale}
code: "${code}"
summary: Territoire décrit pour vérifier les chiffres officiels de son dossier.
${extra}---
`;

const entry = (type: "dynamique" | "visite", title: string, where: string) => `---
title: ${title}
summary: Une fiche décrite pour vérifier le dossier de son territoire et ses chiffres.
${type === "dynamique" ? "kind: cluster" : "date: 2019-05-14"}
territory: ${where}
sources:
  - title: Article de test
---
`;

const FILES: Record<string, string> = {
  "content/territoires/thiers.md": territory(
    "Thiers",
    "commune",
    "63430",
    `indicators:
  - label: Emplois salariés de l'ESS
    value: 1250
    unit: emplois
    year: 2019
    source:
      title: Panorama de l'ESS
      publisher: CRESS Auvergne-Rhône-Alpes
`,
  ),
  "content/territoires/thiers-dore-et-montagne.md": territory("Thiers Dore et Montagne", "epci", "200070712"),
  "content/territoires/clermont-ferrand.md": territory("Clermont-Ferrand", "commune", "63113"),
  "content/territoires/courpiere.md": territory("Courpière", "commune", "63125"),
  "content/territoires/haute-savoie.md": territory("Haute-Savoie", "departement", "74"),
  "content/territoires/annecy.md": territory("Annecy", "commune", "74010"),
  "content/territoires/chambery.md": territory("Chambéry", "commune", "73065"),
  "content/territoires/bourg-en-bresse.md": territory("Bourg-en-Bresse", "commune", "01053"),
  "content/territoires/crest.md": territory("Crest", "commune", "26108"),
  "content/dynamiques/coutellerie.md": entry("dynamique", "Coutellerie coopérative", "thiers"),
  "content/dynamiques/lac-solidaire.md": entry("dynamique", "Lac solidaire", "annecy"),
  "content/visites/clermont-2019.md": entry("visite", "Visite à Clermont-Ferrand", "clermont-ferrand"),
};

let root: string;
let site: string;
const read = (path: string): string => readFileSync(join(site, path), "utf8");
/** What a reader sees: tags removed, spaces of every kind made ordinary. */
const text = (html: string): string =>
  html.replace(/<[^>]+>/g, " ").replace(/&nbsp;|&#8239;|\u00a0|\u202f/g, " ").replace(/&#39;|&#x27;/g, "'").replace(/\s+/g, " ");
/** The HTML of a dossier's section, from its heading's id to the end of the section. */
const section = (html: string, id: string): string => {
  const start = html.indexOf(`id="${id}"`);
  return start < 0 ? "" : html.slice(start, html.indexOf("</section>", start));
};

beforeAll(() => {
  root = makeSiteProject({ files: FILES });
  const build = runCli("build", [], root);
  expect(build.stderr).toBe("");
  expect(build.status).toBe(0);
  site = join(root, "_site");
}, 300_000);

afterAll(() => removeProject(root));

describe("the official figures of a territory added by a contributor", () => {
  it("are on a commune's dossier with its indicators: population the French way with its millésime, its EPCI linked, and the source", () => {
    const figures = section(read("territoires/thiers/index.html"), "chiffres");
    // 11 637 with the narrow no-break space of French numbers.
    expect(figures).toContain("11\u202f637</data></strong> habitants");
    expect(text(figures)).toContain("11 637 habitants population municipale 2023");
    expect(figures).toMatch(/Intercommunalité <strong><a href="\/territoires\/thiers-dore-et-montagne\/">CC Thiers Dore et Montagne<\/a><\/strong>/);
    expect(text(figures)).toContain(
      "Source : Insee, populations légales 2023 (en vigueur au 1er janvier 2026) ; DGCL, EPCI à fiscalité propre au 1er janvier 2026 ; via @etalab/decoupage-administratif 6.0.0.",
    );
    // The contributor's indicator sits beside them, with its year and source.
    expect(text(figures)).toContain("Emplois salariés de l’ESS 1 250 emplois 2019 Panorama de l’ESS");
  });

  it("sum the communes' populations for an EPCI, a département and a région, with their number of communes and chef-lieu", () => {
    const epci = text(section(read("territoires/thiers-dore-et-montagne/index.html"), "chiffres"));
    expect(epci).toContain("36 747 habitants population municipale 2023, somme des communes");
    expect(epci).toContain("30 communes");

    const departement = section(read("territoires/puy-de-dome/index.html"), "chiffres");
    expect(text(departement)).toContain("664 453 habitants population municipale 2023, somme des communes");
    expect(text(departement)).toContain("463 communes au 1 er janvier 2026");
    // The chef-lieu links to its dossier when the site has one.
    expect(departement).toMatch(/Chef-lieu <strong><a href="\/territoires\/clermont-ferrand\/">Clermont-Ferrand<\/a><\/strong>/);

    const region = text(section(read("territoires/auvergne-rhone-alpes/index.html"), "chiffres"));
    expect(region).toContain("8 205 557 habitants");
    expect(region).toContain("4 025 communes");
    // Lyon has no dossier here: its name is given, not a link.
    expect(section(read("territoires/auvergne-rhone-alpes/index.html"), "chiffres")).toMatch(/Chef-lieu <strong>Lyon<\/strong>/);
  });

  it("break a département's entries down by EPCI and a région's by département, with links, and show no « 0 … » tile", () => {
    const departement = section(read("territoires/puy-de-dome/index.html"), "chiffres");
    const byEpci = departement.slice(departement.indexOf('id="repartition"'));
    expect(text(byEpci)).toMatch(/^id="repartition">Fiches par intercommunalité /);
    expect(byEpci).toContain('<a href="/territoires/thiers-dore-et-montagne/">CC Thiers Dore et Montagne</a> <span class="meta">(200070712)</span>&nbsp;: 1 dynamique');
    expect(byEpci).toContain("Clermont Auvergne Métropole <span class=\"meta\">(246300701)</span>&nbsp;: 1 visite d’étude");

    const region = section(read("territoires/auvergne-rhone-alpes/index.html"), "chiffres");
    const byDepartement = text(region.slice(region.indexOf('id="repartition"')));
    expect(byDepartement).toContain("Fiches par département Puy-de-Dôme (63) : 1 dynamique, 1 visite d’étude Haute-Savoie (74) : 1 dynamique");
    expect(byDepartement).not.toContain("Savoie (73)");
    expect(region).toContain('<a href="/territoires/puy-de-dome/">Puy-de-Dôme</a>');

    for (const page of ["thiers", "thiers-dore-et-montagne", "puy-de-dome", "auvergne-rhone-alpes", "haute-savoie", "crest"]) {
      expect(text(section(read(`territoires/${page}/index.html`), "chiffres")), page).not.toMatch(/(^|\s)0 \p{L}/u);
    }
  });

  it("list as neighbours of the Haute-Savoie the départements that share its border, never the rest of its région", () => {
    const around = section(read("territoires/haute-savoie/index.html"), "alentours");
    expect(text(around)).toMatch(/^id="alentours">Départements voisins /);
    const listed = [...around.matchAll(/<li><a href="([^"]+)">/g)].map((match) => match[1]);
    expect(listed).toEqual(["/territoires/ain/", "/territoires/savoie/"]);

    // A commune has no outline in the project: its section says what it lists instead, the
    // other dossiers of its EPCI (Courpière), not the rest of its département (Clermont-Ferrand).
    const commune = text(section(read("territoires/thiers/index.html"), "alentours"));
    expect(commune).toMatch(/^id="alentours">Dans la même intercommunalité Les autres territoires de CC Thiers Dore et Montagne /);
    expect(commune).toContain("Courpière Commune, aucune fiche encore");
    expect(commune).not.toContain("Clermont-Ferrand");
  });

  it("are in the open data: population and its millésime, number of communes, chef-lieu and EPCI codes", () => {
    const json = JSON.parse(read("donnees/territoires.json")) as Array<Record<string, unknown>>;
    const bySlug = new Map(json.map((record) => [record["slug"], record]));
    expect(bySlug.get("thiers")).toMatchObject({ code: "63430", population: 11637, population_millesime: 2023, nombre_communes: null, chef_lieu: null, epci: "200070712" });
    expect(bySlug.get("puy-de-dome")).toMatchObject({ population: 664453, population_millesime: 2023, nombre_communes: 463, chef_lieu: "63113", epci: null });
    expect(bySlug.get("thiers-dore-et-montagne")).toMatchObject({ population: 36747, nombre_communes: 30 });

    const rows = parseCsv(readFileSync(join(site, "donnees", "territoires.csv")), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows.find((row) => row["slug"] === "thiers")).toMatchObject({ population: "11637", population_millesime: "2023", nombre_communes: "", chef_lieu: "", epci: "200070712" });
    expect(rows.find((row) => row["slug"] === "auvergne-rhone-alpes")).toMatchObject({ population: "8205557", nombre_communes: "4025", chef_lieu: "69123" });

    const indicators = JSON.parse(read("donnees/indicateurs.json")) as Array<Record<string, unknown>>;
    expect(indicators).toEqual([expect.objectContaining({ territoire: "thiers", code: "63430", valeur: 1250, annee: 2019 })]);

    // The « Données » page says what the new columns hold and where they come from.
    expect(text(read("donnees/index.html"))).toMatch(/population_millesime/);
  });
});

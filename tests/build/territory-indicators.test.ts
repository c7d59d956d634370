/**
 * A contributor adds a territory with sourced indicators, and one dynamic attached to it,
 * then runs `npm run build`'s command. A reader finds the figures on the dossier, written
 * the French way with their year and source, and in the open data (CSV and JSON, with the
 * territory's official code); the key figures never show a « 0 … » tile.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";

const TERRITORY = `---
title: Thiers
scale: commune
code: "63430"
summary: Commune du Puy-de-Dôme, capitale française de la coutellerie, décrite pour ce test.
indicators:
  - label: Emplois salariés de l'ESS
    value: 1250
    unit: emplois
    year: 2019
    source:
      title: Panorama de l'ESS
      publisher: CRESS Auvergne-Rhône-Alpes
      url: https://www.exemple.fr/panorama-ess
      date: "2021-03"
  - label: Part de l'ESS dans l'emploi salarié
    value: 12.5
    unit: "%"
    year: 2020
    source:
      title: Atlas commenté de l'ESS
  - label: "-2 points : évolution de la part des moins de 30 ans"
    value: -2.5
    year: 2021
    source:
      title: Note de conjoncture
---
Introduction du dossier de Thiers.
`;

const DYNAMIC = `---
title: Coutellerie coopérative
summary: Une coopérative de couteliers décrite pour vérifier le dossier de Thiers.
kind: cluster
territory: thiers
sources:
  - title: Article de test
---
`;

let root: string;
let site: string;
const read = (path: string): string => readFileSync(join(site, path), "utf8");
/** What a reader sees: tags removed, spaces of every kind made ordinary. */
const text = (html: string): string =>
  html.replace(/<[^>]+>/g, " ").replace(/&nbsp;|&#8239;|\u00a0|\u202f/g, " ").replace(/&#39;|&#x27;/g, "'").replace(/\s+/g, " ");

beforeAll(() => {
  root = makeSiteProject({
    files: { "content/territoires/thiers.md": TERRITORY, "content/dynamiques/coutellerie-cooperative.md": DYNAMIC },
  });
  const build = runCli("build", [], root);
  expect(build.stderr).toBe("");
  expect(build.status).toBe(0);
  site = join(root, "_site");
});

afterAll(() => removeProject(root));

describe("a territory's indicators", () => {
  it("are on its dossier: label, value the French way with its unit, year and source (linked when it has a url)", () => {
    const html = read("territoires/thiers/index.html");
    const table = html.slice(html.indexOf("<table"), html.indexOf("</table>"));
    expect(table).toMatch(/<th scope="col">Indicateur<\/th><th scope="col">Valeur<\/th><th scope="col">Année<\/th><th scope="col">Source<\/th>/);
    const rows = table.split("<tr>").slice(2).map((row) => row.replace(/[ \t\r\n]+/g, " "));
    expect(rows).toHaveLength(3);
    // 1 250 with the narrow no-break space of French numbers, then a no-break space before the unit.
    expect(rows[0]).toMatch(/<th scope="row">Emplois salariés de\u00a0l’ESS<\/th>/);
    expect(rows[0]).toContain("1\u202f250</data>&nbsp;emplois");
    expect(rows[0]).toContain("<td>2019</td>");
    expect(rows[0]).toMatch(/<a href="https:\/\/www\.exemple\.fr\/panorama-ess">Panorama de\u00a0l’ESS<\/a>, CRESS Auvergne-Rhône-Alpes, <time datetime="2021-03">mars 2021<\/time>/);
    // 12,5 % : decimal comma, narrow no-break space before « % ».
    expect(rows[1]).toContain("12,5</data>&#8239;%");
    expect(rows[1]).toContain("<td>2020</td>");
    expect(rows[1]).toMatch(/<cite>Atlas commenté de\u00a0l’ESS<\/cite>/);
    expect(rows[2]).toContain("-2,5</data></td>");
    expect(text(table)).toContain("Emplois salariés de l’ESS 1 250 emplois 2019 Panorama de l’ESS");
  });

  it("leave the key figures without any « 0 … » tile: only the counts there are", () => {
    const html = read("territoires/thiers/index.html");
    const section = text(html.slice(html.indexOf('id="chiffres"'), html.indexOf("</section>", html.indexOf('id="chiffres"'))));
    expect(section).toContain("1 dynamique");
    expect(section).not.toMatch(/(^|\s)0 \p{L}/u);
    expect(section).not.toMatch(/visite|événement/);
  });

  it("are in the open data, one row per indicator in CSV and JSON, with the territory's official code", () => {
    const json = JSON.parse(read("donnees/indicateurs.json")) as Array<Record<string, unknown>>;
    expect(json).toHaveLength(3);
    expect(json[0]).toEqual({
      territoire: "thiers",
      territoire_titre: "Thiers",
      echelle: "commune",
      code: "63430",
      libelle: "Emplois salariés de\u00a0l’ESS",
      valeur: 1250,
      unite: "emplois",
      annee: 2019,
      source_titre: "Panorama de\u00a0l’ESS",
      source_editeur: "CRESS Auvergne-Rhône-Alpes",
      source_url: "https://www.exemple.fr/panorama-ess",
      source_date: "2021-03",
    });
    expect(json[1]).toMatchObject({ valeur: 12.5, unite: "%", annee: 2020, source_editeur: null, source_url: null });

    const rows = parseCsv(readFileSync(join(site, "donnees", "indicateurs.csv")), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ territoire: "thiers", code: "63430", valeur: "1250", unite: "emplois", annee: "2019", source_url: "https://www.exemple.fr/panorama-ess" });
    expect(rows[1]).toMatchObject({ valeur: "12.5", unite: "%", annee: "2020", source_url: "" });
    // A label a spreadsheet would run as a formula is neutralised; a negative figure stays a number.
    expect(rows[2]?.["libelle"]).toMatch(/^'-2 points/);
    expect(rows[2]?.["valeur"]).toBe("-2.5");
  });

  it("are described in the territories' JSON Schema, and listed on the « Données » page", () => {
    const schema = JSON.parse(read("donnees/schemas/territoires.schema.json"));
    const indicator = schema.properties.indicators.items;
    expect(Object.keys(indicator.properties)).toEqual(["label", "value", "unit", "year", "source"]);
    expect(indicator.properties.value.type).toBe("number");
    expect(indicator.required).toEqual(expect.arrayContaining(["label", "value", "year", "source"]));
    expect(indicator.properties.source.required).toEqual(["title"]);
    const page = read("donnees/index.html");
    expect(page).toContain('<a href="/donnees/indicateurs.csv">indicateurs.csv</a>');
    expect(page).toContain('<a href="/donnees/indicateurs.json">indicateurs.json</a>');
    expect(text(page)).toMatch(/Indicateurs des territoires 3 /);
  });
});

/** The map of a dossier from contributors' files, through the real pipeline. */
import { describe, expect, it } from "vitest";
import { renderDossierMap } from "../../scripts/map/dossier-map.ts";
import type { Observatory } from "../../scripts/model/types.ts";
import { checkFiles } from "../helpers/fixture-project.ts";
import { coverage, pathBounds } from "../helpers/svg-path-bounds.ts";

const OCCITANIE = ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"];

const FILES: Record<string, string> = {
  "content/territoires/toulouse.md": `---
title: Toulouse
scale: commune
code: "31555"
summary: Chef-lieu de la Haute-Garonne et de la région Occitanie.
---
`,
  "content/dynamiques/imaginations-fertiles.md": `---
title: Imaginations Fertiles
summary: Tiers-lieu toulousain autour de l’économie sociale et solidaire.
kind: tiers-lieu
territory: toulouse
sources:
  - title: Imaginations Fertiles, présentation du lieu
---
`,
  "content/territoires/miquelon.md": `---
title: Miquelon-Langlade
scale: commune
code: "97501"
summary: Commune de Saint-Pierre-et-Miquelon, collectivité d’outre-mer.
---
`,
};

function observatory(): Observatory {
  const result = checkFiles(FILES);
  expect(result.errors).toEqual([]);
  return result.observatory!;
}

function mapOf(model: Observatory, slug: string) {
  const dossier = model.dossiers.find((item) => item.territory.slug === slug);
  if (!dossier) throw new Error(`no dossier ${slug}`);
  return renderDossierMap(dossier, model.territories, { outlinesHref: "/assets/carte-france.svg" });
}

function viewBox(svg: string): [number, number] {
  const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
  return [Number(width), Number(height)];
}

describe("the map of a dossier", () => {
  const model = observatory();

  it("zooms the Figeac (46102) dossier on the Lot, with Figeac ringed and Figeacteurs as a link", () => {
    const { svg, placed } = mapOf(model, "figeac");
    expect(svg).toContain("<title id=\"carte-territoire-titre\">Figeac sur la carte du Lot</title>");
    const [width, height] = viewBox(svg);
    const lot = pathBounds(/<path class="france-map-frame" data-codes="46" d="([^"]+)"/.exec(svg)![1]!);
    expect(coverage(lot, width, height)).toBeGreaterThan(0.8);
    expect(svg).not.toContain("carte-france.svg");
    expect(svg).toContain('class="france-map-place"');
    expect(placed.map((marker) => marker.label)).toEqual(["Figeacteurs"]);
  });

  it("shows the Occitanie dossier on the région only, with the dynamics of its communes", () => {
    const { svg, placed } = mapOf(model, "occitanie");
    expect(svg).toContain(`data-codes="${OCCITANIE.join(" ")}"`);
    const [width, height] = viewBox(svg);
    const region = pathBounds(/data-codes="[^"]+" d="([^"]+)"/.exec(svg)![1]!);
    expect(coverage(region, width, height)).toBeGreaterThan(0.75);
    expect(placed.map((marker) => marker.label).sort()).toEqual(["Figeacteurs", "Imaginations Fertiles"]);
  });

  it("shows the Haute-Garonne dossier on its région's map, the département outlined", () => {
    const { svg } = mapOf(model, "haute-garonne");
    expect(svg).toContain('<path class="france-map-highlight france-map-outlined" data-code="31"');
    expect(svg).toContain("Haute-Garonne sur la carte de la région Occitanie");
  });

  it("keeps the map of France, with its insets, for a commune no drawn département frames", () => {
    const { svg, placed } = mapOf(model, "miquelon");
    expect(svg).toContain('<use href="/assets/carte-france.svg#departements"/>');
    expect((svg.match(/class="france-map-inset"/g) ?? []).length).toBe(5);
    expect(placed).toEqual([]);
  });
});

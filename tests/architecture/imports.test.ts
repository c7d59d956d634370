import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { type ImportGraph, importCycles, importGraph, importSpecifiers } from "./import-graph.ts";

const SCRIPTS = resolve(import.meta.dirname, "../../scripts");

/**
 * The layers of `scripts/`, lowest first. A module may import from its own layer and from
 * the layers below, never from a layer above: libraries know nothing of the pipeline, the
 * pipeline nothing of the site, the site nothing of the commands. An entry is a folder
 * (`text/`) or, for a module that does not yet live with its layer, a file.
 */
const LAYERS: ReadonlyArray<{ readonly name: string; readonly members: readonly string[] }> = [
  {
    name: "bibliothèques de base",
    // tools/compiled-tree.ts only says which tree (sources or dist/) runs; it stays in tools/ for now.
    members: ["text/", "dates/", "errors/", "files/", "workers/", "browser/", "tools/compiled-tree.ts"],
  },
  { name: "modèle et types de contenu", members: ["model/", "content-types/", "geo/", "map/"] },
  { name: "rendu des textes et images", members: ["render/", "media/"] },
  { name: "pipeline", members: ["pipeline/"] },
  { name: "publication", members: ["search/", "publish/", "offline/", "docs/"] },
  { name: "site", members: ["eleventy/", "preview/", "review/"] },
  { name: "commandes et outils", members: ["cli/", "bench/", "tools/"] },
];

/** The layer of a module: the most specific entry of `LAYERS` naming it. */
function layerOf(module: string): number | undefined {
  let best: { layer: number; length: number } | undefined;
  LAYERS.forEach(({ members }, layer) => {
    for (const member of members) {
      const matches = member.endsWith("/") ? module.startsWith(member) : module === member;
      if (matches && (best === undefined || member.length > best.length)) best = { layer, length: member.length };
    }
  });
  return best?.layer;
}

function upwardImports(graph: ImportGraph): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const fromLayer = layerOf(from);
      const toLayer = layerOf(to);
      if (fromLayer !== undefined && toLayer !== undefined && toLayer > fromLayer) {
        found.push(`${from} (${LAYERS[fromLayer]!.name}) importe ${to} (${LAYERS[toLayer]!.name})`);
      }
    }
  }
  return found.sort();
}

describe("the import graph of scripts/", () => {
  const graph = importGraph(SCRIPTS);

  test("is read from the real sources", () => {
    expect(graph.get("pipeline/pipeline.ts")).toContain("pipeline/resolve.ts");
    expect(graph.get("pipeline/validate-worker.mjs")).toContain("workers/load-typed-worker.mjs");
  });

  test("has no import circle", () => {
    const circles = importCycles(graph).map((circle) => circle.join(" → "));
    expect(circles, `Cercles d’imports :\n${circles.join("\n")}`).toEqual([]);
  });

  test("puts every folder of scripts/ in a layer", () => {
    const outside = [...graph.keys()].filter((module) => layerOf(module) === undefined);
    expect(outside, "Modules hors de toute couche (LAYERS, tests/architecture/imports.test.ts)").toEqual([]);
  });

  test("never imports from a higher layer", () => {
    const upward = upwardImports(graph);
    expect(upward, `Imports vers une couche supérieure :\n${upward.join("\n")}`).toEqual([]);
  });
});

describe("the import walk", () => {
  test("reads static imports, type imports and re-exports, multi-line ones included, but not packages", () => {
    const source = [
      'import { a } from "./a.ts";',
      'import type { B } from "../b.ts";',
      "import {",
      "  c,",
      "  d,",
      '} from "./c.ts";',
      'export { e } from "./e.ts";',
      'export type { F } from "./f.ts";',
      'import "./side-effect.mjs";',
      'import { z } from "zod";',
      ' * import { commented } from "./in-a-comment.ts";',
      'const later = await import("./dynamic.ts");',
    ].join("\n");
    expect(importSpecifiers(source)).toEqual(["./a.ts", "../b.ts", "./c.ts", "./e.ts", "./f.ts", "./side-effect.mjs"]);
  });

  test("names each circle by the modules walked round it", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts", "d.ts"]],
      ["d.ts", []],
      ["e.ts", ["e.ts"]],
    ]);
    expect(importCycles(graph)).toEqual([
      ["a.ts", "b.ts", "c.ts", "a.ts"],
      ["e.ts", "e.ts"],
    ]);
  });
});

import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { type ImportGraph, importCycles, importGraph, importSpecifiers } from "./import-graph.ts";

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");

/**
 * The layers of the product (`scripts/`), lowest first, then the developers' tools
 * (`tools/`: the benchmark, the audit) above it all. A module may import from its own layer
 * and from the layers below, never from a layer above: libraries know nothing of the
 * pipeline, the pipeline nothing of the site, the site nothing of the commands, and the
 * product nothing of the tools. An entry is a folder (`scripts/text/`) or a file.
 */
const LAYERS: ReadonlyArray<{ readonly name: string; readonly members: readonly string[] }> = [
  {
    name: "bibliothèques de base",
    // compile/ is the compilation into dist/ and compiled-tree.ts, which says which tree (sources or dist/) runs.
    members: ["text/", "dates/", "errors/", "files/", "workers/", "browser/", "compile/"].map((folder) => `scripts/${folder}`),
  },
  { name: "modèle et types de contenu", members: ["scripts/model/", "scripts/content-types/", "scripts/geo/", "scripts/map/"] },
  { name: "rendu des textes et images", members: ["scripts/render/", "scripts/media/"] },
  { name: "pipeline", members: ["scripts/pipeline/"] },
  { name: "publication", members: ["scripts/search/", "scripts/publish/", "scripts/offline/", "scripts/docs/"] },
  { name: "site", members: ["scripts/eleventy/", "scripts/preview/", "scripts/review/"] },
  { name: "commandes", members: ["scripts/cli/"] },
  { name: "outils des développeurs", members: ["tools/"] },
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

describe("the import graph of scripts/ and tools/", () => {
  const graph = importGraph(PROJECT_ROOT, ["scripts", "tools"]);

  test("is read from the real sources", () => {
    expect(graph.get("scripts/pipeline/pipeline.ts")).toContain("scripts/pipeline/resolve.ts");
    expect(graph.get("scripts/pipeline/validate-worker.mjs")).toContain("scripts/workers/load-typed-worker.mjs");
    expect(graph.get("tools/bench/corpus/generate-corpus.ts")).toContain("scripts/text/slugify.ts");
  });

  test("has no import circle", () => {
    const circles = importCycles(graph).map((circle) => circle.join(" → "));
    expect(circles, `Cercles d’imports :\n${circles.join("\n")}`).toEqual([]);
  });

  test("puts every folder of scripts/ and tools/ in a layer", () => {
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

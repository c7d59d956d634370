/**
 * The import graph of `scripts/`, read from the sources as they are: every `import … from`,
 * `import "…"` and `export … from` with a relative specifier, type-only ones included (a type
 * import ties two modules' meaning together as much as a value import does).
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/** Module path relative to the root it was read from (`pipeline/resolve.ts`) → what it imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

const FROM = /^[ \t]*(?:import|export)\b[^;"'`]*?\bfrom\s*(["'])([^"']+)\1/gm;
const BARE = /^[ \t]*import\s*(["'])([^"']+)\1/gm;

/** Relative specifiers of one module's static imports and re-exports, in order. */
export function importSpecifiers(source: string): string[] {
  const found: Array<{ at: number; specifier: string }> = [];
  for (const pattern of [FROM, BARE]) {
    for (const match of source.matchAll(pattern)) found.push({ at: match.index, specifier: match[2]! });
  }
  return found.sort((a, b) => a.at - b.at).map((one) => one.specifier).filter((specifier) => specifier.startsWith("."));
}

function modulesUnder(root: string, folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const path = join(folder, item.name);
    if (item.isDirectory()) return modulesUnder(root, path);
    return /\.(ts|mjs)$/.test(item.name) && !item.name.endsWith(".d.ts") ? [path] : [];
  });
}

const toKey = (root: string, path: string): string => relative(root, path).split(sep).join("/");

/**
 * Reads every `.ts` and `.mjs` module in the `folders` of `root` (all of it by default), keyed
 * by their path from `root`; imports leaving `root` are left out.
 */
export function importGraph(root: string, folders: readonly string[] = ["."]): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const path of folders.flatMap((folder) => modulesUnder(root, resolve(root, folder)))) {
    const targets = importSpecifiers(readFileSync(path, "utf8"))
      .map((specifier) => resolve(dirname(path), specifier))
      .filter((target) => !relative(root, target).startsWith(".."))
      .map((target) => toKey(root, target));
    graph.set(toKey(root, path), [...new Set(targets)]);
  }
  return graph;
}

/**
 * Every import circle, each once, as the list of modules walked round it (first module
 * repeated at the end). Tarjan's strongly connected components, then one shortest circle
 * through each component's first module, so that the message names a real path.
 */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) components.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => shortestCircle(graph, component[0]!, new Set(component)));
}

function shortestCircle(graph: ImportGraph, start: string, within: ReadonlySet<string>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!within.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = cameFrom.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

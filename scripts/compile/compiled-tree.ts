/**
 * The commands run the JavaScript compiled from scripts/ into dist/ (compile.mjs); the
 * tests run the TypeScript sources through tsx. A module that loads another by path must
 * load it from its own tree: the two trees' modules hold separate state (the model handed
 * to Eleventy, for one).
 */
import { relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

/** Whether this code runs from dist/ rather than from the TypeScript sources. */
export const RUNNING_COMPILED = !import.meta.url.endsWith(".ts");

/**
 * The module to load for an Eleventy data file `data/<name>.ts` of the project in `root`:
 * the file itself from the sources, its compiled copy `dist/data/<name>.js` from dist/.
 */
export function dataModuleUrl(dataFile: string, root = process.cwd()): string {
  if (!RUNNING_COMPILED) return pathToFileURL(resolve(root, dataFile)).href;
  const inData = relative(resolve(root, "data"), resolve(root, dataFile));
  if (inData.startsWith("..") || !inData.endsWith(".ts")) {
    throw new Error(`${dataFile}\u00a0: seuls les fichiers .ts de data/ sont compilés (scripts/compile/compile.mjs)`);
  }
  // This module is dist/compile/compiled-tree.js: the data files are compiled into dist/data/.
  return new URL(`../data/${inData.slice(0, -3).split(sep).join("/")}.js`, import.meta.url).href;
}

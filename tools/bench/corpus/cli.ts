/**
 * `tsx tools/bench/corpus/cli.ts <taille> <dossier> [graine]`: writes a synthetic
 * observatory of <taille> content files into <dossier>, ready for `npm run check`.
 */
import { performance } from "node:perf_hooks";
import { resolve } from "node:path";
import { generateCorpus } from "./generate-corpus.ts";

const USAGE = "Usage : tsx tools/bench/corpus/cli.ts <taille> <dossier> [graine]";
const [sizeText, directory, seedText = "1"] = process.argv.slice(2);
const size = Number(sizeText);
const seed = Number(seedText);

if (directory === undefined || !Number.isInteger(size) || size < 1 || !Number.isInteger(seed)) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  try {
    const started = performance.now();
    const result = generateCorpus({ size, seed, root: directory });
    const seconds = ((performance.now() - started) / 1000).toFixed(2).replace(".", ",");
    const { territoires = 0, dynamiques = 0, visites = 0, evenements = 0 } = result.byType;
    console.log(
      `${result.files} fiches écrites dans ${resolve(directory)} en ${seconds} s (graine ${seed}) : ` +
        `${territoires} territoires, ${dynamiques} dynamiques, ${visites} visites, ${evenements} événements ; ` +
        `${result.images.entries} fiches avec une image, parmi ${result.images.files} fichiers de content/medias/.`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

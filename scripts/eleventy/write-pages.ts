/** Step "pages" of `npm run build`: Eleventy renders every page of the model into a folder. */
import Eleventy from "@11ty/eleventy";
import { everyPage } from "../model/page-sets.ts";
import type { Observatory } from "../model/types.ts";
import { provideObservatory } from "./observatory-data.ts";

export async function writeEveryPage(outputDir: string, observatory: Observatory): Promise<void> {
  const eleventy = new Eleventy(undefined, outputDir, {
    configPath: ".eleventy.js",
    quietMode: true,
    config: (config) => provideObservatory(config, () => ({ ...observatory, pages: everyPage(observatory) })),
  });
  // Eleventy would print its own English log and stack traces; the command reports failures in French.
  eleventy.disableLogger();
  await eleventy.write();
}

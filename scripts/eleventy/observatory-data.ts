/**
 * How the model reaches the templates: as the global data `observatoire`, set by the
 * command that made the model, in the configuration callback it passes to Eleventy
 * (`new Eleventy(…, { config })`: write-pages.ts for `npm run build`, preview-config.ts
 * for `npm start`). No module keeps it between the command and Eleventy's configuration.
 */
import type { EleventyUserConfig } from "@11ty/eleventy";
import type { PublishedObservatory } from "../model/page-sets.ts";

/**
 * Gives the templates `observatory()` as `observatoire`. It is a function, called again for
 * every build, the preview's rebuild after each save included: Eleventy 3.1 makes a new
 * `TemplateData` at each build (`Eleventy#watch` calls `init()`, which creates it), and
 * a `TemplateData` calls the functions given to `addGlobalData` when the build first reads
 * its global data, then keeps their results for that build only
 * (`TemplateDataInitialGlobalData.getData`, `TemplateData#getInitialGlobalData`).
 */
export function provideObservatory(config: EleventyUserConfig, observatory: () => PublishedObservatory): void {
  config.addGlobalData("observatoire", observatory);
}

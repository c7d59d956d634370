/** Eleventy's configuration: directories, data loading, filters. Nothing else. */
import { pathToFileURL } from "node:url";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { feedPlugin } from "@11ty/eleventy-plugin-rss";
import { type CollectionApi, newestEntries } from "./newest-entries.ts";
import { registerFilters } from "./filters/index.ts";
import { readSiteSettings } from "../publish/site-settings.ts";

// Eleventy ships no type definitions for its configuration object.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EleventyConfig = any;

export function configureEleventy(config: EleventyConfig) {
  const site = readSiteSettings(process.cwd());

  // data/*.ts are data files: their default export is called, as Eleventy does for .js.
  config.addDataExtension("ts", {
    read: false,
    parser: async (filePath: string) => {
      const module = (await import(`${pathToFileURL(filePath).href}?t=${Date.now()}`)) as { default: unknown };
      return typeof module.default === "function" ? await (module.default as () => unknown)() : module.default;
    },
  });
  // Eleventy's timing hints are English notes for developers (`npm run bench` measures the
  // build); a contributor's build prints French only.
  (config.benchmarks?.config as { setIsVerbose?: (verbose: boolean) => void } | undefined)?.setIsVerbose?.(false);
  config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  config.addPlugin(HtmlBasePlugin);
  config.addPlugin(feedPlugin, {
    type: "atom",
    outputPath: "/nouveautes.xml",
    collection: { name: "nouveautes", limit: 50 },
    metadata: { language: "fr", title: site.title, subtitle: site.description, base: site.url, author: { name: site.title } },
  });
  config.addCollection("nouveautes", (collections: CollectionApi) => newestEntries(collections, process.cwd()));
  config.addPassthroughCopy({ "layouts/assets": "assets" });
  config.addWatchTarget("content/");
  registerFilters(config);

  return {
    dir: { input: "layouts/pages", includes: "../partials", layouts: "../base", data: "../../data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    pathPrefix: site.pathPrefix,
  };
}

/** Eleventy's configuration: directories, data loading, filters. Nothing else. */
import { resolve } from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { feedPlugin } from "@11ty/eleventy-plugin-rss";
import { type CollectionApi, newestEntries } from "./newest-entries.ts";
import { registerFilters } from "./filters/index.ts";
import { previewSession } from "./observatory-data.ts";
import { readSiteSettings } from "../publish/site-settings.ts";
import { registerImages } from "../media/eleventy-images.ts";
import { dataModuleUrl } from "../tools/compiled-tree.ts";

// Eleventy ships no type definitions for its configuration object.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EleventyConfig = any;

export function configureEleventy(config: EleventyConfig) {
  const site = readSiteSettings(process.cwd());
  // Templates read `site` from data/site.json; its address may come from the deployment (site-settings.ts).
  // Eleventy merges data given here over its data files.
  config.addGlobalData("site", { url: site.url, pathPrefix: site.pathPrefix });

  // data/*.ts are data files: their default export is called, as Eleventy does for .js.
  // From dist/, their compiled copy is loaded instead (compiled-tree.ts).
  config.addDataExtension("ts", {
    read: false,
    parser: async (filePath: string) => {
      const module = (await import(`${dataModuleUrl(filePath)}?t=${Date.now()}`)) as { default: unknown };
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
  // The preview's server options (address, request guard, French start-up line) are set by
  // scripts/cli/start.ts, the one place that knows the `--host` asked for.
  config.addPassthroughCopy({ "layouts/assets": "assets" });
  config.addWatchTarget("content/");
  // Eleventy waits for a file to stay unchanged 150 ms before rebuilding; an editor saves in
  // one write, and a file caught half-copied is simply read again on its next change.
  config.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 30, pollInterval: 10 } });
  // The preview renders only what changed: it needs to know what the watcher saw, and when pages are written.
  config.on("eleventy.beforeWatch", (changed: string[]) => previewSession(process.cwd()).noteChanges(changed));
  // `directories.output` is the folder Eleventy writes to (the preview's own, see start.ts);
  // the older `dir.output` is the configuration's default, `_site`, whatever the folder.
  config.on("eleventy.after", ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (runMode !== "build") previewSession(process.cwd()).pagesWritten(resolve(directories.output));
  });
  registerFilters(config);
  // Images of content/medias/: converted to the sizes pages need, and put in place of their placeholders.
  registerImages(config, site);

  return {
    dir: { input: "layouts/pages", includes: "../partials", layouts: "../base", data: "../../data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    pathPrefix: site.pathPrefix,
  };
}

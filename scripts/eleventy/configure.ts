/** Eleventy's configuration: directories, data loading, filters. Nothing else. */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { feedPlugin } from "@11ty/eleventy-plugin-rss";
import { type CollectionApi, newestEntries } from "./newest-entries.ts";
import { messages } from "../errors/catalogue.ts";
import { registerFilters } from "./filters/index.ts";
import { previewSession } from "./observatory-data.ts";
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
  // The preview's own French line replaces the server's English one (see scripts/cli/start.ts).
  config.setServerOptions({
    messageOnStart: ({ localhostUrl }: { localhostUrl: string }) => {
      console.log(messages.previewServing({ url: localhostUrl }));
      return false;
    },
  });
  config.addPassthroughCopy({ "layouts/assets": "assets" });
  config.addWatchTarget("content/");
  // Eleventy waits for a file to stay unchanged 150 ms before rebuilding; an editor saves in
  // one write, and a file caught half-copied is simply read again on its next change.
  config.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 30, pollInterval: 10 } });
  // The preview renders only what changed: it needs to know what the watcher saw, and when pages are written.
  config.on("eleventy.beforeWatch", (changed: string[]) => previewSession(process.cwd()).noteChanges(changed));
  config.on("eleventy.after", ({ dir, runMode }: { dir: { output: string }; runMode: string }) => {
    if (runMode !== "build") previewSession(process.cwd()).pagesWritten(resolve(dir.output));
  });
  registerFilters(config);

  return {
    dir: { input: "layouts/pages", includes: "../partials", layouts: "../base", data: "../../data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    pathPrefix: site.pathPrefix,
  };
}

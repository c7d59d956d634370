/** Eleventy's configuration: directories, data loading, filters. Nothing else. */
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { feedPlugin } from "@11ty/eleventy-plugin-rss";
import { type CollectionApi, newestEntries } from "./newest-entries.ts";
import { registerFilters } from "./filters/index.ts";
import { displayPath } from "../files/display-path.ts";
import { readSiteSettings } from "../publish/site-settings.ts";
import { registerImages } from "../media/eleventy-images.ts";
import { dataModuleUrl } from "../compile/compiled-tree.ts";

// Eleventy ships no type definitions for its configuration object.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EleventyConfig = any;

/** Where Eleventy reads the templates: pages, then the partials they include, then the base layout. */
const DIRECTORIES = { input: "layouts/pages", includes: "../partials", layouts: "../base", data: "../../data" };
/** `layouts/partials`: Eleventy reads `includes` relative to `input`. */
const INCLUDES_DIR = join(DIRECTORIES.input, DIRECTORIES.includes);

/** The parts of Nunjucks used here; Eleventy brings the library (and no types with it). */
interface NunjucksLibrary {
  readonly Environment: new (loader: unknown, options: object) => NunjucksEnvironment;
  readonly FileSystemLoader: new (searchPaths: readonly string[]) => unknown;
}
interface NunjucksEnvironment {
  addExtension(name: string, extension: unknown): NunjucksEnvironment;
  removeExtension(name: string): void;
  /** Forgets every compiled template. */
  invalidateCache(): void;
}

/**
 * One Nunjucks environment for every build of this configuration. Eleventy otherwise makes a
 * new one at each build of the preview, and every partial a save renders (a dossier's whole
 * markup, say) is parsed and compiled again. Nunjucks keeps what it compiled in the
 * environment's loader; `forgetTemplatesWhenChanged` empties it when a template is saved.
 * Eleventy searches the includes folder, then the project folder: so does this loader.
 */
function sharedNunjucksEnvironment(root: string): NunjucksEnvironment {
  // The copy Eleventy itself loads, so that its templates and this environment agree.
  const nunjucks = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"))("nunjucks") as NunjucksLibrary;
  const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader([resolve(root, INCLUDES_DIR), root]), {
    autoescape: true,
    throwOnUndefined: false,
  });
  // Eleventy adds its tags (`setAsync`, shortcodes) again at every build: replace them rather
  // than let the list Nunjucks looks tags up in grow with each save.
  const addExtension = environment.addExtension.bind(environment);
  environment.addExtension = (name, extension) => {
    environment.removeExtension(name);
    return addExtension(name, extension);
  };
  return environment;
}

/**
 * Before a rebuild, a changed file outside `content/` (a template, a stylesheet, a setting)
 * empties the environment's compiled templates: a content save keeps them. Eleventy 3.1 also
 * takes a changed template out of the cache, but through a listener of its Nunjucks engine,
 * which it removes at the start of each build and adds back only once a template is loaded:
 * a template saved in between, while a build runs, would stay as compiled before. The files
 * named here are every file changed since the last build, those saved during it included.
 */
function forgetTemplatesWhenChanged(config: EleventyConfig, environment: NunjucksEnvironment, root: string): void {
  config.on("eleventy.beforeWatch", (changed: string[]) => {
    if (changed.some((path) => !displayPath(root, path).startsWith("content/"))) environment.invalidateCache();
  });
}

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
  const nunjucks = sharedNunjucksEnvironment(process.cwd());
  config.setLibrary("njk", nunjucks);
  forgetTemplatesWhenChanged(config, nunjucks, process.cwd());
  config.addPlugin(HtmlBasePlugin);
  config.addPlugin(feedPlugin, {
    type: "atom",
    outputPath: "/nouveautes.xml",
    collection: { name: "nouveautes", limit: 50 },
    metadata: { language: "fr", title: site.title, subtitle: site.description, base: site.url, author: { name: site.title } },
  });
  config.addCollection("nouveautes", (collections: CollectionApi) => newestEntries(collections, process.cwd()));
  // The model (`observatoire`) is set by the command that made it (observatory-data.ts); the
  // preview's server options and its session's events by scripts/preview/preview-config.ts.
  config.addPassthroughCopy({ "layouts/assets": "assets" });
  config.addWatchTarget("content/");
  // Eleventy waits for a file to stay unchanged 150 ms before rebuilding; an editor saves in
  // one write, and a file caught half-copied is simply read again on its next change.
  config.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 30, pollInterval: 10 } });
  registerFilters(config);
  // Images of content/medias/: converted to the sizes pages need, and put in place of their placeholders.
  registerImages(config, site);

  return {
    dir: DIRECTORIES,
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    pathPrefix: site.pathPrefix,
  };
}

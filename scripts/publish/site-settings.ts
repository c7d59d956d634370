/** The site settings of `data/site.json` that the build itself needs (templates read the rest). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { OfflineSettings } from "../offline/service-worker.ts";

export interface SiteSettings {
  readonly title: string;
  readonly description: string;
  /** Public address of the published site, for feeds and the sitemap. */
  readonly url: string;
  /** Where the site is served from: `/`, or a sub-path such as `/observatoire/`. */
  readonly pathPrefix: string;
  readonly offline: OfflineSettings;
}

export function readSiteSettings(root: string): SiteSettings {
  const settings = JSON.parse(readFileSync(join(root, "data", "site.json"), "utf8")) as SiteSettings;
  const prefix = `/${settings.pathPrefix.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  return { ...settings, pathPrefix: prefix };
}

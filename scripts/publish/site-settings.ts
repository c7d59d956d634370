/** The site settings of `data/site.json` that the build itself needs (templates read the rest). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { OfflineSettings } from "../offline/service-worker.ts";
import { messages } from "../errors/catalogue.ts";
import { ExplainedError } from "../errors/describe-error.ts";

export interface SiteSettings {
  readonly title: string;
  readonly description: string;
  /** Public address of the published site, for feeds and the sitemap. */
  readonly url: string;
  /** Where the site is served from: `/`, or a sub-path such as `/observatoire/`. */
  readonly pathPrefix: string;
  readonly offline: OfflineSettings;
}

/**
 * `data/site.json`, with the site's address from the environment when the file does not give a real one:
 * a deployment (GitHub Pages, GitLab Pages) knows where it publishes, `data/site.json` of a fresh copy does not.
 * `OBSERVATOIRE_URL` is the full address (`https://owner.github.io/observatoire`): its path is the path prefix,
 * unless `OBSERVATOIRE_PATH_PREFIX` gives one.
 */
export function readSiteSettings(root: string, env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const settings = JSON.parse(readFileSync(join(root, "data", "site.json"), "utf8")) as SiteSettings;
  const address = givesRealAddress(settings.url) ? {} : addressFromEnvironment(env);
  return { ...settings, ...address, pathPrefix: normalisePrefix(address.pathPrefix ?? settings.pathPrefix ?? "/") };
}

/**
 * An empty `url` is not set, nor is one on a domain reserved for examples (RFC 2606: example.org, .example),
 * which no site can be published at: the starter's placeholder.
 */
function givesRealAddress(url: string | undefined): boolean {
  if (!url) return false;
  const host = URL.parse(url)?.hostname ?? "";
  return !/(^|\.)(example\.(org|com|net)|example)$/.test(host);
}

function addressFromEnvironment(env: NodeJS.ProcessEnv): { url?: string; pathPrefix?: string } {
  const given = env["OBSERVATOIRE_URL"];
  const url = given ? URL.parse(given) : undefined;
  if (url === null || (url && url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new ExplainedError(messages.siteUrlInvalid({ variable: "OBSERVATOIRE_URL", value: given ?? "" }));
  }
  const prefix = env["OBSERVATOIRE_PATH_PREFIX"] || url?.pathname;
  // Pages are addressed as origin + prefix + page (see htmlBaseUrl): the URL's own path is the prefix's job.
  return { ...(url ? { url: url.origin } : {}), ...(prefix ? { pathPrefix: prefix } : {}) };
}

function normalisePrefix(prefix: string): string {
  return `/${prefix.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
}

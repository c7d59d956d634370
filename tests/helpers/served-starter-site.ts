/**
 * The starter content built with `npm run build`'s command, served on 127.0.0.1 and opened
 * in real Chromium, for the duration of a test file.
 */
import { join } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { launchBrowser } from "./browser.ts";
import { PROJECT_ROOT } from "./fixture-project.ts";
import { makeSiteProject, removeProject, runCli } from "./run-cli.ts";
import { serveSite, type StaticSite } from "./static-server.ts";

export interface ServedSite {
  readonly site: StaticSite;
  /** The built site's folder. */
  readonly siteDir: string;
  readonly page: Page;
}

/**
 * Registers the set-up and tear-down hooks; the returned object is filled in before the tests
 * run. `env` is given to the build (`OBSERVATOIRE_SEARCH_PARTS` builds the index in parts).
 */
export function useServedStarterSite(context: BrowserContextOptions = {}, env: NodeJS.ProcessEnv = {}): ServedSite {
  const served = {} as { site: StaticSite; siteDir: string; page: Page };
  let root: string | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    root = makeSiteProject({ from: join(PROJECT_ROOT, "content") });
    const built = runCli("build", [], root, env);
    expect(built.status, built.stderr).toBe(0);
    served.siteDir = join(root, "_site");
    served.site = await serveSite(served.siteDir);
    browser = await launchBrowser();
    served.page = await (await browser.newContext(context)).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await served.site?.close();
    if (root) removeProject(root);
  });

  return served;
}

/**
 * Real headless Chromium driven by playwright-core. The browser is found once per run by
 * `tests/setup/browser.ts` (see scripts/browser/find-chromium.ts); a missing browser is a
 * failure, not a skip.
 */
import { chromium, type Browser } from "playwright-core";
import { HEADLESS_ARGS, findChromium } from "../../scripts/browser/find-chromium.ts";

export async function launchBrowser(): Promise<Browser> {
  const { executablePath } = await findChromium();
  return chromium.launch({ executablePath, args: [...HEADLESS_ARGS] });
}

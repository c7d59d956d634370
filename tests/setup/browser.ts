/**
 * Vitest global set-up: finds the browser once for the whole run (unpacking the npm
 * package's Chromium if no browser is installed) and hands its path to every test
 * process through CHROMIUM_PATH, so no two processes unpack it at once.
 */
import { findChromium } from "../../scripts/browser/find-chromium.ts";

export default async function setup(): Promise<void> {
  const browser = await findChromium();
  process.env["CHROMIUM_PATH"] = browser.executablePath;
  console.log(`Navigateur des tests : ${browser.executablePath} (${browser.origin})`);
}

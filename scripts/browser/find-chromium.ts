/**
 * The Chromium-based browser that the browser tests (and any audit) drive through
 * playwright-core. `npm ci` is the whole set-up: a browser named by `CHROMIUM_PATH`
 * wins, then one installed on the system (Linux, macOS, Windows), then the Chromium
 * shipped inside the `@sparticuz/chromium` npm package (Linux x64), which needs no
 * system library and no download. A missing browser is an error, never a skip.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

export interface FoundBrowser {
  readonly executablePath: string;
  /** Where it came from, for the test log: `CHROMIUM_PATH`, `système` or `@sparticuz/chromium`. */
  readonly origin: "CHROMIUM_PATH" | "système" | "@sparticuz/chromium";
}

export class BrowserNotFoundError extends Error {
  override readonly name = "BrowserNotFoundError";
}

/** Usual install paths of Chromium-based browsers, per platform, most specific first. */
export function systemCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  switch (platform) {
    case "linux":
      return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"];
    case "darwin":
      return [
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
      ];
    case "win32":
      return [env["PROGRAMFILES"], env["PROGRAMFILES(X86)"], env["LOCALAPPDATA"]]
        .filter((dir): dir is string => Boolean(dir))
        .flatMap((dir) => [join(dir, "Google", "Chrome", "Application", "chrome.exe"), join(dir, "Chromium", "Application", "chrome.exe"), join(dir, "Microsoft", "Edge", "Application", "msedge.exe")]);
    default:
      return [];
  }
}

/** Finds a browser without unpacking anything; `undefined` when only the npm package could serve. */
export function findInstalledChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, exists: (path: string) => boolean = existsSync): FoundBrowser | undefined {
  const named = env["CHROMIUM_PATH"];
  if (named) {
    if (!exists(named)) throw new BrowserNotFoundError(`CHROMIUM_PATH désigne « ${named} », qui n’existe pas. Corrigez ce chemin ou retirez la variable pour utiliser le navigateur installé par npm.`);
    return { executablePath: named, origin: "CHROMIUM_PATH" };
  }
  const installed = systemCandidates(platform, env).find((path) => exists(path));
  return installed ? { executablePath: installed, origin: "système" } : undefined;
}

/**
 * The browser to drive. The npm package's binary is unpacked once into the temporary
 * folder (about 2 s the first time); call this once per test run, not once per file,
 * since two processes unpacking at once would race on the same file.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundBrowser> {
  const installed = findInstalledChromium(env);
  if (installed) return installed;
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new BrowserNotFoundError(
      "Aucun navigateur Chromium trouvé : installez Chromium, Google Chrome ou Microsoft Edge, ou indiquez son chemin dans CHROMIUM_PATH (le Chromium fourni par npm ne sert que sous Linux x64).",
    );
  }
  const { default: packaged } = await import("@sparticuz/chromium");
  return { executablePath: await packaged.executablePath(), origin: "@sparticuz/chromium" };
}

/** Flags for a quiet headless run on a machine with no network beyond the tests' own servers. */
export const HEADLESS_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

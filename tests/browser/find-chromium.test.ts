/**
 * Which browser the tests drive: CHROMIUM_PATH, then a system install, then the Chromium
 * inside the npm package. The last check launches what `findChromium` returns.
 */
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { BrowserNotFoundError, HEADLESS_ARGS, findChromium, findInstalledChromium, systemCandidates } from "../../scripts/browser/find-chromium.ts";

const only = (present: string) => (path: string) => path === present;

describe("finding a browser", () => {
  it("takes CHROMIUM_PATH first, and says in French when it points nowhere", () => {
    expect(findInstalledChromium({ CHROMIUM_PATH: "/opt/chrome" }, "linux", only("/opt/chrome"))).toEqual({ executablePath: "/opt/chrome", origin: "CHROMIUM_PATH" });
    expect(() => findInstalledChromium({ CHROMIUM_PATH: "/nulle/part" }, "linux", () => false)).toThrow(BrowserNotFoundError);
    expect(() => findInstalledChromium({ CHROMIUM_PATH: "/nulle/part" }, "linux", () => false)).toThrow(/CHROMIUM_PATH désigne « \/nulle\/part », qui n’existe pas/);
  });

  it("finds Chromium, Chrome or Edge where each system installs them", () => {
    expect(findInstalledChromium({}, "linux", only("/usr/bin/google-chrome"))?.executablePath).toBe("/usr/bin/google-chrome");
    expect(findInstalledChromium({}, "darwin", only("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"))?.origin).toBe("système");
    const windows = systemCandidates("win32", { PROGRAMFILES: "C:\\Program Files" });
    expect(windows.some((path) => path.endsWith("msedge.exe"))).toBe(true);
    expect(findInstalledChromium({ PROGRAMFILES: "C:\\Program Files" }, "win32", only(windows[0] ?? ""))?.executablePath).toBe(windows[0]);
  });

  it("prefers Debian's chromium to Google Chrome on Linux, and finds nothing on a bare machine", () => {
    const both = (path: string) => path === "/usr/bin/chromium" || path === "/usr/bin/google-chrome";
    expect(findInstalledChromium({}, "linux", both)?.executablePath).toBe("/usr/bin/chromium");
    expect(findInstalledChromium({}, "linux", () => false)).toBeUndefined();
  });

  it("returns a browser that launches headless, whatever this machine has", async () => {
    const { executablePath } = await findChromium();
    const browser = await chromium.launch({ executablePath, args: [...HEADLESS_ARGS] });
    try {
      const page = await browser.newPage();
      await page.setContent("<p lang='fr'>Bonjour</p>");
      expect(await page.textContent("p")).toBe("Bonjour");
    } finally {
      await browser.close();
    }
  });
});

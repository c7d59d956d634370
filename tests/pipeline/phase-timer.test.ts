import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PhaseTimer } from "../../scripts/pipeline/phase-timer.ts";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function timingsFile(): string {
  const folder = mkdtempSync(join(tmpdir(), "phase-timer-"));
  folders.push(folder);
  return join(folder, "timings.json");
}

describe("PhaseTimer", () => {
  it("hands back what the measured work returns, and its error", async () => {
    const timer = new PhaseTimer();
    expect(timer.measure("render", () => 42)).toBe(42);
    await expect(timer.measureAsync("index", async () => "done")).resolves.toBe("done");
    expect(() => timer.measure("rest", () => { throw new Error("disque plein"); })).toThrow("disque plein");
  });

  it("writes every phase measured, failed ones included, and the peak memory, to the file the bench names", () => {
    const timer = new PhaseTimer();
    timer.measure("render", () => undefined);
    timer.measure("render", () => undefined);
    expect(() => timer.measure("rest", () => { throw new Error("échec"); })).toThrow();
    const file = timingsFile();
    timer.writeIfRequested({ OBSERVATOIRE_TIMINGS_FILE: file });
    const report = JSON.parse(readFileSync(file, "utf8")) as { phases: Record<string, number>; peakRssBytes: number };
    expect(Object.keys(report.phases).sort()).toEqual(["render", "rest"]);
    expect(report.phases["render"]).toBeGreaterThanOrEqual(0);
    expect(report.peakRssBytes).toBeGreaterThan(0);
  });

  it("writes nothing when no file is asked for", () => {
    const file = timingsFile();
    new PhaseTimer().writeIfRequested({});
    expect(() => readFileSync(file)).toThrow();
  });
});

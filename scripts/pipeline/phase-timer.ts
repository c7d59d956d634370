/** Wall time per build phase, for `npm run bench` (the build writes them out when asked to). */
import { writeFileSync } from "node:fs";

export type Phase = "load+validate" | "resolve+aggregate" | "render" | "index" | "rest";

export class PhaseTimer {
  private readonly totals = new Map<Phase, number>();

  measure<T>(phase: Phase, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.add(phase, performance.now() - started);
    }
  }

  async measureAsync<T>(phase: Phase, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.add(phase, performance.now() - started);
    }
  }

  private add(phase: Phase, ms: number): void {
    this.totals.set(phase, (this.totals.get(phase) ?? 0) + ms);
  }

  /** Writes `{ phases, peakRssBytes }` as JSON when `OBSERVATOIRE_TIMINGS_FILE` names a file. */
  writeIfRequested(env: NodeJS.ProcessEnv = process.env): void {
    const file = env["OBSERVATOIRE_TIMINGS_FILE"];
    if (!file) return;
    const report = { phases: Object.fromEntries(this.totals), peakRssBytes: process.resourceUsage().maxRSS * 1024 };
    writeFileSync(file, JSON.stringify(report));
  }
}

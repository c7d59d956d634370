/**
 * The peak memory of each Pagefind service a build starts. GNU time gives only the largest
 * process of the tree, which is Node's once the index is built in parts; Linux keeps each
 * process's high-water mark (VmHWM in /proc/<pid>/status). A shell loop started beside the
 * build reads it every 0,2 s for every process named like `name`; a process's last reading
 * is its peak, give or take what it reached in its last 0,2 s.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PeakSampler {
  /** Stops sampling; the peak of each process seen, in bytes, by process id. */
  stop(): Promise<Map<number, number>>;
}

export function samplePeaks(name: string): PeakSampler {
  if (!/^[\w-]+$/.test(name)) throw new Error(`nom de processus inattendu : ${name}`);
  const folder = mkdtempSync(join(tmpdir(), "bench-peaks-"));
  const output = join(folder, "peaks.txt");
  const loop = `while :; do for p in $(pgrep ${name}); do awk -v p=$p '/^VmHWM/ {print p, $2}' /proc/$p/status 2>/dev/null; done; sleep 0.2; done > ${output}`;
  const sampler = spawn("sh", ["-c", loop], { stdio: "ignore" });
  const ended = new Promise<void>((resolve) => sampler.once("exit", () => resolve()));
  return {
    async stop() {
      sampler.kill();
      await ended;
      const peaks = new Map<number, number>();
      for (const line of readFileSync(output, "utf8").split("\n")) {
        const [pid, kilobytes] = line.split(" ").map(Number);
        if (pid !== undefined && kilobytes !== undefined && Number.isFinite(kilobytes)) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, kilobytes * 1024));
      }
      rmSync(folder, { recursive: true, force: true });
      return peaks;
    },
  };
}

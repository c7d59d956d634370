/** The report of `npm run check` in each format: one module per format, chosen here. */
import type { ReportFormat } from "../check-options.ts";
import type { CheckReport } from "../check-report.ts";
import { githubAnnotations } from "./github.ts";
import { gitlabCodeQuality } from "./gitlab.ts";
import { jsonReport } from "./json.ts";

/** Formats read by programs rather than people. */
export function isMachineFormat(format: ReportFormat): boolean {
  return format === "gitlab" || format === "json";
}

/** The whole text of the report, ending with a line break. */
export function renderReport(format: ReportFormat, report: CheckReport): string {
  switch (format) {
    case "text":
      return `${report.lines.join("\n")}\n`;
    case "github":
      // The commands first: the log then ends, like in a terminal, with the French summary.
      return `${[...githubAnnotations(report.errors), ...report.lines].join("\n")}\n`;
    case "gitlab":
      return gitlabCodeQuality(report.errors);
    case "json":
      return jsonReport(report);
  }
}

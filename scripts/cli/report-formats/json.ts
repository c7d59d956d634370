/**
 * `--format=json`: the errors for tools, each with its catalogue key, which stays when the
 * wording of a message changes. Read it with `npm run --silent check -- --format=json` (npm
 * prints its own header lines otherwise) or from a file with `--output=<file>`.
 */
import type { CheckReport } from "../check-report.ts";

export interface JsonReport {
  readonly errors: ReadonlyArray<{ file: string; line: number; column: number; key: string; message: string }>;
  /** Whether the files checked have no error: the exit code, as a value. */
  readonly ok: boolean;
  readonly checkedFiles: number;
  /** Errors in files that were not asked for (`npm run check -- some/files.md`). */
  readonly otherErrors: number;
  /** The French summary the terminal shows. */
  readonly summary: string;
}

export function jsonReport(report: CheckReport): string {
  const json: JsonReport = {
    errors: report.errors.map(({ file, line, column, key, message }) => ({ file, line, column, key, message })),
    ok: report.exitCode === 0,
    checkedFiles: report.checkedFiles,
    otherErrors: report.otherErrors,
    summary: report.summary.join("\n"),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

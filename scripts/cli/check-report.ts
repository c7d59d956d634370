/** What `npm run check` prints: the errors, one per line, then a French summary. */
import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { messages } from "../errors/catalogue.ts";
import { plural } from "../errors/french-grammar.ts";
import { type ContentError, START_OF_FILE, contentError, formatError } from "../errors/content-error.ts";
import type { CheckResult } from "../pipeline/check-content.ts";
import { displayPath } from "../files/display-path.ts";
import { type ContentType, LABELS } from "../content-types/registry.ts";


export interface CheckReport {
  /** The text report: one line per error, then the summary. */
  readonly lines: string[];
  readonly exitCode: 0 | 1;
  /** The errors of the files asked for, in the order printed: what the other formats report. */
  readonly errors: readonly ContentError[];
  /** The French summary, its last lines. */
  readonly summary: readonly string[];
  /** Files checked: those given on the command line, or all of them. */
  readonly checkedFiles: number;
  /** Errors in files that were not asked for. */
  readonly otherErrors: number;
}

/** Turns the paths given on the command line into the form used in errors, reporting bad ones. */
export function selectFiles(root: string, requested: readonly string[]): { paths: Set<string>; errors: ContentError[] } {
  const paths = new Set<string>();
  const errors: ContentError[] = [];
  for (const argument of requested) {
    const absolute = isAbsolute(argument) ? argument : resolve(root, argument);
    const path = displayPath(root, absolute);
    if (!path.startsWith("content/")) errors.push(contentError(argument, START_OF_FILE, "fileOutsideContent", {}));
    else if (!existsSync(absolute)) errors.push(contentError(path, START_OF_FILE, "fileNotFound", {}));
    else paths.add(path);
  }
  return { paths, errors };
}

export function checkReport(result: CheckResult, root: string, requested: readonly string[] = []): CheckReport {
  const selection = requested.length > 0 ? selectFiles(root, requested) : undefined;
  const inScope = (error: ContentError) => !selection || selection.paths.has(error.file);
  const errors = [...(selection?.errors ?? []), ...result.errors.filter(inScope)];
  const hidden = result.errors.length - result.errors.filter(inScope).length;
  const checkedFiles = selection ? selection.paths.size : result.files.length;
  const summary: string[] = [];
  if (errors.length > 0) {
    summary.push(messages.checkFailed({ errors: errors.length, files: new Set(errors.map((e) => e.file)).size }));
    if (hidden > 0) summary.push(messages.otherFilesHaveErrors({ errors: hidden }));
    const lines = [...errors.map(formatError), "", ...summary];
    return { lines, exitCode: 1, errors, summary, checkedFiles, otherErrors: hidden };
  }
  if (hidden > 0) summary.push(messages.otherFilesHaveErrors({ errors: hidden }));
  const detail = Object.entries(result.filesByType)
    .map(([type, count]) => {
      const { one, many } = LABELS[type as ContentType].counted;
      return plural(count, one, many);
    })
    .join(", ");
  summary.push(messages.checkPassed({ files: checkedFiles, detail }));
  return { lines: [...summary], exitCode: 0, errors, summary, checkedFiles, otherErrors: hidden };
}

/** What `npm run check` prints: the errors, one per line, then a French summary. */
import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { messages } from "../errors/catalogue.ts";
import { type ContentError, START_OF_FILE, contentError, formatError } from "../errors/content-error.ts";
import type { PipelineResult } from "../pipeline/build-observatory.ts";
import { displayPath } from "../pipeline/load.ts";

const TYPE_NAMES = {
  dynamiques: ["dynamique", "dynamiques"],
  visites: ["visite", "visites"],
  evenements: ["événement", "événements"],
  territoires: ["territoire", "territoires"],
} as const;

export interface CheckReport {
  readonly lines: string[];
  readonly exitCode: 0 | 1;
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

export function checkReport(result: PipelineResult, root: string, requested: readonly string[] = []): CheckReport {
  const selection = requested.length > 0 ? selectFiles(root, requested) : undefined;
  const inScope = (error: ContentError) => !selection || selection.paths.has(error.file);
  const errors = [...(selection?.errors ?? []), ...result.errors.filter(inScope)];
  const lines = errors.map(formatError);
  const hidden = result.errors.length - result.errors.filter(inScope).length;
  if (errors.length > 0) {
    lines.push("", messages.checkFailed({ errors: errors.length, files: new Set(errors.map((e) => e.file)).size }));
    if (hidden > 0) lines.push(messages.otherFilesHaveErrors({ errors: hidden }));
    return { lines, exitCode: 1 };
  }
  if (hidden > 0) lines.push(messages.otherFilesHaveErrors({ errors: hidden }));
  const detail = Object.entries(result.filesByType)
    .map(([type, count]) => {
      const [one, many] = TYPE_NAMES[type as keyof typeof TYPE_NAMES];
      return `${count} ${count > 1 ? many : one}`;
    })
    .join(", ");
  lines.push(messages.checkPassed({ files: selection ? selection.paths.size : result.files.length, detail }));
  return { lines, exitCode: 0 };
}

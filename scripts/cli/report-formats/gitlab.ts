/**
 * A GitLab Code Quality report (the subset of the Code Climate format GitLab reads): a job
 * publishes it with `artifacts: reports: codequality:`, and GitLab shows each error in the
 * merge request, on its line. Fields: description, check_name, fingerprint, severity,
 * location.path and location.lines.begin.
 */
import { createHash } from "node:crypto";
import type { MessageKey } from "../../errors/catalogue.ts";
import type { ContentError } from "../../errors/content-error.ts";

/**
 * Errors that leave nothing of the file to check (it cannot be read, or is not content at
 * all) are `blocker`; an error in one field of a file otherwise read is `major`. Every error
 * stops the publication either way: the severities only order the list GitLab shows.
 */
const FILE_UNREADABLE = new Set<MessageKey>([
  "fileNotUtf8",
  "fileIsSymlink",
  "unknownFolder",
  "fileOutsideTypeFolders",
  "notMarkdown",
  "fileTooLarge",
  "invalidFileName",
  "noFrontmatter",
  "unclosedFrontmatter",
  "yamlSyntax",
  "frontmatterNotMapping",
  "forbiddenKey",
  "tooDeep",
  "tooManyAliases",
  "imageOutsideMedia",
  "mediaSubfolder",
  "mediaSvgRefused",
  "mediaNotImage",
  "mediaNotReadable",
  "mediaTooLarge",
  "invalidMediaName",
]);

export interface CodeQualityIssue {
  readonly description: string;
  readonly check_name: MessageKey;
  readonly fingerprint: string;
  readonly severity: "major" | "blocker";
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

/**
 * The same error gets the same fingerprint from one run to the next, which is how GitLab tells
 * the errors a merge request adds from those it fixes. The column is part of it: GitLab shows
 * only one issue per fingerprint, and two errors can share a line.
 */
export function fingerprintOf(error: ContentError): string {
  return createHash("sha256")
    .update([error.key, error.file, error.line, error.column, error.message].join("\0"))
    .digest("hex");
}

export function codeQualityIssue(error: ContentError): CodeQualityIssue {
  return {
    description: error.message,
    check_name: error.key,
    fingerprint: fingerprintOf(error),
    severity: FILE_UNREADABLE.has(error.key) ? "blocker" : "major",
    location: { path: error.file, lines: { begin: error.line } },
  };
}

/** The report: a JSON array, `[]` when all is well (GitLab then shows the errors as fixed). */
export function gitlabCodeQuality(errors: readonly ContentError[]): string {
  return `${JSON.stringify(errors.map(codeQualityIssue), null, 2)}\n`;
}

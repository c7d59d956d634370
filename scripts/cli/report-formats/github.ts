/**
 * GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=…::message` line per
 * error, which the runner turns into an annotation on that line of the pull request's files.
 * The plain `path:line:col  message` lines stay for the log and for terminals.
 */
import { messages } from "../../errors/catalogue.ts";
import type { ContentError } from "../../errors/content-error.ts";
import { visibleText } from "../../text/invisible-characters.ts";

/**
 * GitHub shows at most this many error annotations per step (the job log keeps every line):
 * past it, a notice says so, or the contributor would believe the other errors are gone.
 */
export const ANNOTATIONS_SHOWN_PER_STEP = 10;

/**
 * A command's message: `%`, CR and LF would end or change the command, so GitHub reads them
 * percent-encoded (and GitHub shows them as line breaks again). Other invisible and control
 * characters are shown as `<U+001B>`, as in the text report: the job log is a terminal too.
 */
export function escapeData(text: string): string {
  return text
    .replace(/[^\r\n]+/g, visibleText)
    .replace(/%/g, "%25")
    .replace(/\r/g, "%0D")
    .replace(/\n/g, "%0A");
}

/** A property value: as a message, and `:` and `,` too, which separate the properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function githubAnnotation(error: ContentError): string {
  const properties = [
    `file=${escapeProperty(error.file)}`,
    `line=${error.line}`,
    `col=${error.column}`,
    `title=${escapeProperty(error.key)}`,
  ];
  return `::error ${properties.join(",")}::${escapeData(error.message)}`;
}

/** Every error as a command, then a notice when GitHub will not show them all on the files. */
export function githubAnnotations(errors: readonly ContentError[]): string[] {
  const lines = errors.map(githubAnnotation);
  if (errors.length > ANNOTATIONS_SHOWN_PER_STEP) {
    lines.push(`::notice::${escapeData(messages.githubAnnotationsCapped({ errors: errors.length, shown: ANNOTATIONS_SHOWN_PER_STEP }))}`);
  }
  return lines;
}

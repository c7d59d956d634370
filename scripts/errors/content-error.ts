import { type MessageKey, type MessageParams, messages } from "./catalogue.ts";
import { visibleText } from "../text/invisible-characters.ts";

/** A position in a contributor's file, both 1-based, as editors show them. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** One problem in one file, told in French with where to look. */
export interface ContentError extends Position {
  /** Path relative to the project root, with forward slashes: `content/visites/figeac-2018.md`. */
  readonly file: string;
  /**
   * The permanent name of the message in the catalogue (`unknownField`, `invalidDate`…): what
   * tools group, count and link on (GitHub annotation titles, GitLab check names, `--format=json`),
   * whatever the wording of the message becomes.
   */
  readonly key: MessageKey;
  readonly message: string;
}

export const START_OF_FILE: Position = { line: 1, column: 1 };

/** Builds an error from the catalogue. */
export function contentError<K extends MessageKey>(
  file: string,
  position: Position,
  key: K,
  params: MessageParams<K>,
): ContentError {
  const render = messages[key] as (p: MessageParams<K>) => string;
  return { file, line: position.line, column: position.column, key, message: render(params) };
}

/**
 * `path:line:column  message`, the form editors and CI annotations can jump to. Values quoted
 * in messages are already made visible (`quote`); the file name is not quoted, and a file can
 * be named with an escape sequence: the whole line is printed with such characters made visible.
 */
export function formatError(error: ContentError): string {
  return visibleText(`${error.file}:${error.line}:${error.column}  ${error.message}`);
}

/** Errors in reading order: by file, then by line and column. */
export function sortErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

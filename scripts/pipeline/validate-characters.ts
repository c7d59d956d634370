/**
 * Part of step 3 — validate: one rule for every string of every frontmatter, whatever the
 * field (including fields added to the schemas later), and for the Markdown body: no control
 * characters, no Unicode noncharacters, and in names, titles and URLs nothing invisible.
 *
 * It runs on the parsed YAML rather than inside each zod schema so that no field can be
 * forgotten, and so that the error can point at the character itself: `path:line:col` is the
 * column of the offending character when it is written as is in the file, else its value's.
 */
import { type ContentError, type Position, contentError } from "../errors/content-error.ts";
import { RUNNING_TEXT_FIELDS } from "../content-types/shared/fields.ts";
import { type TextPolicy, findInvisibleCharacters } from "../text/invisible-characters.ts";
import type { FieldPath, ParsedFile } from "../model/content-files.ts";
import { fieldLabel } from "./field-label.ts";

/** Characters shown on each side of the offending one, so that the contributor finds it. */
const EXCERPT_RADIUS = 20;

export function invisibleCharacterErrors(file: ParsedFile): ContentError[] {
  const errors: ContentError[] = [];
  const positions = new SourcePositions(file.text);
  for (const { path, value } of stringsOf(file.data, [])) {
    // YAML block scalars (`|`, `>`) end with a line break that is syntax, not text.
    const text = value.replace(/\n+$/, "");
    const lastField = path.findLast((segment): segment is string => typeof segment === "string") ?? "";
    const policy: TextPolicy = RUNNING_TEXT_FIELDS.has(lastField) ? "runningText" : "identifier";
    for (const found of firstOfEach(findInvisibleCharacters(text, policy))) {
      const at = positions.characterInValue(file.locate(path), text, found.index);
      errors.push(
        contentError(file.path, at, "invisibleCharacterInField", {
          field: fieldLabel(path),
          codePoint: found.codePoint,
          excerpt: excerpt(text, found.index),
        }),
      );
    }
  }
  // Found in order: the line is followed along, never counted again from the start of the body.
  const seenOnLine = new Set<number>();
  let lineIndex = 0;
  let lineStart = 0;
  for (const found of findInvisibleCharacters(file.body, "body")) {
    for (let next = file.body.indexOf("\n", lineStart); next !== -1 && next < found.index; next = file.body.indexOf("\n", lineStart)) {
      lineIndex += 1;
      lineStart = next + 1;
      seenOnLine.clear();
    }
    // A line full of the same pasted character gets one message, not one per occurrence.
    if (seenOnLine.has(found.codePoint)) continue;
    seenOnLine.add(found.codePoint);
    const lineEnd = file.body.indexOf("\n", found.index);
    const line = file.body.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
    errors.push(
      contentError(file.path, { line: file.bodyLine + lineIndex, column: found.index - lineStart + 1 }, "invisibleCharacterInBody", {
        codePoint: found.codePoint,
        excerpt: excerpt(line, found.index - lineStart),
      }),
    );
  }
  return errors;
}

/** Every string in the frontmatter, with where it is; keys are checked by the schema (unknown field). */
function* stringsOf(value: unknown, path: FieldPath): Generator<{ path: FieldPath; value: string }> {
  if (typeof value === "string") yield { path, value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsOf(item, [...path, index]);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, [...path, key]);
  }
}

/** A value full of the same pasted character gets one message per character, not one per occurrence. */
function firstOfEach<T extends { codePoint: number }>(found: readonly T[]): T[] {
  const seen = new Set<number>();
  return found.filter((item) => !seen.has(item.codePoint) && seen.add(item.codePoint));
}

/** The passage around `index`, cut on whole characters. */
function excerpt(text: string, index: number): string {
  const before = Array.from(text.slice(0, index));
  const after = Array.from(text.slice(index));
  const head = before.slice(-EXCERPT_RADIUS).join("");
  const tail = after.slice(0, EXCERPT_RADIUS + 1).join("");
  return `${before.length > EXCERPT_RADIUS ? "…" : ""}${head}${tail}${after.length > EXCERPT_RADIUS + 1 ? "…" : ""}`;
}

/** Turns line and column into offsets in the file's text and back, for the few values that need it. */
class SourcePositions {
  readonly #text: string;
  #lineStarts: number[] | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /**
   * Where the character at `index` of a value starting at `start` is written: exact when the
   * value is written as is (plain or quoted, on one line, without escapes before it); the
   * start of the value otherwise (a `"\e"` escape, a value folded over several lines).
   */
  characterInValue(start: Position, value: string, index: number): Position {
    const lineStarts = this.#lines();
    const lineStart = lineStarts[start.line - 1];
    if (lineStart === undefined) return start;
    const valueStart = lineStart + start.column - 1;
    const opening = this.#text[valueStart] === '"' || this.#text[valueStart] === "'" ? 1 : 0;
    const written = valueStart + opening;
    const prefix = value.slice(0, index);
    const character = String.fromCodePoint(value.codePointAt(index) ?? 0);
    if (prefix.includes("\n") || this.#text.slice(written, written + index) !== prefix) return start;
    if (!this.#text.startsWith(character, written + index)) return start;
    return { line: start.line, column: start.column + opening + index };
  }

  #lines(): number[] {
    if (!this.#lineStarts) {
      const starts = [0];
      for (let index = this.#text.indexOf("\n"); index !== -1; index = this.#text.indexOf("\n", index + 1)) starts.push(index + 1);
      this.#lineStarts = starts;
    }
    return this.#lineStarts;
  }
}

/**
 * Step 2 — parse: split the YAML frontmatter from the Markdown body and read the YAML,
 * with positions only where they are needed. Reading a file keeps its data, not its YAML
 * document: a valid file's positions are needed only if a later step reports an error in
 * it (a wrong reference), and are found then by reading it again. Keeping ten thousand
 * documents alive made `check` spend a third of its time collecting garbage.
 */
import { LineCounter, type Node, YAMLMap, YAMLSeq, isMap, isPair, isScalar, isSeq, parseDocument } from "yaml";
import { type ContentError, type Position, START_OF_FILE, contentError } from "../errors/content-error.ts";
import type { Locator, ParsedFile, SourceFile } from "../model/content-files.ts";
import { readSimpleYaml } from "./simple-yaml.ts";

/** Keys that could reach an object's prototype when turned into JavaScript. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** No real entry nests deeper than this (sources › item › field is 3). */
export const MAX_DEPTH = 6;
/** Brackets nest far less than this in any real frontmatter. */
const MAX_FLOW_DEPTH = 32;
/** A few aliases are harmless; thousands are an expansion attack. */
const MAX_ALIAS_COUNT = 20;

export type { FieldPath, Locator, ParsedFile } from "../model/content-files.ts";

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; errors: ContentError[] };

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^---[ \t]*$/m;
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, version: "1.2" } as const;

/** YAML's own error codes, told in French. */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: "indentation incorrecte",
  TAB_AS_INDENT: "tabulation utilisée pour l’indentation (utilisez des espaces)",
  DUPLICATE_KEY: "ce champ est écrit deux fois",
  MISSING_CHAR: "caractère manquant (guillemet ou crochet non refermé ?)",
  MULTILINE_IMPLICIT_KEY: "un nom de champ doit tenir sur une ligne",
  BLOCK_AS_IMPLICIT_KEY: "structure incorrecte (deux-points manquant ou en trop ?)",
  UNEXPECTED_TOKEN: "caractère inattendu",
  BAD_SCALAR_START: "une valeur ne peut pas commencer par ce caractère (mettez-la entre guillemets)",
  BAD_ALIAS: "alias YAML (*) invalide",
  BAD_DIRECTIVE: "directive YAML invalide",
  UNEXPECTED_SCALAR_AT_NODE_END: "texte inattendu après la valeur (mettez-la entre guillemets)",
  TAG_RESOLVE_FAILED: "étiquette YAML (!) inconnue",
  BAD_COLLECTION_TYPE: "liste ou ensemble de champs mal formé",
};

/** A file cut in three: what comes before the YAML is only the opening `---` line. */
interface Frontmatter {
  /** The YAML, from the line break that ends the opening line: line N of this text is line N of the file. */
  readonly yamlText: string;
  /** False when the YAML is only blank lines and comments. */
  readonly hasYaml: boolean;
  readonly body: string;
  /** Line of the file on which the body starts. */
  readonly bodyLine: number;
}

/** The frontmatter, or the error that makes the file unreadable before any YAML is read. */
function splitFile(source: SourceFile): Frontmatter | ContentError {
  if (!OPENING.test(source.text)) return contentError(source.path, START_OF_FILE, "noFrontmatter", {});
  const afterOpening = source.text.indexOf("\n") + 1;
  const closing = CLOSING.exec(source.text.slice(afterOpening));
  if (!closing) return contentError(source.path, START_OF_FILE, "unclosedFrontmatter", {});
  // The YAML parser itself exhausts memory on tens of thousands of nested brackets:
  // measure the nesting before handing it anything.
  const frontmatterText = source.text.slice(afterOpening, afterOpening + closing.index);
  if (flowNestingDepth(frontmatterText) > MAX_FLOW_DEPTH) {
    return contentError(source.path, { line: 2, column: 1 }, "tooDeep", { limit: MAX_DEPTH });
  }
  const closingLine = source.text.slice(0, afterOpening + closing.index).split("\n").length;
  return { ...splitAsGrayMatter(source.text), bodyLine: closingLine + 1 };
}

/**
 * The YAML and the body exactly as gray-matter, which the project used before, cut them
 * (its `parseMatter`, for a text that starts with `---` and blanks): the YAML ends at the
 * first line that starts with `---`, and the body after that line. gray-matter also
 * copied every file into a Buffer, a tenth of `check` on a large content.
 */
function splitAsGrayMatter(text: string): Omit<Frontmatter, "bodyLine"> {
  const afterOpening = text.slice("---".length);
  const closeIndex = afterOpening.indexOf("\n---");
  const yamlText = closeIndex === -1 ? afterOpening : afterOpening.slice(0, closeIndex);
  let body = closeIndex === -1 ? "" : afterOpening.slice(closeIndex + "\n---".length);
  if (body.startsWith("\r")) body = body.slice(1);
  if (body.startsWith("\n")) body = body.slice(1);
  // gray-matter gave no YAML to read when there were only comments and blanks.
  const hasYaml = yamlText.replace(/^\s*#[^\n]+/gm, "").trim() !== "";
  return { yamlText, hasYaml, body };
}

/** The body of a file that reads without error, and the line it starts on. */
export function bodyOf(source: SourceFile): { body: string; bodyLine: number } {
  const split = splitFile(source);
  if ("message" in split) throw new Error(`${source.path} ne se relit plus comme à la première lecture`);
  return { body: split.body, bodyLine: split.bodyLine };
}

type YamlDocument = ReturnType<typeof parseDocument>;

/**
 * Reads a file's frontmatter. Plain YAML, what nearly every file is written in, is read by
 * `readSimpleYaml`, the rest by the `yaml` library. A file with any problem is read again
 * with positions (`readWithPositions`) and gets exactly the errors it always had; a file
 * without is kept as its data, its body and a locator that reads it again with positions
 * when first asked.
 */
export function parseSourceFile(source: SourceFile): ParseResult {
  const split = splitFile(source);
  if ("message" in split) return { ok: false, errors: [split] };
  if (!split.hasYaml) return readWithPositions(source);
  const data = readSimpleYaml(split.yamlText, MAX_DEPTH) ?? readWithoutPositions(split.yamlText);
  if (data === undefined) return readWithPositions(source);
  return { ok: true, file: { ...source, data, body: split.body, bodyLine: split.bodyLine, locate: lazyLocator(source) } };
}

/** The data as the `yaml` library reads it, or nothing when the file has an error. */
function readWithoutPositions(yamlText: string): Record<string, unknown> | undefined {
  const document = parseDocument(yamlText, YAML_OPTIONS);
  if (document.errors.length > 0 || !structureIsSafe(document.contents, 0)) return undefined;
  const data = dataOf(document);
  return typeof data === "string" ? undefined : data;
}

/**
 * A locator for a file that reads it with positions the first time it is asked, then keeps
 * them: for valid files, whose positions are rarely needed.
 */
export function lazyLocator(source: SourceFile): Locator {
  let locate: Locator | undefined;
  return (path, part) => {
    if (!locate) {
      const read = readWithPositions(source);
      if (!read.ok) throw new Error(`${source.path} ne se relit plus comme à la première lecture`);
      locate = read.file.locate;
    }
    return locate(path, part);
  };
}

/** The frontmatter as a JavaScript object, or why it cannot be one. */
function dataOf(document: YamlDocument): Record<string, unknown> | "tooManyAliases" | "frontmatterNotMapping" {
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch {
    return "tooManyAliases";
  }
  return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : "frontmatterNotMapping";
}

/** The complete reading, with the line and column of every node: errors, and the locator. */
function readWithPositions(source: SourceFile): ParseResult {
  const fail = (position: Position, error: (file: string, at: Position) => ContentError): ParseResult => ({
    ok: false,
    errors: [error(source.path, position)],
  });
  const split = splitFile(source);
  if ("message" in split) return { ok: false, errors: [split] };
  if (!split.hasYaml) return fail(START_OF_FILE, (f, at) => contentError(f, at, "noFrontmatter", {}));

  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yamlText, { ...YAML_OPTIONS, lineCounter });
  const positionOf = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const syntaxErrors = doc.errors.map((error) =>
    contentError(source.path, positionOf(error.pos[0]), "yamlSyntax", {
      detail: YAML_ERRORS[error.code] ?? "structure incorrecte",
    }),
  );
  if (syntaxErrors.length > 0) return { ok: false, errors: syntaxErrors };

  const structureErrors = checkStructure(doc.contents, 0, (node) => positionOf(node.range?.[0] ?? 0), source.path);
  if (structureErrors.length > 0) return { ok: false, errors: structureErrors };

  const data = dataOf(doc);
  if (data === "tooManyAliases") return fail(START_OF_FILE, (f, at) => contentError(f, at, "tooManyAliases", {}));
  if (data === "frontmatterNotMapping") return fail({ line: 2, column: 1 }, (f, at) => contentError(f, at, "frontmatterNotMapping", {}));
  return { ok: true, file: { ...source, data, body: split.body, bodyLine: split.bodyLine, locate: makeLocator(doc.contents, positionOf) } };
}

/** Deepest nesting of `[` and `{` outside quoted strings and comments, in one linear pass. */
export function flowNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | undefined;
  let comment = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (comment) {
      if (char === "\n") comment = false;
    } else if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === "#" && (index === 0 || /\s/.test(text[index - 1] ?? ""))) {
      comment = true;
    } else if (char === "[" || char === "{") {
      depth += 1;
      deepest = Math.max(deepest, depth);
    } else if (char === "]" || char === "}") {
      depth = Math.max(0, depth - 1);
    } else if (char === "\n") {
      quote = undefined;
    }
  }
  return deepest;
}

/** Refuses prototype keys and runaway nesting before anything becomes a JavaScript object. */
function checkStructure(
  node: unknown,
  depth: number,
  at: (node: Node) => Position,
  file: string,
): ContentError[] {
  if (!isMap(node) && !isSeq(node)) return [];
  if (depth >= MAX_DEPTH) return [contentError(file, at(node), "tooDeep", { limit: MAX_DEPTH })];
  const errors: ContentError[] = [];
  for (const item of node.items) {
    if (isPair(item)) {
      if (isScalar(item.key) && FORBIDDEN_KEYS.has(String(item.key.value))) {
        errors.push(contentError(file, at(item.key), "forbiddenKey", { key: String(item.key.value) }));
      }
      errors.push(...checkStructure(item.value, depth + 1, at, file));
    } else {
      errors.push(...checkStructure(item, depth + 1, at, file));
    }
  }
  return errors;
}

/** `checkStructure` without positions: whether it would find nothing. */
function structureIsSafe(node: unknown, depth: number): boolean {
  if (!isMap(node) && !isSeq(node)) return true;
  if (depth >= MAX_DEPTH) return false;
  for (const item of node.items) {
    if (isPair(item)) {
      if (isScalar(item.key) && FORBIDDEN_KEYS.has(String(item.key.value))) return false;
      if (!structureIsSafe(item.value, depth + 1)) return false;
    } else if (!structureIsSafe(item, depth + 1)) {
      return false;
    }
  }
  return true;
}

/**
 * Finds where a field is written. When the exact node does not exist (a missing field,
 * or a scalar where a list was expected), it falls back to the closest enclosing node.
 */
function makeLocator(root: unknown, positionOf: (offset: number) => Position): Locator {
  return (path, part = "value") => {
    let node: unknown = root;
    let found: Node | undefined = isMap(root) || isSeq(root) ? root : undefined;
    for (const [index, segment] of path.entries()) {
      if (typeof segment === "number" && node instanceof YAMLSeq) {
        node = node.items[segment];
      } else if (typeof segment === "string" && node instanceof YAMLMap) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
        if (!pair) break;
        if (part === "key" && index === path.length - 1 && isScalar(pair.key)) {
          node = pair.key;
        } else {
          node = pair.value ?? pair.key;
        }
      } else {
        break;
      }
      if (!node || typeof node !== "object" || !("range" in node)) break;
      found = node as Node;
    }
    const offset = found?.range?.[0];
    return offset === undefined ? START_OF_FILE : positionOf(offset);
  };
}

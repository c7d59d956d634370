/**
 * Step 2 — parse: split the YAML frontmatter from the Markdown body (gray-matter)
 * and read the YAML with positions, so that every later error can name its line.
 */
import matter from "gray-matter";
import { LineCounter, type Node, YAMLMap, YAMLSeq, isMap, isPair, isScalar, isSeq, parseDocument } from "yaml";
import { type ContentError, type Position, START_OF_FILE, contentError } from "../errors/content-error.ts";
import type { SourceFile } from "./load.ts";

/** Keys that could reach an object's prototype when turned into JavaScript. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** No real entry nests deeper than this (sources › item › field is 3). */
export const MAX_DEPTH = 6;
/** Brackets nest far less than this in any real frontmatter. */
const MAX_FLOW_DEPTH = 32;
/** A few aliases are harmless; thousands are an expansion attack. */
const MAX_ALIAS_COUNT = 20;

export type FieldPath = ReadonlyArray<string | number>;

/** Where a field is written: its key (`"key"`) or its value (`"value"`). */
export type Locator = (path: FieldPath, part?: "key" | "value") => Position;

export interface ParsedFile extends SourceFile {
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** Line of the file on which the Markdown body starts. */
  readonly bodyLine: number;
  readonly locate: Locator;
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; errors: ContentError[] };

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^---[ \t]*$/m;

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

export function parseSourceFile(source: SourceFile): ParseResult {
  const fail = (position: Position, error: (file: string, at: Position) => ContentError): ParseResult => ({
    ok: false,
    errors: [error(source.path, position)],
  });
  if (!OPENING.test(source.text)) return fail(START_OF_FILE, (f, at) => contentError(f, at, "noFrontmatter", {}));
  const afterOpening = source.text.indexOf("\n") + 1;
  const closing = CLOSING.exec(source.text.slice(afterOpening));
  if (!closing) return fail(START_OF_FILE, (f, at) => contentError(f, at, "unclosedFrontmatter", {}));

  // The YAML parser itself exhausts memory on tens of thousands of nested brackets:
  // measure the nesting before handing it anything.
  const frontmatterText = source.text.slice(afterOpening, afterOpening + closing.index);
  if (flowNestingDepth(frontmatterText) > MAX_FLOW_DEPTH) {
    return fail({ line: 2, column: 1 }, (f, at) => contentError(f, at, "tooDeep", { limit: MAX_DEPTH }));
  }

  const lineCounter = new LineCounter();
  let document: ReturnType<typeof parseDocument> | undefined;
  const split = matter(source.text, {
    engines: {
      yaml: (yamlText: string) => {
        // gray-matter hands over the text after the opening `---`, starting with its line break:
        // line N of this text is line N of the file.
        document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, version: "1.2" });
        return {};
      },
    },
  });
  if (!document) return fail(START_OF_FILE, (f, at) => contentError(f, at, "noFrontmatter", {}));
  const doc = document;
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

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch {
    return fail(START_OF_FILE, (f, at) => contentError(f, at, "tooManyAliases", {}));
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail({ line: 2, column: 1 }, (f, at) => contentError(f, at, "frontmatterNotMapping", {}));
  }

  const closingLine = source.text.slice(0, afterOpening + closing.index).split("\n").length;
  return {
    ok: true,
    file: {
      ...source,
      data: data as Record<string, unknown>,
      body: split.content,
      bodyLine: closingLine + 1,
      locate: makeLocator(doc.contents, positionOf),
    },
  };
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

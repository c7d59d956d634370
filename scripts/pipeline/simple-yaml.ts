/**
 * A reader for the plain YAML that content files are written in — `champ: valeur`, lists
 * `- élément` and `[a, b]`, nested fields, quoted texts without escapes, whole-line
 * comments — that gives exactly what the `yaml` library gives for them, five to ten times
 * sooner: the library's general machinery was most of `check` on a large content.
 *
 * It answers only when it is sure: anything else (floats, null and boolean words, block
 * or multi-line texts, escapes, anchors, tags, flow mappings, tabs, control characters, a
 * duplicate or reserved key, odd indentation) returns `undefined`, and the file is read by
 * the library, which gives the data or the error with its position.
 */

/** The data, or nothing when the text is not in the plain subset this reader is sure of. */
export function readSimpleYaml(text: string, maxDepth: number): Record<string, unknown> | undefined {
  if (UNSURE_CHARACTERS.test(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split("\n")) {
    const content = trimSpaces(raw);
    // Blank lines and whole-line comments mean nothing in block collections.
    if (content === "" || content.startsWith("#")) continue;
    lines.push({ indent: raw.length - raw.replace(/^ +/, "").length, content });
  }
  if (lines.length === 0 || lines[0]?.indent !== 0) return undefined;
  const reader: Reader = { lines, next: 0 };
  const data = readMapping(reader, 0);
  if (data === undefined || reader.next !== lines.length || deeperThan(data, maxDepth, 0)) return undefined;
  return data;
}

/** YAML trims spaces only: a no-break space is part of a value (String.prototype.trim would drop it). */
const trimSpaces = (text: string) => text.replace(/^ +| +$/g, "");

interface Line {
  readonly indent: number;
  readonly content: string;
}

interface Reader {
  readonly lines: Line[];
  next: number;
}

/** Tabs, carriage returns, control characters, byte-order marks, separators YAML may read otherwise, lone surrogates. */
const UNSURE_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** `champ:` or `champ: valeur`, with a key that can only be read as a text. */
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
/** Keys YAML would read as something else than their text, and keys refused as prototype keys. */
const UNSURE_KEYS = new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "__proto__", "constructor", "prototype"]);
/** What a plain value may not start with: YAML's indicators. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Plain values YAML 1.2's core schema reads as null, booleans, octal, hexadecimal or floats. */
const NOT_A_TEXT = [
  /^(?:~|[Nn]ull|NULL)$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
];
const INTEGER = /^[-+]?[0-9]{1,15}$/;
/** Returned by the value readers when the value is not in the subset. */
const UNSURE = Symbol("unsure");

function readMapping(reader: Reader, indent: number): Record<string, unknown> | undefined {
  const mapping: Record<string, unknown> = {};
  for (let line = reader.lines[reader.next]; line?.indent === indent; line = reader.lines[reader.next]) {
    const match = KEY_LINE.exec(line.content);
    const key = match?.[1];
    if (!match || key === undefined || UNSURE_KEYS.has(key) || Object.hasOwn(mapping, key)) return undefined;
    reader.next += 1;
    const value = match[2] === undefined ? readNested(reader, indent) : readInlineValue(match[2]);
    if (value === UNSURE || value === undefined) return undefined;
    mapping[key] = value;
  }
  return (reader.lines[reader.next]?.indent ?? -1) > indent ? undefined : mapping;
}

/** The block under `champ:`: a list or fields, indented deeper than the key. */
function readNested(reader: Reader, indent: number): unknown {
  const first = reader.lines[reader.next];
  if (!first || first.indent <= indent) return UNSURE;
  return isListItem(first.content) ? readList(reader, first.indent) : (readMapping(reader, first.indent) ?? UNSURE);
}

const isListItem = (content: string) => content === "-" || content.startsWith("- ");

function readList(reader: Reader, indent: number): unknown[] | typeof UNSURE {
  const list: unknown[] = [];
  for (let line = reader.lines[reader.next]; line?.indent === indent && isListItem(line.content); line = reader.lines[reader.next]) {
    const item = line.content.slice(2);
    if (item === "" || item.startsWith(" ") || isListItem(item)) return UNSURE;
    if (KEY_LINE.test(item)) {
      // `- champ: valeur`: the item's fields start two columns further, where the next ones are.
      reader.lines[reader.next] = { indent: indent + 2, content: item };
      const fields = readMapping(reader, indent + 2);
      if (fields === undefined) return UNSURE;
      list.push(fields);
    } else {
      reader.next += 1;
      const value = readInlineValue(item);
      if (value === UNSURE) return UNSURE;
      list.push(value);
    }
  }
  return (reader.lines[reader.next]?.indent ?? -1) > indent ? UNSURE : list;
}

function readInlineValue(written: string): unknown {
  const value = trimSpaces(written);
  if (value.startsWith('"')) return /^"([^"\\]*)"$/.exec(value)?.[1] ?? UNSURE;
  if (value.startsWith("'")) return /^'([^']*)'$/.exec(value)?.[1] ?? UNSURE;
  if (value.startsWith("[")) return readFlowList(value);
  if (INDICATOR_START.test(value) || value.includes(": ") || value.endsWith(":") || value.includes(" #")) return UNSURE;
  return readPlainScalar(value);
}

/** `[a, "b", 'c']`: plain items, or quoted ones without escapes; none empty, nothing nested. */
function readFlowList(value: string): unknown[] | typeof UNSURE {
  const inside = /^\[([^[\]{}#]*)\]$/.exec(value)?.[1];
  if (inside === undefined) return UNSURE;
  if (trimSpaces(inside) === "") return [];
  const items: unknown[] = [];
  let at = 0;
  for (;;) {
    while (inside[at] === " ") at += 1;
    const quote = inside[at];
    let item: unknown;
    if (quote === '"' || quote === "'") {
      const end = inside.indexOf(quote, at + 1);
      item = end === -1 ? UNSURE : inside.slice(at + 1, end);
      // An escape, or `''` (a quote inside single quotes): the library reads those.
      if (typeof item === "string" && (item.includes("\\") || inside[end + 1] === quote)) item = UNSURE;
      at = end + 1;
    } else {
      const end = inside.indexOf(",", at) === -1 ? inside.length : inside.indexOf(",", at);
      const written = trimSpaces(inside.slice(at, end));
      item = written === "" || INDICATOR_START.test(written) || /[:"']/.test(written) ? UNSURE : readPlainScalar(written);
      at = end;
    }
    if (item === UNSURE) return UNSURE;
    items.push(item);
    while (inside[at] === " ") at += 1;
    if (at >= inside.length) return items;
    if (inside[at] !== ",") return UNSURE;
    at += 1;
  }
}

/** A plain value as YAML 1.2's core schema reads it: a whole number or a text; anything else is unsure. */
function readPlainScalar(value: string): unknown {
  if (INTEGER.test(value)) return Number.parseInt(value, 10);
  return NOT_A_TEXT.some((pattern) => pattern.test(value)) ? UNSURE : value;
}

/** Whether lists and fields nest `limit` levels or more, counting the frontmatter itself as level 0. */
function deeperThan(value: unknown, limit: number, depth: number): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (depth >= limit) return true;
  return Object.values(value).some((child) => deeperThan(child, limit, depth + 1));
}

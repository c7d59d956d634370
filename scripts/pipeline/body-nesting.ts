/**
 * Part of step 3 — validate: how deep a Markdown body nests blockquotes (`>`), lists,
 * inline formatting (emphasis, links) and HTML elements, counted together because they
 * all become nested elements of the page.
 *
 * Past about a hundred block levels markdown-it silently drops the rest of the text, and
 * a few thousand nested elements overflow the stack of the HTML tools that run on every
 * page (posthtml, in Eleventy). No real entry nests more than a handful of levels, so the
 * limit sits far below both: a body that passes is rendered whole, by every tool.
 *
 * The measure costs one linear pass over the text for almost every file: it bounds the
 * depth from above, and only a body whose bound exceeds the limit is parsed into
 * markdown-it tokens to find the exact depth and the line where it goes too deep.
 */
import type { Token } from "markdown-it";
import { type ContentError, contentError } from "../errors/content-error.ts";
import { markdownParser } from "../render/markdown-parser.ts";
import { htmlTags } from "./html-tags.ts";
import type { ParsedFile } from "./parse.ts";

/**
 * Levels of blockquotes, lists, emphasis, links and HTML elements, one inside the other.
 * At this depth markdown-it is at most at block level 45 of its 100 (a list costs two:
 * the list and its item), and HTML tools are thousands of levels from their limit.
 */
export const MAX_BODY_NESTING = 20;

/** The body's nesting error, at the line where it first goes deeper than the limit. */
export function bodyNestingErrors(file: ParsedFile): ContentError[] {
  const line = lineDeeperThan(file.body, MAX_BODY_NESTING);
  if (line === undefined) return [];
  return [contentError(file.path, { line: file.bodyLine + line, column: 1 }, "bodyTooDeep", { limit: MAX_BODY_NESTING })];
}

/** Line of `body` (from 0) where the nesting first exceeds `limit`; undefined when it never does. */
export function lineDeeperThan(body: string, limit: number): number | undefined {
  return nestingBound(body) <= limit ? undefined : measuredLineDeeperThan(body, limit);
}

/** The same, always from markdown-it's tokens: the exact measure the bound stands in for. */
export function measuredLineDeeperThan(body: string, limit: number): number | undefined {
  return new NestingMeter(limit).firstLineTooDeep(markdownParser.parse(body, {}));
}

/**
 * An upper bound of the nesting, in one pass over the characters:
 * - a blockquote or list opens on a line whose prefix holds a marker for it and for each
 *   enclosing container (`>`, a list marker, or the indentation of a list item), each at
 *   least one column wide: containers ≤ the widest such prefix;
 * - each emphasis or strikethrough takes at least two of the paragraph's `*`, `_` or `~`
 *   (one on each side), each link a `[` or a `<`, and a paragraph never spans a blank line;
 * - each HTML element needs a `<` followed by a letter, anywhere in the body.
 */
export function nestingBound(body: string): number {
  let widestPrefix = 0;
  let delimiters = 0;
  let openers = 0;
  let inlineBound = 0;
  let tagStarts = 0;
  const endParagraphs = () => {
    inlineBound = Math.max(inlineBound, Math.floor(delimiters / 2) + openers);
    delimiters = 0;
    openers = 0;
  };
  const startLine = (start: number) => {
    const prefix = linePrefix(body, start);
    widestPrefix = Math.max(widestPrefix, prefix.columns);
    // A blank line ends every paragraph: what came before cannot nest with what follows.
    if (prefix.blank) endParagraphs();
  };
  startLine(0);
  // The regular expression skips over plain prose natively: this runs on every body of every check.
  const significant = /[\n*_~[<]/g;
  for (let match = significant.exec(body); match; match = significant.exec(body)) {
    const code = body.charCodeAt(match.index);
    if (code === LINE_FEED) {
      startLine(match.index + 1);
    } else if (code === LESS_THAN || code === OPENING_BRACKET) {
      openers += 1;
      if (code === LESS_THAN && isAsciiLetter(body.charCodeAt(match.index + 1))) tagStarts += 1;
    } else {
      delimiters += 1;
    }
  }
  endParagraphs();
  return widestPrefix + inlineBound + tagStarts;
}

/** Width in columns of what may open containers at the start of a line, and whether the line is blank. */
function linePrefix(body: string, start: number): { columns: number; blank: boolean } {
  let columns = 0;
  let blank = true;
  for (let index = start; index < body.length; index += 1) {
    const code = body.charCodeAt(index);
    if (code === LINE_FEED) break;
    if (!PREFIX_CODES.has(code)) return { columns, blank: false };
    if (code !== SPACE && code !== TAB) blank = false;
    columns += code === TAB ? 4 - (columns % 4) : 1;
  }
  return { columns, blank };
}

const [LINE_FEED, TAB, SPACE, LESS_THAN, OPENING_BRACKET] = [10, 9, 32, 60, 91];
/** What may open a container: indentation, `>`, bullets, and ordered markers (`12.`, `3)`). */
const PREFIX_CODES = new Set([..." \t>-+*.)0123456789"].map((char) => char.charCodeAt(0)));

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The markdown-it blocks a contributor sees as a level: a list item is part of its list. */
const COUNTED_BLOCKS = new Set(["blockquote_open", "bullet_list_open", "ordered_list_open"]);

/** Elements that never hold anything: they do not nest. */
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

const BLOCKS_CLOSING_P = [
  "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer",
  "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
];
/**
 * Start tags that close an open element without its end tag, as HTML parsers do: a text
 * written `<li>un<li>deux` or `<p>un<p>deux` is two siblings, not two levels.
 */
const IMPLIED_CLOSE = new Map<string, ReadonlySet<string>>([
  ...BLOCKS_CLOSING_P.map((tag): [string, ReadonlySet<string>] => [tag, new Set(["p"])]),
  ["li", new Set(["li"])],
  ["dt", new Set(["dt", "dd"])],
  ["dd", new Set(["dt", "dd"])],
  ["tr", new Set(["tr", "td", "th"])],
  ["td", new Set(["td", "th"])],
  ["th", new Set(["td", "th"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
]);

interface OpenElement {
  readonly tag: string;
  /** Opened by Markdown (its tokens always close in order) rather than by an HTML tag. */
  readonly markdown: boolean;
  readonly counted: boolean;
}

/**
 * Follows the elements the tokens open and close, Markdown and HTML alike. HTML left open
 * inside a Markdown element ends with it, as the parsers that read the page end it (and the
 * sanitiser writes its end tag there). An HTML end tag never closes a Markdown element,
 * which can only count more levels than the page has, never fewer.
 */
class NestingMeter {
  readonly #limit: number;
  readonly #open: OpenElement[] = [];
  #depth = 0;

  constructor(limit: number) {
    this.#limit = limit;
  }

  firstLineTooDeep(tokens: readonly Token[]): number | undefined {
    let line = 0;
    for (const token of tokens) {
      line = token.map?.[0] ?? line;
      if (token.type === "inline") {
        const found = this.#inline(token.children ?? [], line);
        if (found !== undefined) return found;
      } else if (token.type === "html_block") {
        const found = this.#html(token.content, line);
        if (found !== undefined) return found;
      } else if (token.nesting === 1) {
        if (this.#push({ tag: token.tag, markdown: true, counted: COUNTED_BLOCKS.has(token.type) })) return line;
      } else if (token.nesting === -1) {
        this.#closeMarkdown();
      }
    }
    return undefined;
  }

  #inline(children: readonly Token[], firstLine: number): number | undefined {
    let line = firstLine;
    for (const child of children) {
      if (child.type === "softbreak" || child.type === "hardbreak") {
        line += 1;
      } else if (child.type === "html_inline") {
        const found = this.#html(child.content, line);
        if (found !== undefined) return found;
        line += child.content.split("\n").length - 1;
      } else if (child.nesting === 1) {
        // Emphasis, strikethrough, links: each one is a level the contributor wrote.
        if (this.#push({ tag: child.tag, markdown: true, counted: true })) return line;
      } else if (child.nesting === -1) {
        this.#closeMarkdown();
      }
    }
    return undefined;
  }

  #html(content: string, firstLine: number): number | undefined {
    for (const tag of htmlTags(content)) {
      if (tag.closing) this.#closeHtml(tag.name);
      else if (this.#openHtml(tag.name)) return firstLine + tag.line;
    }
    return undefined;
  }

  /** True when this element is one level too many. */
  #push(element: OpenElement): boolean {
    this.#open.push(element);
    if (element.counted) this.#depth += 1;
    return this.#depth > this.#limit;
  }

  #pop(): void {
    const element = this.#open.pop();
    if (element?.counted) this.#depth -= 1;
  }

  /** A Markdown end: everything opened since its start ends too. */
  #closeMarkdown(): void {
    while (this.#open.length > 0) {
      const markdown = this.#open.at(-1)?.markdown;
      this.#pop();
      if (markdown) return;
    }
  }

  #openHtml(tag: string): boolean {
    const closes = IMPLIED_CLOSE.get(tag);
    for (let inner = this.#innermostHtml(); closes && inner && closes.has(inner.tag); inner = this.#innermostHtml()) this.#pop();
    if (VOID_ELEMENTS.has(tag)) return false;
    return this.#push({ tag, markdown: false, counted: true });
  }

  /** Closes the innermost open HTML element of that name, and what it holds; a stray end tag does nothing. */
  #closeHtml(tag: string): void {
    for (let index = this.#open.length - 1; index >= 0 && !this.#open[index]?.markdown; index -= 1) {
      if (this.#open[index]?.tag === tag) {
        while (this.#open.length > index) this.#pop();
        return;
      }
    }
  }

  #innermostHtml(): OpenElement | undefined {
    const innermost = this.#open.at(-1);
    return innermost && !innermost.markdown ? innermost : undefined;
  }
}

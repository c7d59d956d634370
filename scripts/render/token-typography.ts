/**
 * French typography on a parsed Markdown body, before it becomes HTML: typograf gets the
 * texts a reader sees, with each element between them standing in as a marker, and never
 * a tag it would have to find and hide (french-typography.ts).
 *
 * What is typeset: the text of paragraphs, headings, list items, table cells, quotations,
 * link and emphasis text. What is left as written: code (spans and blocks), raw HTML blocks,
 * the tags of inline HTML and the text of `<code>`, `<kbd>` and `<pre>`, and every attribute:
 * URLs, link titles and the alternative text of images (read aloud or shown in place of the
 * picture, never laid out as running text, and left as typograf left attributes on the page).
 *
 * The string typograf sees is the page's text as it was when typograf ran on the rendered
 * page: same newlines (markdown-it's, around block tags), same elements, the same parts, so
 * that its rules, which look across tags (`"*mot*"`, `**gras** :`), decide the same way.
 */
import type { Token } from "markdown-it";
import { type Separator, typesetBetween } from "../text/french-typography.ts";
import { markdownParser } from "./markdown-parser.ts";

/**
 * Elements whose text typograf never changed on the page, as code (its `SafeTags`): those of
 * its list that the sanitiser keeps (`samp` and `var` lose their tags, `script` and `style` all).
 */
const LEFT_AS_WRITTEN = new Set(["code", "kbd", "pre"]);
/**
 * Typograf splits a page into its paragraphs and headings and typesets each on its own
 * (its `processingSeparateParts`): their edges are part boundaries.
 */
const PART_EDGES = new Set(["paragraph_open", "heading_open", "paragraph_close", "heading_close"]);
/** The name of an HTML tag, and whether it closes: `</abbr>` → ["/", "abbr"]. */
const HTML_TAG = /^<(\/?)([a-z][a-z0-9-]*)/i;

/** Typesets every text of `tokens` (markdown-it's parse of a body) in place. */
export function typesetTokens(tokens: Token[]): void {
  const texts = new TextsBetweenElements();
  tokens.forEach((token, index) => {
    if (token.type === "inline") addInline(token.children ?? [], texts);
    else addBlock(tokens, index, texts);
  });
  texts.typeset();
}

/** A block token: its tag, its newlines as markdown-it writes them, and the edges of paragraphs and headings. */
function addBlock(tokens: Token[], index: number, texts: TextsBetweenElements): void {
  const token = tokens[index]!;
  switch (token.type) {
    case "code_block":
    case "fence":
      texts.separator("element");
      texts.layout("\n");
      return;
    case "html_block": // left as written, text included
      texts.separator("element");
      return;
  }
  if (token.hidden) return;
  const html = markdownParser.renderer.renderToken(tokens, index, markdownParser.options);
  const part = PART_EDGES.has(token.type);
  if (html.startsWith("\n")) texts.layout("\n");
  if (part && token.nesting === 1) texts.separator("part");
  texts.separator(token.nesting === -1 ? "end" : "element");
  if (part && token.nesting === -1) texts.separator("part");
  if (html.endsWith("\n")) texts.layout("\n");
}

function addInline(children: Token[], texts: TextsBetweenElements): void {
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    switch (child.type) {
      case "text":
        texts.text(child, child.content);
        break;
      case "softbreak": // `breaks` is off: markdown-it writes a soft break as a newline
        texts.text(child, "\n");
        break;
      case "hardbreak":
        texts.separator("element");
        texts.layout("\n");
        break;
      case "code_inline":
      case "image":
        texts.separator("element");
        break;
      case "html_inline":
        index = addInlineHtml(children, index, texts);
        break;
      default:
        texts.separator(child.nesting === -1 ? "end" : "element");
    }
  }
}

/**
 * Inline HTML: each tag is an element, left as written. `<code>`, `<kbd>` and `<pre>` are
 * one element up to their closing tag, text included: code, as typograf left it on the page.
 * A comment is nothing (the sanitiser removes it). Returns the index of the last token it took.
 */
function addInlineHtml(children: Token[], index: number, texts: TextsBetweenElements): number {
  const tag = HTML_TAG.exec(children[index]!.content);
  if (tag === null) return index;
  const closing = tag[1] === "/";
  const name = tag[2]!.toLowerCase();
  texts.separator(closing ? "end" : "element");
  return !closing && LEFT_AS_WRITTEN.has(name) ? closingTag(children, index, name) : index;
}

/** The index of the tag that closes `name` after `index`, or the last child: the sanitiser closes it there. */
function closingTag(children: Token[], index: number, name: string): number {
  const closing = new RegExp(`^</${name}\\s*>`, "i");
  for (let next = index + 1; next < children.length; next++) {
    const child = children[next]!;
    if (child.type === "html_inline" && closing.test(child.content)) return next;
  }
  return children.length - 1;
}

/**
 * The texts of a body, run by run: a run is what lies between two separators. Its text
 * comes from the tokens it owns (text and soft breaks) and from markdown-it's newlines
 * around block tags, which typograf sees on a page (`:` before a newline takes its space)
 * but which belong to no token.
 */
class TextsBetweenElements {
  readonly #runs: Run[] = [new Run()];
  readonly #between: Separator[] = [];

  text(token: Token, text: string): void {
    this.#current().own(token, text);
  }

  layout(newline: string): void {
    this.#current().layout(newline);
  }

  separator(separator: Separator): void {
    this.#between.push(separator);
    this.#runs.push(new Run());
  }

  /** Typesets all runs at once and gives each token its text back. */
  typeset(): void {
    if (this.#runs.every((run) => run.owners.length === 0)) return;
    const typeset = typesetBetween(
      this.#runs.map((run) => run.text()),
      this.#between,
    );
    this.#runs.forEach((run, index) => run.giveBack(typeset[index]!));
  }

  #current(): Run {
    return this.#runs[this.#runs.length - 1]!;
  }
}

class Run {
  readonly owners: Token[] = [];
  #before = "";
  #own = "";
  #after = "";

  own(token: Token, text: string): void {
    if (this.#after !== "") throw new Error("markdown-it wrote a newline between two texts of one run");
    this.owners.push(token);
    this.#own += text;
  }

  layout(newline: string): void {
    if (this.owners.length === 0) this.#before += newline;
    else this.#after += newline;
  }

  text(): string {
    return this.#before + this.#own + this.#after;
  }

  /**
   * The typeset run, less markdown-it's own newlines, goes to the first token; the others
   * are emptied (soft breaks become empty text). A run's tokens follow each other on the
   * page (an HTML comment between them is removed by the sanitiser), so the page is written
   * the same, and no character has to be placed back into tokens typograf may have joined.
   */
  giveBack(typeset: string): void {
    const [first, ...others] = this.owners;
    const start = this.#before.length;
    const end = typeset.length - this.#after.length;
    if (!typeset.startsWith(this.#before) || !typeset.endsWith(this.#after) || end < start) {
      throw new Error(`typograf changed markdown-it's newlines around ${JSON.stringify(typeset)}`);
    }
    if (first === undefined) {
      if (typeset !== this.text()) throw new Error(`typograf changed a run without text: ${JSON.stringify(typeset)}`);
      return;
    }
    first.type = "text";
    first.content = typeset.slice(start, end);
    for (const other of others) {
      other.type = "text";
      other.content = "";
    }
  }
}

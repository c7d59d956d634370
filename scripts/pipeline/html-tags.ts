/**
 * The start and end tags written in a piece of raw HTML, in order, with the line each one
 * starts on. One pass, never going back, the way an HTML parser reads: a tag lasts until
 * its `>`, quotes only count after `=`, and comments, `<!…>` and `<?…>` hold no tags.
 * An unfinished tag or comment ends the scan, as it ends the parser's markup.
 */

export interface HtmlTag {
  /** Lower case, as HTML parsers compare names. */
  readonly name: string;
  readonly closing: boolean;
  /** Line of the tag's `<`, counted from 0 at the start of the text. */
  readonly line: number;
}

const isLetter = (char: string | undefined) => char !== undefined && /[A-Za-z]/.test(char);
const NAME_END = /[\s/>]/;

export function* htmlTags(text: string): Generator<HtmlTag> {
  let line = 0;
  let index = 0;
  let nextBreak = text.indexOf("\n");
  /** Moves to `end`, counting the line breaks passed over; each break is looked for once. */
  const advanceTo = (end: number) => {
    while (nextBreak !== -1 && nextBreak < end) {
      line += 1;
      nextBreak = text.indexOf("\n", nextBreak + 1);
    }
    index = end;
  };
  while (index < text.length) {
    const start = text.indexOf("<", index);
    if (start === -1) return;
    advanceTo(start);
    const next = text[start + 1];
    if (text.startsWith("<!--", start)) {
      const end = text.indexOf("-->", start + 4);
      if (end === -1) return;
      advanceTo(end + 3);
    } else if (next === "!" || next === "?") {
      const end = text.indexOf(">", start + 2);
      if (end === -1) return;
      advanceTo(end + 1);
    } else if (isLetter(next) || (next === "/" && isLetter(text[start + 2]))) {
      const closing = next === "/";
      let cursor = start + (closing ? 2 : 1);
      while (cursor < text.length && !NAME_END.test(text[cursor] as string)) cursor += 1;
      const name = text.slice(start + (closing ? 2 : 1), cursor).toLowerCase();
      const tagLine = line;
      const end = endOfTag(text, cursor);
      if (end === -1) return;
      advanceTo(end + 1);
      yield { name, closing, line: tagLine };
    } else {
      advanceTo(start + 1);
    }
  }
}

/** Index of the `>` that ends a tag whose attributes start at `from`, or -1 when it never ends. */
function endOfTag(text: string, from: number): number {
  let cursor = from;
  while (cursor < text.length) {
    const char = text[cursor];
    if (char === ">") return cursor;
    if (char === "=") {
      cursor += 1;
      while (cursor < text.length && /\s/.test(text[cursor] as string)) cursor += 1;
      const quote = text[cursor];
      if (quote === '"' || quote === "'") {
        const closing = text.indexOf(quote, cursor + 1);
        if (closing === -1) return -1;
        cursor = closing + 1;
      }
    } else {
      cursor += 1;
    }
  }
  return -1;
}

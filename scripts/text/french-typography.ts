/**
 * French typography, with typograf: « » with their no-break spaces, curly apostrophes,
 * ellipses, « 1er »… Typograf's own rules remove the space before « : ; ! ? % », which is
 * right in English and wrong in French (its issue 317): those two rules are off, and ours
 * puts the spaces French requires.
 *
 * Typograf only ever sees plain text here. A Markdown body is typeset as the texts between
 * its elements (scripts/render/token-typography.ts), each element standing in the string as
 * one of typograf's own private-use markers: its rules already treat such a marker as
 * « something that is not text », exactly as they treat a tag it has hidden itself, but
 * nothing has to find and hide every tag of an HTML page first (half its time on a page).
 */
import * as typografModule from "typograf";
import type { TypografPrefs, TypografRule } from "typograf";

/** What typograf's quote rule learns about the tag on either side of a quote mark. */
interface TagInfo {
  group: string;
  isClosing?: boolean;
}
/** The part of typograf's `SafeTags` that its quote rule asks about tags next to a quote. */
interface SafeTags {
  hide(context: { text: string }, group: string): void;
  getPrevTagInfo(context: unknown, text: string, position: number): TagInfo | null;
  getNextTagInfo(context: unknown, text: string, position: number): TagInfo | null;
}
export interface TypografInstance {
  readonly safeTags: SafeTags;
  execute(text: string): string;
  disableRule(rule: string): void;
  enableRule(rule: string): void;
}
interface TypografClass {
  new (prefs: TypografPrefs): TypografInstance;
  addRule(rule: TypografRule): void;
}
// typograf's type file declares an ES default export but is read as CommonJS under NodeNext;
// at run time Node hands the class over as the namespace's `default`.
const Typograf = (typografModule as unknown as { default: TypografClass }).default;

const NBSP = "\u00a0";
const NARROW_NBSP = "\u202f";
const SPACE_BEFORE = `[ ${NBSP}${NARROW_NBSP}]?`;

// « ; ! ? » take a narrow no-break space (not inside URLs: they are followed by a letter there).
// Typograf's text writes « & » as `&amp;`: the semicolon of that entity is not punctuation.
const HIGH_PUNCTUATION = new RegExp(`([^\\s${NBSP}${NARROW_NBSP}(«])(?<!&amp)${SPACE_BEFORE}([;!?]+)(?![\\p{L}\\p{N}])`, "gu");
// « : » takes a full no-break space, only before a space or the end (never in 10:30 or https:).
const COLON = new RegExp(`([^\\s${NBSP}${NARROW_NBSP}(«])${SPACE_BEFORE}:(?=[\\s]|$)`, "gu");
// « 45 % »
const PERCENT = new RegExp(`(\\d)${SPACE_BEFORE}%`, "gu");

/** The spaces French puts before high punctuation and the percent sign, in plain text. */
export function frenchPunctuationSpaces(text: string): string {
  return text.replace(HIGH_PUNCTUATION, `$1${NARROW_NBSP}$2`).replace(COLON, `$1${NBSP}:`).replace(PERCENT, `$1${NARROW_NBSP}%`);
}

Typograf.addRule({
  name: "fr/punctuation/frenchSpaces",
  // Last of the main rules, so that quotes are already « » when spaces are added, but
  // still while tags, attributes and code are hidden from the rules.
  index: 10_000,
  htmlAttrs: false,
  handler: (text: string) => frenchPunctuationSpaces(text),
});

/**
 * Only the rules French text needs, which also keeps typograf fast enough to run on
 * every entry of a 10,000-entry observatory. Its rules that delete the space before
 * « : ; ! ? % » (right in English, wrong in French: its issue 317) stay off.
 */
const RULES = [
  "common/punctuation/quote", // "…" → « … » with no-break spaces (fr locale)
  "common/punctuation/apostrophe", // l'ESS → l’ESS
  "common/punctuation/hellip", // ... → …
  "common/nbsp/afterNumber", // 17 dynamiques: the number stays with its noun
  "common/nbsp/afterShortWord", // à Figeac: no line break after a short word
  "fr/punctuation/frenchSpaces",
];

/** A typograf with the project's rules, and only them: the one place the rule set is written. */
export function frenchTypograf(): TypografInstance {
  const typograf = new Typograf({ locale: ["fr"], htmlEntity: { type: "default" } });
  typograf.disableRule("*");
  for (const rule of RULES) typograf.enableRule(rule);
  return typograf;
}

// ─── Texts between elements ──────────────────────────────────────────────────

/**
 * What separates two texts, as typograf's rules must see it:
 * - `element`: an opening tag or a whole element (`<em>`, `<a href>`, `<br>`, `<code>…</code>`, an image);
 * - `end`: a closing tag (`</em>`, `</p>`), which the quote rule tells apart: `"<em>mot</em>"`;
 * - `part`: the edge of a paragraph or heading. Typograf typesets each paragraph and heading
 *   of an HTML page on its own, so a quotation left open in one does not nest the quotes of
 *   the next: a part boundary starts afresh in the same way.
 */
export type Separator = "element" | "end" | "part";

/** Typograf's marker for text it hides from its rules (its `privateLabel`). */
const MARK = "\uF000";
const ELEMENT_MARK = `${MARK}s${MARK}`;
const END_MARK = `${MARK}e${MARK}`;
const PART_MARK = `${MARK}p${MARK}`;
/**
 * Between two parts whose text has quote marks: a straight quote between two markers is
 * left as it is, and there typograf's nesting of quotes (« ‹ › ») starts afresh, as it
 * does in each part of a page.
 */
const QUOTED_PARTS_JOINT = `${PART_MARK}"${PART_MARK}`;
const SEPARATORS = new RegExp(`${MARK}[se]${MARK}|${PART_MARK}(?:"${PART_MARK})?`, "g");
/** The quote marks typograf's quote rule works on (its `common/quote`). */
const QUOTE_MARKS = /[«‹»›„“‟”"]/;
/** Characters typograf gives a meaning; a contributor's own are hidden from it, then given back. */
const TYPOGRAF_PRIVATE = /[\uF000\uF001]/g;
/** The `&lt;…&gt;` typograf hides in a page's text: written tags, then lone angle brackets. */
const ANGLE_BRACKETS = /<\/?[a-z][^]*?>|[<>]/gi;
const HIDDEN_SPAN = new RegExp(`${MARK}h(\\d+)${MARK}`, "g");
const HIDDEN_CHARACTER = new RegExp(`${MARK}c(\\d+)${MARK}`, "g");

const OPENING_TAG: TagInfo = { group: "html", isClosing: false };
const CLOSING_TAG: TagInfo = { group: "html", isClosing: true };

/**
 * What the quote rule learns about one of our markers: elements and hidden `<…>` are HTML
 * tags to it, as they were when it hid the tags of a page itself; part boundaries and
 * hidden characters are nothing. `undefined` for a marker of typograf's own (`\uF000tf12\uF000`).
 */
function tagInfoOf(marker: string): TagInfo | null | undefined {
  if (marker === ELEMENT_MARK) return OPENING_TAG;
  if (marker === END_MARK) return CLOSING_TAG;
  if (marker === PART_MARK) return null;
  const digit = marker[2];
  if (digit === undefined || digit < "0" || digit > "9") return undefined;
  return marker[1] === "h" ? OPENING_TAG : marker[1] === "c" ? null : undefined;
}

/**
 * Lets typograf's quote rule read our markers as the tags they stand for: it asks its
 * `SafeTags` about the tag next to a quote mark, and we answer for our markers before it
 * looks for one of its own. This leans on how typograf 7.8 (pinned) works inside;
 * tests/render/contributor-text.test.ts compares the result with typograf on the page.
 */
function answerForOurMarkers(safeTags: SafeTags): void {
  const theirPrevious = safeTags.getPrevTagInfo.bind(safeTags);
  const theirNext = safeTags.getNextTagInfo.bind(safeTags);
  // Called with the position of a quote mark whose previous character closes a marker.
  safeTags.getPrevTagInfo = (context, text, position) => {
    const close = position - 1;
    const open = text.lastIndexOf(MARK, close - 1);
    const ours = open < 0 ? undefined : tagInfoOf(text.slice(open, close + 1));
    return ours === undefined ? theirPrevious(context, text, position) : ours;
  };
  // Called with the position of a quote mark whose next character opens a marker.
  safeTags.getNextTagInfo = (context, text, position) => {
    const open = position + 1;
    const close = text.indexOf(MARK, open + 1);
    const ours = close < 0 ? undefined : tagInfoOf(text.slice(open, close + 1));
    return ours === undefined ? theirNext(context, text, position) : ours;
  };
}

/**
 * Before its rules, typograf searches every text for the elements it protects whole (`<code>`,
 * `<pre>`, `<!--`…: its "html" group), thirteen searches in all. Our texts hold no `<`, every
 * one hidden beforehand: it still resets what it hid, but searches an empty text.
 */
function searchNoTagsIn(safeTags: SafeTags): void {
  const theirHide = safeTags.hide.bind(safeTags);
  safeTags.hide = (context, group) => {
    if (group !== "html" || context.text.includes("<")) return theirHide(context, group);
    const text = context.text;
    context.text = "";
    theirHide(context, group);
    context.text = text;
  };
}

const typograf = frenchTypograf();
answerForOurMarkers(typograf.safeTags);
searchNoTagsIn(typograf.safeTags);

/** Consecutive texts up to a part boundary, written as typograf is to see them. */
interface Part {
  /** Index of its first text. */
  readonly first: number;
  readonly texts: number;
  readonly page: string;
  readonly quoted: boolean;
}

/**
 * Typesets texts that elements separate, as typograf typesets the text of the HTML they
 * form: `between[i]` stands between `texts[i]` and `texts[i + 1]`, so that « *mot* », a
 * colon after `**gras**` or an apostrophe after a link come out as they do on the page.
 * Texts are plain: `&`, `<` and `>` are characters, never markup. Returns the texts, typeset.
 *
 * Typograf runs once on the parts with quote marks and once on the others, rather than
 * once per part: parts are independent, and its quote rule, the costliest, then reads
 * only the text that has quote marks.
 */
export function typesetBetween(texts: readonly string[], between: readonly Separator[]): string[] {
  if (texts.length !== between.length + 1) throw new Error(`${texts.length} texts cannot surround ${between.length} separators`);
  const hidden: string[] = [];
  const parts: Part[] = [];
  let first = 0;
  let page = "";
  const endPart = (next: number) => {
    const visible = hideAngleBrackets(page, hidden);
    parts.push({ first, texts: next - first, page: visible, quoted: QUOTE_MARKS.test(visible) });
    first = next;
    page = "";
  };
  texts.forEach((text, index) => {
    page += escapeText(text, hidden);
    const separator = between[index];
    if (separator === "part") endPart(index + 1);
    else if (separator !== undefined) page += separator === "end" ? END_MARK : ELEMENT_MARK;
  });
  endPart(texts.length);

  const reveal = (_: string, index: string) => {
    const original = hidden[Number(index)];
    if (original === undefined) throw new Error(`typograf invented hidden text number ${index}`);
    return original;
  };
  const typeset: string[] = [];
  for (const quoted of [true, false]) {
    const group = parts.filter((part) => part.quoted === quoted);
    if (group.length === 0) continue;
    const pages = group.map((part) => part.page).join(quoted ? QUOTED_PARTS_JOINT : PART_MARK);
    const pieces = typograf.execute(pages).replace(HIDDEN_SPAN, reveal).split(SEPARATORS);
    const expected = group.reduce((sum, part) => sum + part.texts, 0);
    if (pieces.length !== expected) throw new Error(`typograf lost or added separators: ${pieces.length} texts instead of ${expected}`);
    let piece = 0;
    for (const part of group) {
      for (let index = part.first; index < part.first + part.texts; index++) {
        typeset[index] = pieces[piece++]!.replaceAll("&amp;", "&").replace(HIDDEN_CHARACTER, reveal);
      }
    }
  }
  return typeset;
}

/** What `typesetBetween` escapes or hides in a text before typograf reads it. */
const NOT_PLAIN_FOR_TYPOGRAF = /[&<>\uF000\uF001]/;

/** French typography on one plain text: a title, a summary, a place. */
export function frenchTypography(text: string): string {
  // Most short texts hold nothing to escape or hide: typograf reads them as they are.
  if (!NOT_PLAIN_FOR_TYPOGRAF.test(text)) return typograf.execute(text);
  return typesetBetween([text], [])[0]!;
}

/**
 * `&` as the `&amp;` typograf finds in a page, so that it decodes no entity the contributor
 * wrote as text (`&#39;`); typograf's own marker characters hidden, to be given back as written.
 */
function escapeText(text: string, hidden: string[]): string {
  if (!text.includes("&") && !text.includes(MARK) && !text.includes("\uF001")) return text;
  return text
    .replaceAll("&", "&amp;")
    .replace(TYPOGRAF_PRIVATE, (character) => `${MARK}c${hidden.push(character) - 1}${MARK}`);
}

/**
 * On a page, typograf hides `&lt;b&gt;` and lone `&lt;` or `&gt;` like tags, within one part:
 * the same here, before it sees the text. What is hidden comes back as it was written.
 */
function hideAngleBrackets(part: string, hidden: string[]): string {
  if (!part.includes("<") && !part.includes(">")) return part;
  return part.replace(ANGLE_BRACKETS, (span) => `${MARK}h${hidden.push(span) - 1}${MARK}`);
}

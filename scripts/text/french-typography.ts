/**
 * French typography on rendered pages, with typograf: « » with their no-break spaces,
 * curly apostrophes, ellipses, « 1er »… Typograf's own rules remove the space before
 * « : ; ! ? % », which is right in English and wrong in French (its issue 317): those
 * two rules are off, and ours puts the spaces French requires.
 */
import * as typografModule from "typograf";
import type { TypografPrefs, TypografRule } from "typograf";

interface TypografInstance {
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
const HIGH_PUNCTUATION = new RegExp(`([^\\s${NBSP}${NARROW_NBSP}(«])${SPACE_BEFORE}([;!?]+)(?![\\p{L}\\p{N}])`, "gu");
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

const typograf = new Typograf({ locale: ["fr"], htmlEntity: { type: "default" } });
typograf.disableRule("*");
for (const rule of RULES) typograf.enableRule(rule);

/** Applies French typography to an HTML page: text only, never tags, attributes, code or scripts. */
export function frenchTypography(html: string): string {
  return typograf.execute(html);
}

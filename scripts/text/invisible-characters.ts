/**
 * Characters a contributor cannot see but that change what readers, feeds and terminals get:
 * control characters, Unicode noncharacters, bidirectional controls and zero-width characters.
 * One table says what each one is called in French and which kind of text may hold it; the
 * checks on frontmatter and body, and the escaping of values in messages, all read it.
 */

/** Why a character is unwelcome; each kind has its own French explanation in the messages. */
export type InvisibleKind = "control" | "noncharacter" | "surrogate" | "bidi" | "invisible";

/**
 * Where a text is written decides what it may hold:
 * - `identifier`: titles, names, places, URLs, codes… — short texts that identify something,
 *   compared and linked by their exact characters. Nothing invisible at all.
 * - `runningText`: summaries, prose in a YAML field.
 * - `body`: the Markdown body, prose with tabs and line breaks.
 *
 * Running text and the body may hold the characters that only join, separate or mark the
 * direction of letters: the zero-width joiner builds emoji sequences (👩‍🌾) and, with the
 * non-joiner, is part of correct spelling in Persian and Indic scripts; the left-to-right and
 * right-to-left marks place punctuation correctly next to a quoted Arabic or Hebrew name; a
 * zero-width space or a soft hyphen is a line-break hint pasted from web pages. None of them
 * can reorder or hide the text around them. Embeddings, overrides and isolates can (« Trojan
 * Source »: displayed text that reads differently from what is stored), and tag characters
 * carry text nobody sees: both are refused everywhere, except the tags of a flag emoji.
 */
export type TextPolicy = "identifier" | "runningText" | "body";

/** French names, after the French edition of ISO/IEC 10646 where it has one. */
const NAMES: ReadonlyMap<number, string> = new Map([
  [0x00, "caractère nul"],
  [0x07, "sonnerie"],
  [0x08, "retour arrière"],
  [0x09, "tabulation"],
  [0x0a, "saut de ligne"],
  [0x0b, "tabulation verticale"],
  [0x0c, "saut de page"],
  [0x0d, "retour chariot"],
  [0x1b, "échappement"],
  [0x7f, "suppression"],
  [0x85, "passage à la ligne"],
  [0x9b, "introducteur de séquence de contrôle"],
  [0x00ad, "trait d’union conditionnel"],
  [0x061c, "marque de lettre arabe"],
  [0x115f, "remplissage hangûl"],
  [0x1160, "remplissage hangûl"],
  [0x180e, "séparateur de voyelles mongol"],
  [0x200b, "espace sans chasse"],
  [0x200c, "antiliant sans chasse"],
  [0x200d, "liant sans chasse"],
  [0x200e, "marque gauche-à-droite"],
  [0x200f, "marque droite-à-gauche"],
  [0x202a, "enchâssement gauche-à-droite"],
  [0x202b, "enchâssement droite-à-gauche"],
  [0x202c, "fin d’enchâssement ou de forçage"],
  [0x202d, "forçage gauche-à-droite"],
  [0x202e, "forçage droite-à-gauche"],
  [0x2060, "gluon de mots"],
  [0x2061, "opérateur invisible"],
  [0x2062, "opérateur invisible"],
  [0x2063, "opérateur invisible"],
  [0x2064, "opérateur invisible"],
  [0x2066, "isolat gauche-à-droite"],
  [0x2067, "isolat droite-à-gauche"],
  [0x2068, "isolat de direction automatique"],
  [0x2069, "fin d’isolat"],
  [0x3164, "remplissage hangûl"],
  [0xfeff, "espace insécable sans chasse"],
  [0xffa0, "remplissage hangûl"],
]);

/** Direction marks: invisible, but they cannot reorder strong letters. */
const DIRECTION_MARKS = new Set([0x200e, 0x200f, 0x061c]);
/** Embeddings, overrides and isolates, and their terminators: they reorder what is displayed. */
const BIDI_REORDERING = new Set([0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
/** Zero-width characters that prose legitimately holds (see `TextPolicy`). */
const PROSE_ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
/** Other characters that draw nothing and so let two different strings look the same. */
const OTHER_INVISIBLE = new Set([0x115f, 0x1160, 0x180e, 0x2061, 0x2062, 0x2063, 0x2064, 0x3164, 0xffa0]);

function isTag(codePoint: number): boolean {
  return codePoint >= 0xe0000 && codePoint <= 0xe007f;
}

/** U+FDD0–U+FDEF, and the last two code points of every plane (U+FFFE, U+1FFFF…). */
function isNoncharacter(codePoint: number): boolean {
  return (codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe;
}

/** C0 controls, DEL and C1 controls. */
function isControl(codePoint: number): boolean {
  return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);
}

/** What kind of unwelcome character this is, whatever the text; undefined for an ordinary one. */
export function invisibleKind(codePoint: number): InvisibleKind | undefined {
  if (isControl(codePoint)) return "control";
  if (isNoncharacter(codePoint)) return "noncharacter";
  // Only reachable through a YAML escape (`"\uD800"`): the files themselves are strict UTF-8.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return "surrogate";
  if (BIDI_REORDERING.has(codePoint) || DIRECTION_MARKS.has(codePoint)) return "bidi";
  if (PROSE_ZERO_WIDTH.has(codePoint) || OTHER_INVISIBLE.has(codePoint) || isTag(codePoint)) return "invisible";
  return undefined;
}

/** Whether a text written under this policy may hold this character. */
function isAllowed(codePoint: number, policy: TextPolicy): boolean {
  if (policy === "body" && (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d)) return true;
  // A summary may run over several lines (a YAML `|` block); a blank line is refused by its own rule.
  if (policy === "runningText" && codePoint === 0x0a) return true;
  if (policy !== "identifier" && (DIRECTION_MARKS.has(codePoint) || PROSE_ZERO_WIDTH.has(codePoint))) return true;
  return false;
}

/**
 * `U+200D (liant sans chasse)`: how messages name a character. Characters without a name of
 * their own are only numbered: the message then says what kind of character it is.
 */
export function characterLabel(codePoint: number): string {
  const name = NAMES.get(codePoint) ?? (isTag(codePoint) ? "étiquette Unicode" : undefined);
  return name ? `${unicodeName(codePoint)} (${name})` : unicodeName(codePoint);
}

/** A subdivision flag (🏴 + tags + cancel tag, e.g. Scotland): the only place where tags are text. */
const FLAG_TAG_SEQUENCE = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;

export interface Found {
  readonly codePoint: number;
  readonly kind: InvisibleKind;
  /** Index in UTF-16 code units, as editors and the YAML parser count columns. */
  readonly index: number;
}

/**
 * Nearly every text holds none of these characters: one regular expression finds that out at
 * the speed of the regex engine (measured on 20 MB of prose: about 40 ms, against 0.24 s for a
 * lookup-table loop and 0.5 to 1.5 s for a class listing the unwelcome characters, whose
 * ranges V8 searches for every character), and only a suspect text is read
 * character by character. `SAFE` is every BMP character `invisibleKind` accepts, except
 * surrogates: a text with an emoji or another character beyond U+FFFF is suspect, and read.
 */
const SAFE =
  "\\x20-\\x7e\\xa0-\\xac\\xae-\\u061b\\u061d-\\u115e\\u1161-\\u180d\\u180f-\\u200a\\u2010-\\u2029" +
  "\\u202f-\\u205f\\u206a-\\u3163\\u3165-\\ud7ff\\ue000-\\ufdcf\\ufdf0-\\ufefe\\uff00-\\uff9f\\uffa1-\\ufffd";
const SUSPECT = new RegExp(`[^${SAFE}]`);
/** The body's version leaves out tab and line breaks, which prose is full of. */
const SUSPECT_IN_BODY = new RegExp(`[^\\t\\n\\r${SAFE}]`);

/** Every character of `text` that `policy` refuses, in order. */
export function findInvisibleCharacters(text: string, policy: TextPolicy): Found[] {
  if (!(policy === "body" ? SUSPECT_IN_BODY : SUSPECT).test(text)) return [];
  const flagged: Found[] = [];
  // Flag sequences in order, followed along with the text (never searched again for each character).
  const flags = policy === "identifier" ? [] : [...text.matchAll(FLAG_TAG_SEQUENCE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let flag = 0;
  let index = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const kind = invisibleKind(codePoint);
    while ((flags[flag]?.end ?? Infinity) <= index) flag += 1;
    const inFlag = index >= (flags[flag]?.start ?? Infinity);
    if (kind && !isAllowed(codePoint, policy) && !(isTag(codePoint) && inFlag)) flagged.push({ codePoint, kind, index });
    index += char.length;
  }
  return flagged;
}

/**
 * The text with every control, noncharacter, bidirectional and zero-width character written as
 * a visible `<U+001B>`: what messages print of a contributor's value or file name, so that an
 * escape sequence never reaches a terminal and a right-to-left override never turns a message
 * around. Line breaks are escaped too, so a value can never forge a line of its own.
 */
export function visibleText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  let shown = "";
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    shown += invisibleKind(codePoint) ? `<${unicodeName(codePoint)}>` : char;
  }
  return shown;
}

/** `U+001B`, `U+E0041`. */
function unicodeName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The little French grammar that messages with a number or a name in them need: plural,
 * elision, numbers with a decimal comma. In one place so that no message gets « 1 erreurs »,
 * « Code de Annecy » or « 2.4 s » again.
 */

/**
 * French puts a noun in the plural from 2 on: « 0 erreur », « 1 erreur », « 1,5 minute »,
 * « 2 erreurs ». The singular is also the form for every count below 2.
 */
export function isPlural(count: number): boolean {
  return Math.abs(count) >= 2;
}

/** `2 erreurs`, `1 erreur`: the count, then the noun in the right number. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${decimal(count)} ${isPlural(count) ? pluralForm : singular}`;
}

/** The word that agrees with a count: `agree(1, "la", "les")` → « la ». */
export function agree<T>(count: number, one: T, many: T): T {
  return isPlural(count) ? many : one;
}

const decimalFormats = new Map<number, Intl.NumberFormat>();

/**
 * A number as French readers write it: decimal comma, a narrow no-break space between
 * thousands (« 10 000 », « 2,4 »), with at most `digits` decimals.
 */
export function decimal(value: number, digits = 1): string {
  let format = decimalFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: digits });
    decimalFormats.set(digits, format);
  }
  return format.format(value);
}

const oneDecimal = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A measure with exactly one decimal, even a round one, so that successive runs line up: « 2,0 », « 12,3 ». */
export function withOneDecimal(value: number): string {
  return oneDecimal.format(value);
}

/** A count already written for people (« 10 », « 0,5 », « 1 250 ») read back as a number. */
export function countOf(written: string): number {
  return Number(written.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
}

/**
 * « de » before a name, elided or contracted as French wants it: « d’Annecy », « de Figeac »,
 * « du Havre », « des Ulis », « de La Rochelle ». Only before a vowel: before « h » French
 * elides or not depending on the word (« d’Hyères » but « de Haguenau »), and a missed elision
 * reads better than a wrong one.
 */
export function ofName(name: string): string {
  const contracted = /^(Le|Les) (.+)$/.exec(name);
  if (contracted) return `${contracted[1] === "Le" ? "du" : "des"} ${contracted[2]}`;
  return /^[aeiouâàäéèêëîïôöûùüœæ]/i.test(name) ? `d’${name}` : `de ${name}`;
}

import { slugWithFallback } from "./slugify.ts";

/**
 * The key under which an actor is indexed: « IUT de Figeac », « I.U.T. de Figeac » and
 * « iut  de figeac » are one actor. Accents, case, dots and spacing do not count, in Latin
 * script; letters of every other script are kept as they are (« Ассоциация Солидарность »
 * is an actor too, not an empty name), with their marks: in Devanagari or Japanese a mark
 * makes another word, not an accented one. Invisible characters never count: a zero-width
 * joiner cannot turn « Eusko » into a second actor that looks the same (validation refuses
 * them in names anyway).
 */
export function normaliseActorName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .replace(/\p{Default_Ignorable_Code_Point}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[.’'`]/g, "")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim()
    .normalize("NFC");
}

/**
 * The slug of an actor's page: `euskal-moneta`, or for a name in another script a stable
 * hash-based slug such as `acteur-5e1f0c2a9b` (see `slugWithFallback` for why).
 */
export function actorSlug(name: string): string {
  const key = normaliseActorName(name);
  return slugWithFallback(name, key, /^[a-z0-9 ]*$/.test(key), "acteur");
}

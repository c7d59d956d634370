import { createHash } from "node:crypto";
import { foldForComparison } from "./suggest.ts";

/** Slugs are lowercase ASCII letters, digits and single hyphens: `pays-midi-quercy`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Turns a French title into a slug: « Cœur Haute Lande » → `coeur-haute-lande`. Invisible
 * characters (a pasted soft hyphen or zero-width joiner) are dropped, not made into hyphens.
 */
export function slugify(title: string): string {
  const visible = title.replace(/\p{Default_Ignorable_Code_Point}/gu, "");
  return foldForComparison(visible.replace(/œ/gi, "oe").replace(/æ/gi, "ae").replace(/ß/g, "ss"))
    .replace(/['’]/g, "-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/**
 * A slug for a name in any script. A name that `slugify` can spell in full keeps its plain slug
 * (`euskal-moneta`): the URLs already published do not move. A name with letters it cannot
 * spell (« Ассоциация Солидарность », « جمعية », « 協同組合 », or « Coop 生協 ») gets what could
 * be spelled, or `fallback`, followed by a hash of `identity`: `acteur-5e1f0c2a9b`.
 *
 * Why a hash rather than the name itself in the URL (`/acteurs/ассоциация-солидарность/`):
 * without transliteration tables nothing readable can be made ASCII, and a Unicode path is a
 * file name too — normalised differently by macOS (NFD) and Linux (NFC), percent-encoded in
 * links, sitemaps and the offline copy, where one encoding mistake is a broken link. The
 * hash is ASCII, the same on every build and every machine (it depends on the name only), and
 * different names get different hashes: 40 bits, so two of a thousand such names meet with a
 * probability of one in two million — and the caller still numbers a clash, as for any slug.
 *
 * `identity` is what makes two spellings the same thing (for an actor, its normalised name);
 * `complete` says whether `slugify` lost none of its letters.
 */
export function slugWithFallback(name: string, identity: string, complete: boolean, fallback: string): string {
  const spelled = slugify(name);
  if (complete && spelled !== "") return spelled;
  const hash = createHash("sha256").update(identity.normalize("NFC"), "utf8").digest("hex").slice(0, 10);
  return `${spelled || fallback}-${hash}`;
}

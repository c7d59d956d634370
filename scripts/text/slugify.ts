import { foldForComparison } from "./suggest.ts";

/** Slugs are lowercase ASCII letters, digits and single hyphens: `pays-midi-quercy`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns a French title into a slug: « Cœur Haute Lande » → `coeur-haute-lande`. */
export function slugify(title: string): string {
  return foldForComparison(title.replace(/œ/gi, "oe").replace(/æ/gi, "ae"))
    .replace(/['’]/g, "-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

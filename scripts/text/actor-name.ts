import { foldForComparison } from "./suggest.ts";

/**
 * The key under which an actor is indexed: « IUT de Figeac », « I.U.T. de Figeac » and
 * « iut  de figeac » are one actor. Accents, case, dots and spacing do not count.
 */
export function normaliseActorName(name: string): string {
  return foldForComparison(name)
    .replace(/[.’'`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

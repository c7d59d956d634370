import { distance } from "fastest-levenshtein";

/** Lowercase, without accents: the form in which contributors' near-misses are compared. */
export function foldForComparison(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/**
 * The known value closest to what a contributor typed, when it is close enough to be a
 * likely typo (or a prefix of a longer name); undefined when nothing is plausibly meant.
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const typed = foldForComparison(input);
  if (typed === "") return undefined;
  let best: { value: string; score: number } | undefined;
  for (const candidate of candidates) {
    const folded = foldForComparison(candidate);
    let score = distance(typed, folded);
    if (folded.startsWith(typed) || typed.startsWith(folded)) score = Math.min(score, 1);
    if (!best || score < best.score) best = { value: candidate, score };
  }
  if (!best) return undefined;
  const tolerance = Math.max(2, Math.floor(typed.length / 3));
  return best.score <= tolerance ? best.value : undefined;
}

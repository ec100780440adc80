import { distance } from 'fastest-levenshtein';

const MAX_WORD = 100;

/**
 * The candidate closest to `word` by edit distance, if it is close enough to be a likely typo: at most a third of
 * the word's length (and at least 2) edits away, compared case-insensitively. Ties go to the first candidate.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  // Edit distance costs the product of the lengths: a long value (a pasted paragraph) is no typo of a short id.
  if (word.length > MAX_WORD) return undefined;
  const wanted = word.toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    // Cheap bound first: the length difference alone is a lower bound of the distance.
    if (Math.abs(candidate.length - wanted.length) >= bestDistance) continue;
    const d = distance(wanted, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** " (did you mean 'x'?)" when there is a close candidate, else "". */
export function didYouMean(word: string, candidates: Iterable<string>, quote = "'"): string {
  const match = closest(word, candidates);
  return match === undefined ? '' : ` (did you mean ${quote}${match}${quote}?)`;
}

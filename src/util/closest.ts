import { distance } from 'fastest-levenshtein';

const MAX_WORD = 100;

interface Candidate {
  word: string;
  /** Lower-cased once, rather than at every lookup. */
  lower: string;
  /** Its place among the candidates given, for ties. */
  index: number;
}

/**
 * Candidate words grouped by length, for looking up many words among many candidates (every id of a large repo):
 * a lookup compares only the candidates whose length is close enough, since the length difference alone is a
 * lower bound of the edit distance.
 */
export class Candidates {
  private readonly byLength = new Map<number, Candidate[]>();

  constructor(words: Iterable<string>) {
    let index = 0;
    for (const word of words) {
      const candidate = { word, lower: word.toLowerCase(), index: index++ };
      const group = this.byLength.get(word.length);
      if (group) group.push(candidate);
      else this.byLength.set(word.length, [candidate]);
    }
  }

  /**
   * The candidate closest to `word` by edit distance, if it is close enough to be a likely typo: at most a third of
   * the word's length (and at least 2) edits away, compared case-insensitively. Ties go to the first candidate.
   */
  closest(word: string): string | undefined {
    // Edit distance costs the product of the lengths: a long value (a pasted paragraph) is no typo of a short id.
    if (word.length > MAX_WORD) return undefined;
    const wanted = word.toLowerCase();
    const limit = Math.max(2, Math.floor(wanted.length / 3));
    let best: Candidate | undefined;
    let bestDistance = limit + 1;
    // Nearest lengths first, so that the bound tightens early; up to the best distance itself, for a tie with an
    // earlier candidate.
    for (let gap = 0; gap <= Math.min(bestDistance, limit); gap++) {
      for (const length of gap === 0 ? [wanted.length] : [wanted.length - gap, wanted.length + gap]) {
        for (const candidate of this.byLength.get(length) ?? []) {
          const d = distance(wanted, candidate.lower);
          if (d < bestDistance || (d === bestDistance && best && candidate.index < best.index)) {
            best = candidate;
            bestDistance = d;
          }
        }
      }
    }
    return best?.word;
  }
}

/** The candidate closest to `word`, if close enough to be a likely typo (see `Candidates.closest`). */
export function closest(word: string, candidates: Iterable<string> | Candidates): string | undefined {
  return (candidates instanceof Candidates ? candidates : new Candidates(candidates)).closest(word);
}

/** " (did you mean 'x'?)" when there is a close candidate, else "". */
export function didYouMean(word: string, candidates: Iterable<string> | Candidates, quote = "'"): string {
  const match = closest(word, candidates);
  return match === undefined ? '' : ` (did you mean ${quote}${match}${quote}?)`;
}

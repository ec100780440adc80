import { distance } from 'fastest-levenshtein';

const MAX_WORD = 100;

/** Lookups made by going through the words before they are grouped by length (see `Candidates`). */
const SCANS_BEFORE_INDEX = 2;

interface Candidate {
  word: string;
  /** Lower-cased once, rather than at every lookup. */
  lower: string;
  /** The characters of `lower`, as a set of buckets (see `CharacterSet`). */
  characters: CharacterSet;
  /** Its place among the candidates given, for ties. */
  index: number;
}

/**
 * Candidate words grouped by the length of their lower case, for looking up many words among many candidates (every
 * id of a large repo). A lookup measures the edit distance only to candidates that a cheap lower bound does not
 * rule out (the length difference, and the characters one word has and the other lacks), nearest bound first, so
 * that the best distance found soon rules out the rest.
 */
export class Candidates {
  private readonly words: string[];
  private byLength: Map<number, Candidate[]> | undefined;
  private lookups = 0;

  constructor(words: Iterable<string>) {
    this.words = [...words];
  }

  /** Grouped once several lookups have been made: for one or two, going through the words costs less. */
  private groups(): Map<number, Candidate[]> | undefined {
    if (this.byLength || ++this.lookups <= SCANS_BEFORE_INDEX) return this.byLength;
    this.byLength = new Map();
    this.words.forEach((word, index) => {
      const lower = word.toLowerCase();
      const candidate = { word, lower, characters: characterSet(lower), index };
      // By the lower case's length: a few capitals ('İ') lower-case to two characters.
      const group = this.byLength!.get(lower.length);
      if (group) group.push(candidate);
      else this.byLength!.set(lower.length, [candidate]);
    });
    return this.byLength;
  }

  /**
   * The candidate closest to `word` by edit distance, if it is close enough to be a likely typo: at most a third of
   * the word's length (and at least 2) edits away, compared case-insensitively. Ties go to the first candidate.
   */
  closest(word: string): string | undefined {
    // Edit distance costs the product of the lengths: a long value (a pasted paragraph) is no typo of a short id.
    if (word.length > MAX_WORD) return undefined;
    const wanted = word.toLowerCase();
    const characters = characterSet(wanted);
    const limit = Math.max(2, Math.floor(word.length / 3));
    const byLength = this.groups();
    if (!byLength) return this.scan(wanted, characters, limit);
    // The candidates within the limit by their lower bound, in their given order within each bound.
    const byBound: Candidate[][] = Array.from({ length: limit + 1 }, () => []);
    for (let length = wanted.length - limit; length <= wanted.length + limit; length++) {
      const gap = Math.abs(length - wanted.length);
      for (const candidate of byLength.get(length) ?? []) {
        const bound = Math.max(gap, editsAtLeast(characters, candidate.characters));
        if (bound <= limit) byBound[bound]!.push(candidate);
      }
    }
    let best: Candidate | undefined;
    let bestDistance = limit + 1;
    // Up to the best distance itself, for a tie with an earlier candidate.
    for (let bound = 0; bound <= Math.min(bestDistance, limit); bound++) {
      for (const candidate of byBound[bound]!) {
        if (bound === bestDistance && candidate.index > best!.index) continue;
        const d = distance(wanted, candidate.lower);
        if (d < bestDistance || (d === bestDistance && best !== undefined && candidate.index < best.index)) {
          best = candidate;
          bestDistance = d;
        }
      }
    }
    return best?.word;
  }

  /** The same as the lookup through the groups, going through the words in order, with the same bounds. */
  private scan(wanted: string, characters: CharacterSet, limit: number): string | undefined {
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const word of this.words) {
      const lower = word.toLowerCase();
      // Strictly less, for the first of candidates at the same distance.
      if (Math.abs(lower.length - wanted.length) >= bestDistance || editsAtLeast(characters, characterSet(lower)) >= bestDistance) continue;
      const d = distance(wanted, lower);
      if (d < bestDistance) {
        best = word;
        bestDistance = d;
      }
    }
    return best;
  }
}

/**
 * Which characters a word holds, as 64 buckets in two 32-bit masks: letters and digits have a bucket each, '-',
 * '_' and '.' too, any other character shares one of the rest.
 */
interface CharacterSet {
  low: number;
  high: number;
}

function characterSet(word: string): CharacterSet {
  let low = 0;
  let high = 0;
  for (let at = 0; at < word.length; at++) {
    const bucket = bucketOf(word.charCodeAt(at));
    if (bucket < 32) low |= 1 << bucket;
    else high |= 1 << (bucket - 32);
  }
  return { low, high };
}

function bucketOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97; // a-z
  if (code >= 48 && code <= 57) return code - 48 + 26; // 0-9
  if (code === 45) return 36; // -
  if (code === 95) return 37; // _
  if (code === 46) return 38; // .
  return 39 + (code % 25);
}

/**
 * A lower bound of the edit distance between two words: each edit brings in at most one character the other word
 * lacks and takes out at most one it does not have, so it takes at least as many edits as either word has buckets
 * the other lacks. (Buckets shared by several characters only make the bound lower, never wrong.)
 */
function editsAtLeast(a: CharacterSet, b: CharacterSet): number {
  return Math.max(bitCount(a.low & ~b.low) + bitCount(a.high & ~b.high), bitCount(b.low & ~a.low) + bitCount(b.high & ~a.high));
}

function bitCount(bits: number): number {
  let x = bits - ((bits >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
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

/**
 * The `count` candidates nearest to `word`, compared case-insensitively: those that contain it first (`amara` is
 * part of `amara-nwosu`), then by edit distance; ties in the given order.
 */
export function nearest(word: string, candidates: Iterable<string>, count: number): string[] {
  const wanted = word.slice(0, MAX_WORD).toLowerCase();
  return [...candidates]
    .map((candidate, index) => {
      const lower = candidate.slice(0, MAX_WORD).toLowerCase();
      return { candidate, index, contains: lower.includes(wanted) ? 0 : 1, distance: distance(wanted, lower) };
    })
    .sort((a, b) => a.contains - b.contains || a.distance - b.distance || a.index - b.index)
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

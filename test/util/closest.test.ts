import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { Candidates, closest, didYouMean, nearest } from '../../src/util/closest.js';

/** What `closest` must give: the first candidate at the least edit distance, if within the limit. */
function naive(word: string, candidates: string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

const SEED = 20261204;

describe('closest', () => {
  it('finds a likely typo, case-insensitively, and nothing for a word too far from every candidate', () => {
    expect(closest('reviewd', ['owner', 'reviewed', 'review'])).toBe('reviewed');
    expect(closest('DMITRI-schmidt-old', ['dmitri-schmidt', 'dmitri-schmitt'])).toBe('dmitri-schmidt');
    expect(closest('payroll', ['ledger', 'invoice'])).toBeUndefined();
    expect(didYouMean('sytem', ['system'])).toBe(" (did you mean 'system'?)");
    expect(didYouMean('x'.repeat(101), ['x'.repeat(101)])).toBe('');
  });

  it('gives the first of candidates at the same distance, whatever their lengths', () => {
    expect(closest('abcd', ['abcdxy', 'abxd', 'abc', 'abcdx'])).toBe('abxd');
    expect(closest('abcd', ['abcde', 'abc'])).toBe('abcde');
    expect(closest('abcd', ['abc', 'abcde'])).toBe('abc');
  });

  it(`agrees with comparing every candidate, looked up through one index many times (fast-check seed ${SEED})`, () => {
    // Letters, digits, the id punctuation, others that share a bucket of the character sets ('é', '!', ':'), and 'İ', which lower-cases to two characters.
    const word = fc.stringMatching(/^[a-dA-D0-2._!:éİ-]{0,10}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { minLength: 1, maxLength: 5 }), (candidates, words) => {
        const index = new Candidates(candidates);
        for (const one of words) expect(index.closest(one)).toBe(naive(one, candidates));
      }),
      { numRuns: 2000, seed: SEED },
    );
  });
});

describe('nearest', () => {
  it('gives those that contain the word first, then the rest by edit distance, ties in the given order', () => {
    const people = ['ana-costa', 'elif-kaya', 'amara-nwosu', 'kofi-asante', 'ana'];
    expect(nearest('amara', people, 3)).toEqual(['amara-nwosu', 'ana', 'ana-costa']);
    expect(nearest('AMARA', people, 1)).toEqual(['amara-nwosu']);
    expect(nearest('zz', ['b', 'a'], 5)).toEqual(['b', 'a']);
    expect(nearest('x', [], 3)).toEqual([]);
  });
});

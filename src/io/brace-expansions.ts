/**
 * How many patterns a glob pattern's brace groups stand for (see `fileMatcher`, which matches them): groups side
 * by side multiply (`{a,b}{c,d}` gives 4), choices add up, nested groups count inside their choice, and a range
 * `{1..100}` counts its members. An unmatched brace or an escaped one counts for nothing. Counted without
 * expanding, so that a pattern of many groups is measured before anything is built from it.
 */
export function braceExpansions(pattern: string): number {
  let at = 0;

  /** The count of what follows `at` up to the end of the pattern, or of the current choice inside a group. */
  function sequence(inGroup: boolean): number {
    let count = 1;
    while (at < pattern.length) {
      const char = pattern[at];
      if (char === '\\') at += 2;
      else if (inGroup && (char === ',' || char === '}')) break;
      else if (char === '{') count *= group();
      else at++;
    }
    return count;
  }

  /** The count of the group that opens at `at`, leaving `at` after it; 1 for an unmatched brace, left as text. */
  function group(): number {
    const open = at++;
    let choices = 0;
    let total = 0;
    for (;;) {
      total += sequence(true);
      choices++;
      if (pattern[at] === ',') at++;
      else if (pattern[at] === '}') break;
      else {
        at = open + 1;
        return 1;
      }
    }
    at++;
    return choices > 1 ? total : total * rangeSize(pattern.slice(open + 1, at - 1));
  }

  return sequence(false);
}

/** The members of a range such as `1..100`, `a..z` or `0..100..10`; 1 for a group that is not a range. */
function rangeSize(body: string): number {
  const range = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/.exec(body);
  if (!range) return 1;
  const value = (end: string) => (/\d/.test(end) ? Number(end) : end.charCodeAt(0));
  const step = Math.abs(Number(range[3] ?? 1)) || 1;
  return Math.floor(Math.abs(value(range[2]!) - value(range[1]!)) / step) + 1;
}

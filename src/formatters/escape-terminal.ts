/**
 * Characters that change the screen without showing themselves: control characters (and with them ANSI escape
 * sequences), line and paragraph separators, and the invisible format characters: Unicode direction controls, which
 * reorder text, and zero-width ones (U+200B, U+200D, U+2060, U+FEFF, variation selectors, tag characters…), which
 * make `ad\u200ba` look like `ada`.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * Makes text from the checked files safe to print: each invisible character is shown as an escape (`\x1b`,
 * `\u200b`, `\u{e0041}`), so a crafted name cannot recolour, move or clear the user's terminal, or make a line read
 * differently from what it holds. The formats people read (text, markdown, github) all show text through it.
 */
export function escapeTerminal(text: string): string {
  return text.replace(INVISIBLE, (char) => {
    const code = char.codePointAt(0)!;
    if (code <= 0xff) return `\\x${hex(code, 2)}`;
    return code <= 0xffff ? `\\u${hex(code, 4)}` : `\\u{${hex(code, 1)}}`;
  });
}

/** Text that may hold line breaks, as its lines, each escaped: for formats that show a line break as one. */
export function escapeTerminalLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(escapeTerminal);
}

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}

/**
 * Makes text from the checked files safe to print: control characters (and with them ANSI escape sequences) and
 * the Unicode controls that reorder text on screen are shown as escapes, so a crafted name cannot recolour, move or
 * clear the user's terminal, or make a line read differently from what it holds.
 */
export function escapeTerminal(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Makes text from the checked files safe to print: control characters (and with them ANSI escape sequences) are
 * shown as \x1b-style escapes, so a crafted name cannot recolour, move or clear the user's terminal.
 */
export function escapeTerminal(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

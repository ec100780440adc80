/**
 * Prepares raw file text for parsing without moving any offset that matters: a leading BOM is dropped (editors do
 * not count it as a column), and lone CR line breaks become LF, which keeps the length and lets the YAML parser
 * and the line index see every line (the parser knows LF and CRLF only).
 */
export function normalizeText(raw: string): string {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * Text for a Markdown table cell: line breaks become `<br>`, `|` is escaped everywhere, and outside `code spans`
 * (which messages use for field names) the characters that start emphasis, links, HTML or entities are escaped, so
 * that text from the checked files shows as written and cannot add markup.
 */
export function cellText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/(`[^`]+`)|[\\`*_[\]<>|~&]/g, (match, span?: string) => (span ? span.replace(/\|/g, '\\|') : `\\${match}`)))
    .join('<br>');
}

/** Text as a code span in a table cell; text that a plain code span cannot hold falls back to `cellText`. */
export function codeSpan(text: string): string {
  return /[`\r\n]/.test(text) ? cellText(text) : `\`${text.replace(/\|/g, '\\|')}\``;
}

/** A URL as a link destination: spaces and parentheses would end it, so they are percent-encoded. */
export function linkTarget(url: string): string {
  return url.replace(/[ ()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

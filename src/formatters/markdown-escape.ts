import { escapeTerminal, escapeTerminalLines } from './escape-terminal.js';

/** The characters that start emphasis, links, HTML, entities, code spans, strikethrough or a table cell. */
const MARKUP = /[\\`*_[\]<>|~&]/g;
const CODE_SPAN_OR_MARKUP = /(`[^`]+`)|[\\`*_[\]<>|~&]/g;

/**
 * Text for a Markdown table cell: invisible characters are shown as escapes, line breaks become `<br>`, `|` is
 * escaped everywhere, and outside `code spans` (which messages use for field names) the markup characters are
 * escaped too, so that text from the checked files shows as written and can neither add markup nor end the cell.
 */
export function cellText(text: string): string {
  return escapeTerminalLines(text)
    .map((line) =>
      line.replace(CODE_SPAN_OR_MARKUP, (match, span?: string) => {
        if (span === undefined) return `\\${match}`;
        return fitsCodeSpan(span.slice(1, -1)) ? asCodeSpan(span.slice(1, -1)) : plain(span);
      }),
    )
    .join('<br>');
}

/** Text as a code span in a table cell, invisible characters shown as escapes; when a code span cannot hold it, plain escaped text. */
export function codeSpan(text: string): string {
  const visible = escapeTerminal(text);
  return fitsCodeSpan(visible) ? asCodeSpan(visible) : plain(visible);
}

/**
 * Inside a code span only the cell's `|` needs escaping, as `\|`. A backtick would end the span, and a backslash
 * already before a `|` cannot be kept: renderers disagree on whether `\\|` ends the cell (marked splits there,
 * markdown-it does not), so such text is written as escaped plain text, which they all read alike.
 */
function fitsCodeSpan(content: string): boolean {
  return !content.includes('`') && !content.includes('\\|');
}

function asCodeSpan(content: string): string {
  return `\`${content.replace(/\|/g, '\\|')}\``;
}

function plain(text: string): string {
  return text.replace(MARKUP, '\\$&');
}

/**
 * A URL as a link destination: every character outside the URL's own set (spaces, parentheses, `|`, `<`, `\`,
 * controls, non-ASCII) is percent-encoded as UTF-8, so the destination can neither end early nor end the cell.
 */
export function linkTarget(url: string): string {
  return url.replace(/[^A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/gu, (char) =>
    [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

// The few parts of iCalendar (RFC 5545) the calendar feed needs: escaping text and parameter values, folding long
// lines, CRLF line ends. Written here rather than taken from a library: the maintained ones (ical.js, ical-generator)
// parse or model whole calendars and weigh far more than these few lines, and govlint loads a report's code on every
// run that writes it; ical.js, a dev dependency, parses what this writes in the tests.
import { escapeTerminalLines } from '../formatters/escape-terminal.js';

/** A property's TEXT value (SUMMARY, DESCRIPTION): backslash, `;` and `,` escaped, line breaks as `\n`, invisible characters shown as escapes. */
export function icsText(text: string): string {
  return escapeTerminalLines(text)
    .map((line) => line.replace(/[\\;,]/g, (char) => `\\${char}`))
    .join('\\n');
}

/**
 * A parameter value (an attendee's CN): quoted when it holds `:`, `;` or `,`; a double quote, which no parameter
 * value can hold, becomes a single one, and invisible characters are shown as escapes.
 */
export function icsParameter(value: string): string {
  const safe = escapeTerminalLines(value).join(' ').replaceAll('"', "'");
  return /[:;,]/.test(safe) ? `"${safe}"` : safe;
}

/** The calendar's text: each content line folded at 75 octets (a continuation starts with a space), all ended by CRLF. */
export function icsDocument(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

const MAX_OCTETS = 75;

/** Folds a content line into lines of at most 75 octets of UTF-8, never inside a character. */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // A continuation line's leading space counts towards its 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

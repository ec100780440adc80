import { escapeTerminal } from '../formatters/escape-terminal.js';

/**
 * Writes one line, `govlint: <message>`, on stderr: every message govlint prints there goes through here (only the
 * stack frames that DEBUG=govlint adds do not). Messages quote config values, file names and git's words, so
 * control characters are escaped: a line break cannot start a line of its own (a GitHub `::error::` or
 * `::stop-commands::` workflow command), nor an escape sequence reach the terminal.
 */
export function writeStderr(message: string): void {
  process.stderr.write(`govlint: ${escapeTerminal(message)}\n`);
}

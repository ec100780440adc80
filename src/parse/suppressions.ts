import { isDate } from '../util/dates.js';
import { SCALAR, visitPositions } from './positions.js';
import type { Range, SourceDocument, SourceFile, Suppression } from './source-file.js';

const MARKER = 'govlint-disable';

/** Findings of this rule cannot be silenced: a file that does not parse hides everything in it. */
export const UNSUPPRESSIBLE_RULE = 'yaml/syntax';
const DIRECTIVE = /^#\s*govlint-disable(-next-line)?(?=\s|$)(.*)$/;
const UNTIL = /^until\s+([^\s:]+)\s*:\s*(.*)$/;
/** The last ` -- ` part may name who approved the exception: `-- approved-by: priya-raman`. */
const APPROVED_BY = /^approved-by\b\s*:?\s*(.*)$/;
const PERSON_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A suppression with an `until` date stops applying the day after it. */
export function isExpired(suppression: Suppression, today: string): boolean {
  return suppression.until !== undefined && suppression.until < today;
}

/**
 * Finds the suppression comments of a file's YAML (for Markdown, its front matter), given its parsed documents. A
 * `govlint-disable` comment before an entity's first key covers the whole entity (for Markdown, the whole file);
 * `govlint-disable-next-line` covers the next line that is not blank or a comment, with the value a key on that
 * line introduces.
 */
export function findSuppressions(file: SourceFile, documents: readonly SourceDocument[], markdown: boolean): Suppression[] {
  if (!file.text.includes(MARKER)) return [];
  const suppressions: Suppression[] = [];
  let regionStart = 0;
  for (const document of documents) {
    const regionEnd = document.offset + document.positions.end;
    const start = Math.max(regionStart, document.offset);
    for (const comment of commentLines(file.text, start, regionEnd)) {
      if (!comment.text.includes(MARKER) || insideScalar(document, comment.start)) continue;
      const suppression = parseDirective(file, document, comment, regionEnd, markdown);
      if (suppression) suppressions.push(suppression);
    }
    regionStart = regionEnd;
  }
  return suppressions;
}

interface CommentLine {
  text: string;
  start: number;
  end: number;
}

function* commentLines(text: string, start: number, end: number): Generator<CommentLine> {
  let lineStart = start;
  while (lineStart < end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const trimmed = line.trimStart();
    if (trimmed.startsWith('#')) {
      const from = lineStart + line.length - trimmed.length;
      yield { text: trimmed.trimEnd(), start: from, end: from + trimmed.trimEnd().length };
    }
    lineStart = lineEnd + 1;
  }
}

function parseDirective(file: SourceFile, document: SourceDocument, comment: CommentLine, regionEnd: number, markdown: boolean): Suppression | undefined {
  const match = DIRECTIVE.exec(comment.text);
  if (!match) return undefined;
  const nextLine = match[1] !== undefined;
  const [rulesText, ...reasonParts] = match[2]!.split(' -- ');
  const approval = reasonParts.length > 0 ? APPROVED_BY.exec(reasonParts.at(-1)!.trim()) : null;
  if (approval) reasonParts.pop();
  const rules = rulesText!.split(/[\s,]+/).filter(Boolean);
  const suppression: Suppression = {
    file,
    range: { start: comment.start, end: comment.end },
    scope: nextLine ? 'next-line' : 'document',
    from: 0,
    to: 0,
    rules,
    matched: 0,
  };
  const reasonText = reasonParts.join(' -- ').trim();
  const until = UNTIL.exec(reasonText);
  if (until) suppression.until = until[1]!;
  const reason = (until ? until[2]! : reasonText).trim();
  if (reason) suppression.reason = reason;
  if (approval && PERSON_ID.test(approval[1]!.trim())) suppression.approvedBy = approval[1]!.trim();

  const contentStart = document.offset + document.positions.nodes[1]!;
  if (nextLine) {
    [suppression.from, suppression.to] = nextLineSpan(file, document, comment.end, regionEnd);
  } else if (comment.start > contentStart) {
    suppression.problem = `govlint-disable covers a whole entity, so it must come before the entity's first key; use govlint-disable-next-line to silence one line`;
  } else {
    // From the comment, not from `document.offset`, which is where the YAML text starts: the file's start for every
    // document of a YAML file, so that a comment before the third document would cover the first two as well.
    suppression.from = file.lines.position(markdown ? 0 : comment.start).line;
    // A document ended by `...` runs to the start of the next one: its last line is that of its last character.
    suppression.to = file.lines.position(markdown ? file.text.length : Math.max(document.offset, regionEnd - 1)).line;
  }
  if (!suppression.problem && suppression.until !== undefined && !isDate(suppression.until)) {
    suppression.problem = `has an expiry date '${suppression.until}' that is not a real date written YYYY-MM-DD`;
  }
  if (!suppression.problem && approval && suppression.approvedBy === undefined) {
    const written = approval[1]!.trim();
    suppression.problem = `${written ? `names its approver as '${written}', not one person id` : "names no approver after 'approved-by'"}: end it with '-- approved-by: <person id>'`;
  }
  if (!suppression.problem && rules.length === 0) suppression.problem = 'names no rule: write the rule ids to silence after the directive';
  if (!suppression.problem && !reason) suppression.problem = "gives no reason: add one after ' -- ', such as '-- accepted by the risk board until the migration ends'";
  return suppression;
}

/** The line after the comment that holds content, through the end of the value a key on it introduces. */
function nextLineSpan(file: SourceFile, document: SourceDocument, after: number, regionEnd: number): [number, number] {
  let offset = file.text.indexOf('\n', after) + 1;
  while (offset > 0 && offset < regionEnd) {
    const lineEnd = file.text.indexOf('\n', offset);
    const line = file.text.slice(offset, lineEnd === -1 ? undefined : lineEnd).trim();
    if (line !== '' && !line.startsWith('#')) break;
    offset = lineEnd === -1 ? -1 : lineEnd + 1;
  }
  if (offset <= 0 || offset >= regionEnd) return [0, 0];
  const line = file.lines.position(offset).line;
  let end = line;
  visitPositions(document.positions, {
    entry(keyStart, _keyEnd, _valueStart, valueEnd) {
      if (keyStart < 0 || file.lines.position(document.offset + keyStart).line !== line) return false;
      if (valueEnd >= 0) end = Math.max(end, file.lines.position(document.offset + valueEnd - 1).line);
      return true;
    },
  });
  return [line, end];
}

/** A '#' inside a block scalar (a multi-line description) is text, not a comment. */
function insideScalar(document: SourceDocument, offset: number): boolean {
  const at = offset - document.offset;
  const inside = (start: number, end: number) => start >= 0 && start <= at && at < end;
  let found = false;
  visitPositions(document.positions, {
    node: (kind, start, end) => (found = kind === SCALAR && inside(start, end)),
    entry: (keyStart, keyEnd) => (found = inside(keyStart, keyEnd)),
  });
  return found;
}

import { isMap, isScalar, isSeq, visit, type Document, type YAMLError } from 'yaml';
import type { ParseProblem, Range, SourceFile } from './source-file.js';

/**
 * The parser's account of a syntax error, told in plain words for the mistakes people make most, and placed where
 * the mistake is rather than where the parser gave up: an unclosed quote or bracket is reported where it opens, not
 * at the end of the file it swallowed. Any other error keeps the parser's words and position.
 */
export function plainSyntaxProblem(file: SourceFile, yaml: Document.Parsed, error: YAMLError, offset: number): ParseProblem {
  const at = offset + error.pos[0];
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote !== undefined) {
    const start = openingOf(yaml, error.pos[0], (node) => isScalar(node) && node.type === (quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE'));
    if (start !== undefined) {
      return {
        message: `The ${quote} that opens this value is never closed, so everything after it is read as part of the value: end the value with ${quote}, or remove the opening one`,
        range: restOfLine(file, offset + start),
      };
    }
  }
  const bracket = /^Flow (sequence|map) in block collection must be sufficiently indented and end with a ([\]}])/.exec(error.message);
  if (bracket) {
    const list = bracket[1] === 'sequence';
    const start = openingOf(yaml, error.pos[0], (node) => (list ? isSeq(node) : isMap(node)) && (node as { flow?: boolean }).flow === true);
    if (start !== undefined) {
      return {
        message: `The ${list ? '[' : '{'} that opens this ${list ? 'list' : 'mapping'} is never closed: end it with ${bracket[2]}, or continue it on lines indented more than its key`,
        range: { start: offset + start, end: offset + start + 1 },
      };
    }
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    const value = valueFrom(file, at);
    return { message: `A value that contains \`: \` must be quoted: write \`${keyBefore(file, at)}${quoted(value.text)}\``, range: value.range };
  }
  const reserved = /^Plain value cannot start with .*?(\S)$/.exec(error.message);
  if (error.code === 'BAD_SCALAR_START' && reserved) {
    const value = valueFrom(file, at);
    return { message: `A value that starts with ${reserved[1]} must be quoted: write \`${keyBefore(file, at)}${quoted(value.text)}\``, range: value.range };
  }
  if (error.code === 'TAB_AS_INDENT') {
    return { message: 'This line is indented with a tab: YAML allows only spaces in indentation', range: { start: at, end: offset + error.pos[1] } };
  }
  if (error.code === 'BAD_INDENT' && error.message.startsWith('All mapping items must start at the same column')) {
    return {
      message: 'This line is not indented like the lines before it: indent every key of a mapping by the same number of spaces (and every item of a list, `- `)',
      range: restOfLine(file, at),
    };
  }
  if (error.code === 'MULTILINE_IMPLICIT_KEY' || error.message.startsWith('Implicit map keys need to be followed by map values')) {
    const line = restOfLine(file, at);
    const text = file.text.slice(line.start, line.end);
    const noSpace = /^([^\s:#"']+):(\S.*)$/.exec(text);
    return {
      message: noSpace
        ? `A key needs a space after its colon: write \`${noSpace[1]}: ${noSpace[2]}\``
        : 'This line is not `key: value`: separate the key from its value with `: `, or quote the text if it continues the value above',
      range: line,
    };
  }
  return { message: withoutFullStop(error.message), range: { start: at, end: offset + error.pos[1] } };
}

/** Where the node that ends at `end` starts, for the innermost such node the test accepts. */
function openingOf(yaml: Document.Parsed, end: number, test: (node: unknown) => boolean): number | undefined {
  let start: number | undefined;
  visit(yaml, {
    Node(_, node) {
      if (test(node) && node.range?.[1] === end) start = node.range[0];
    },
  });
  return start;
}

/** From `start` to the end of its line, without trailing blanks. */
function restOfLine(file: SourceFile, start: number): Range {
  const newline = file.text.indexOf('\n', start);
  let end = newline === -1 ? file.text.length : newline;
  while (end > start + 1 && /\s/.test(file.text[end - 1]!)) end--;
  return { start, end: Math.max(end, start + 1) };
}

/** The plain value that starts at `start`, to the end of its line or a comment. */
function valueFrom(file: SourceFile, start: number): { text: string; range: Range } {
  const line = restOfLine(file, start);
  const text = file.text.slice(line.start, line.end).replace(/\s+#.*$/, '');
  return { text, range: { start, end: start + text.length } };
}

/** What comes before the value on its line (`description: `, `- name: `), without the indentation. */
function keyBefore(file: SourceFile, at: number): string {
  return file.text.slice(file.text.lastIndexOf('\n', at - 1) + 1, at).trimStart();
}

function quoted(text: string): string {
  return text.includes('"') ? `'${text.replaceAll("'", "''")}'` : `"${text.replaceAll('\\', '\\\\')}"`;
}

export function withoutFullStop(message: string): string {
  return message.endsWith('.') ? message.slice(0, -1) : message;
}

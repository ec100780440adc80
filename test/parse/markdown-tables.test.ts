import { describe, expect, it } from 'vitest';
import { readMarkdownTables } from '../../src/parse/markdown-tables.js';

const texts = (text: string) => readMarkdownTables(text, 0).map((table) => [table.header, ...table.rows].map((row) => row.cells.map((cell) => cell.text)));

describe('readMarkdownTables', () => {
  it('reads every table, with or without the outer pipes', () => {
    expect(texts('| a | b |\n|---|:-:|\n| 1 | 2 |\n\ntext\n\na | b\n--- | ---\n1 | 2\n')).toEqual([
      [['a', 'b'], ['1', '2']],
      [['a', 'b'], ['1', '2']],
    ]);
  });

  it('splits on unescaped pipes only, also in code spans, and gives the text GitHub shows', () => {
    expect(texts('| a | b | c | d |\n|-|-|-|-|\n| x \\| y |  | `p\\|q` | **A** |\n')).toEqual([[['a', 'b', 'c', 'd'], ['x | y', '', 'p|q', 'A']]]);
  });

  it('gives the text of references, links, images, autolinks, HTML and code spans as GitHub shows it', () => {
    const text = '| &amp; &#35;&#x41; | [link *text*](http://x "t") | ![alt](i.png) | <http://a.b> | <b>x</b> | `a\\|b\\\\c` | [r][d] |\n|-|-|-|-|-|-|-|\n';
    expect(texts(text)).toEqual([[['& #A', 'link text', 'alt', 'http://a.b', '<b>x</b>', 'a|b\\\\c', '[r][d]']]]);
    expect(texts('[d]: http://d\n\n| [r][d] | [e][] |\n|-|-|\n\n[e]: http://e\n')).toEqual([[['r', '[e][]']]]);
    // A definition holds in its own text only.
    expect(texts('| [r][d] |\n|-|\n')).toEqual([[['[r][d]']]]);
  });

  it('reads tables inside lists and block quotes, and none inside fenced code', () => {
    expect(texts('```\n| a |\n|---|\n```\n\n- item\n\n  | b |\n  |---|\n  | 1 |\n\n> | c |\n> |---|\n')).toEqual([[['b'], ['1']], [['c']]]);
  });

  it('reads the tables whatever follows the last one (which is not parsed)', () => {
    expect(texts('| a |\n|---|\n| 1 |\n\n## Notes\n\n```\nnever closed\n')).toEqual([[['a'], ['1']]]);
    expect(texts('| a |\n|---|\n| 1 |')).toEqual([[['a'], ['1']]]);
  });

  it('needs a delimiter row with as many cells as the header', () => {
    expect(texts('| a | b |\n|---|\n| 1 | 2 |\n')).toEqual([]);
    expect(texts('| a | b |\n| x | y |\n')).toEqual([]);
  });

  it('gives each cell its offsets in the file, CRLF or not; an empty cell is the blank between its pipes', () => {
    const [table] = readMarkdownTables('| a |  b  |\r\n|---|---|\r\n|   | -|\r\n', 100);
    expect(table!.header.cells.map((cell) => cell.range)).toEqual([{ start: 102, end: 103 }, { start: 107, end: 108 }]);
    expect(table!.rows[0]!.cells.map((cell) => cell.range)).toEqual([{ start: 125, end: 128 }, { start: 130, end: 131 }]);
    expect(table!.rows[0]!.range).toEqual({ start: 124, end: 132 });
  });

  it('reads nothing, quickly, from a text without a delimiter row', () => {
    expect(texts('# Title\n\nA paragraph with a | pipe.\n')).toEqual([]);
  });
});

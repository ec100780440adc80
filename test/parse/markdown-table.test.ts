import { describe, expect, it } from 'vitest';
import { firstTable } from '../../src/parse/markdown-table.js';

const texts = (text: string) => {
  const table = firstTable(text, 0);
  return table && [table.header, ...table.rows].map((row) => row.cells.map((cell) => cell.text));
};

describe('firstTable', () => {
  it('reads the header and rows, with or without the outer pipes', () => {
    expect(texts('| a | b |\n|---|:-:|\n| 1 | 2 |\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(texts('a | b\n--- | ---\n1 | 2\n')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('splits on unescaped pipes only, and keeps empty cells', () => {
    expect(texts('| a | b | c |\n|-|-|-|\n| x \\| y |  | z |\n')).toEqual([['a', 'b', 'c'], ['x | y', '', 'z']]);
  });

  it('ends the table at a blank line', () => {
    expect(texts('| a |\n|---|\n| 1 |\n\n| 2 |\n')).toEqual([['a'], ['1']]);
  });

  it('ignores tables inside fenced code and finds the next one', () => {
    expect(texts('```\n| a |\n|---|\n```\n\n~~~~\n```\n| b |\n|---|\n~~~~\n| c |\n|---|\n')).toEqual([['c']]);
  });

  it('needs a delimiter row with as many cells as the header', () => {
    expect(texts('| a | b |\n|---|\n| 1 | 2 |\n')).toBeUndefined();
    expect(texts('| a | b |\n| x | y |\n')).toBeUndefined();
  });

  it('gives each cell its offsets in the file, CRLF or not', () => {
    const table = firstTable('| a |  b  |\r\n|---|---|\r\n|   | -|\r\n', 100)!;
    expect(table.header.cells.map((cell) => cell.range)).toEqual([{ start: 102, end: 103 }, { start: 107, end: 108 }]);
    expect(table.rows[0]!.cells.map((cell) => cell.range)).toEqual([{ start: 125, end: 128 }, { start: 130, end: 131 }]);
  });
});

import { describe, expect, it } from 'vitest';
import { locate } from '../../src/parse/locate.js';
import { parseFile } from '../../src/parse/parse-file.js';
import type { Range, SourceFile } from '../../src/parse/source-file.js';
import { lines } from '../helpers/lines.js';

/** A range as `line:column-line:column`, for readable assertions. */
function at(file: SourceFile, range: Range): string {
  const start = file.lines.position(range.start);
  const end = file.lines.position(range.end);
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

describe('parseFile on YAML', () => {
  it('reads every document of a multi-document file, each with its data', () => {
    const file = parseFile('people.yaml', lines('kind: Person', 'id: ada', '---', 'kind: Person', 'id: grace', '...', '---', 'kind: Person', 'id: alan'));
    expect(file.problems).toEqual([]);
    expect(file.documents.map((document) => document.data)).toEqual([
      { kind: 'Person', id: 'ada' },
      { kind: 'Person', id: 'grace' },
      { kind: 'Person', id: 'alan' },
    ]);
    expect(file.documents.map((document) => document.offset)).toEqual([0, 0, 0]);
    expect(file.documents.map((document) => document.body)).toEqual([undefined, undefined, undefined]);
    const ranges = file.documents.map((document) => locate(document, []));
    expect(ranges.map(({ start }) => file.lines.position(start))).toEqual([
      { line: 1, column: 1 },
      { line: 4, column: 1 },
      { line: 8, column: 1 },
    ]);
  });

  it('keeps dates and other scalars that look typed as YAML 1.2 reads them', () => {
    const file = parseFile('docs/a.yaml', lines('kind: Document', 'id: a', 'reviewed: 2026-10-01', 'tags: [yes, no, 010]'));
    expect(file.documents[0]!.data).toEqual({ kind: 'Document', id: 'a', reviewed: '2026-10-01', tags: ['yes', 'no', 10] });
  });

  it('yields no document for an empty file', () => {
    const file = parseFile('empty.yaml', '');
    expect(file.documents).toEqual([]);
    expect(file.problems).toEqual([]);
    expect(file.text).toBe('');
  });

  it('yields no document for a comment-only file', () => {
    const file = parseFile('notes.yaml', lines('# Owners are listed in people.yaml', '# and nowhere else'));
    expect(file.documents).toEqual([]);
    expect(file.problems).toEqual([]);
  });

  it('drops a leading BOM so that column 1 is still column 1', () => {
    const file = parseFile('systems/pos.yaml', `\uFEFF${lines('kind: System', 'id: pos')}`);
    expect(file.text).toBe(lines('kind: System', 'id: pos'));
    expect(file.documents[0]!.data).toEqual({ kind: 'System', id: 'pos' });
    expect(at(file, locate(file.documents[0]!, ['id']))).toBe('2:5-2:8');
  });

  it('keeps a BOM that is not at the start as text', () => {
    const file = parseFile('systems/pos.yaml', 'kind: System\nid: "p\uFEFFos"\n');
    expect(file.documents[0]!.data).toEqual({ kind: 'System', id: 'p\uFEFFos' });
  });

  it('treats lone CR line endings as line breaks, keeping every offset', () => {
    const raw = 'kind: System\rid: pos\rlifecycle: active\r';
    const file = parseFile('systems/pos.yaml', raw);
    expect(file.text).toHaveLength(raw.length);
    expect(file.documents[0]!.data).toEqual({ kind: 'System', id: 'pos', lifecycle: 'active' });
    expect(file.lines.position(raw.indexOf('lifecycle'))).toEqual({ line: 3, column: 1 });
    expect(file.lines.position(raw.indexOf('active'))).toEqual({ line: 3, column: 12 });
  });

  it('counts CRLF as one line break', () => {
    const raw = 'kind: System\r\nid: pos\r\nlifecycle: active\r\n';
    const file = parseFile('systems/pos.yaml', raw);
    expect(file.text).toBe(raw);
    expect(file.documents[0]!.data).toEqual({ kind: 'System', id: 'pos', lifecycle: 'active' });
    expect(file.lines.position(raw.indexOf('active'))).toEqual({ line: 3, column: 12 });
  });

  it('counts columns in UTF-16 code units, as editors and SARIF do', () => {
    const raw = lines('kind: Person', 'name: "😀 Ada"', 'id: ada');
    const file = parseFile('people.yaml', raw);
    expect(file.lines.position(raw.indexOf('Ada'))).toEqual({ line: 2, column: 11 });
  });

  it('records a syntax problem and keeps the documents around it', () => {
    const file = parseFile('people.yaml', lines('kind: Person', 'id: ada', '---', 'kind: Person', 'tags: [a', '---', 'kind: Person', 'id: alan'));
    expect(file.problems.map((problem) => [problem.message, at(file, problem.range)])).toEqual([
      ['The [ that opens this list is never closed: end it with ], or continue it on lines indented more than its key', '5:7-5:8'],
    ]);
    expect(file.documents.map((document) => (document.data as { id: string }).id)).toEqual(['ada', 'alan']);
  });

  it('treats a file named .md or .markdown, in any case, as Markdown', () => {
    const text = lines('---', 'kind: Document', 'id: a', '---', '# A');
    for (const path of ['a.md', 'a.markdown', 'A.MD']) expect(parseFile(path, text).documents[0]!.body).toBeDefined();
    expect(parseFile('a.yaml', 'kind: Document\nid: a\n').documents[0]!.body).toBeUndefined();
  });
});

describe('parseFile on Markdown', () => {
  it('reads the front matter as one document and keeps where the body starts', () => {
    const raw = lines('---', 'kind: Document', 'id: arch', '---', '', '# Architecture', 'Text.');
    const file = parseFile('docs/arch.md', raw);
    expect(file.problems).toEqual([]);
    expect(file.documents).toHaveLength(1);
    const [document] = file.documents;
    expect(document!.data).toEqual({ kind: 'Document', id: 'arch' });
    expect(document!.offset).toBe(4);
    expect(document!.body).toEqual({ text: lines('', '# Architecture', 'Text.'), offset: raw.indexOf('\n# Architecture') });
    expect(file.lines.position(document!.body!.offset)).toEqual({ line: 5, column: 1 });
  });

  it('accepts `...` as the closing fence and ignores `---` lines further down', () => {
    const raw = lines('---', 'kind: Document', 'id: arch', '...', 'Intro', '---', 'More');
    const file = parseFile('docs/arch.md', raw);
    expect(file.problems).toEqual([]);
    expect(file.documents.map((document) => document.data)).toEqual([{ kind: 'Document', id: 'arch' }]);
    expect(file.documents[0]!.body!.text).toBe(lines('Intro', '---', 'More'));
  });

  it('reads front matter with CRLF line breaks, keeping offsets into the file', () => {
    const raw = ['---', 'kind: Document', 'id: arch', 'reviewed: 2026-10-01', '---', '# Architecture', ''].join('\r\n');
    const file = parseFile('docs/arch.md', raw);
    expect(file.problems).toEqual([]);
    const [document] = file.documents;
    expect(document!.data).toEqual({ kind: 'Document', id: 'arch', reviewed: '2026-10-01' });
    expect(document!.offset).toBe(5);
    expect(document!.body).toEqual({ text: '# Architecture\r\n', offset: raw.indexOf('# Architecture') });
    expect(at(file, locate(document!, ['reviewed']))).toBe('4:11-4:21');
  });

  it('reads front matter with lone CR line breaks', () => {
    const raw = '---\rkind: Document\rid: arch\r---\r# Architecture\r';
    const file = parseFile('docs/arch.md', raw);
    expect(file.documents.map((document) => document.data)).toEqual([{ kind: 'Document', id: 'arch' }]);
    expect(file.documents[0]!.body).toEqual({ text: '# Architecture\n', offset: 32 });
    expect(file.lines.position(32)).toEqual({ line: 5, column: 1 });
  });

  it('reads front matter after a BOM', () => {
    const file = parseFile('docs/arch.md', `\uFEFF${lines('---', 'kind: Document', 'id: arch', '---')}`);
    expect(file.documents.map((document) => document.data)).toEqual([{ kind: 'Document', id: 'arch' }]);
    expect(file.documents[0]!.body).toEqual({ text: '', offset: 32 });
  });

  it('yields no document and no problem for a file without front matter', () => {
    for (const text of [lines('# Readme', '', 'Plain page.'), lines('', '---', 'kind: Document', '---'), '']) {
      const file = parseFile('README.md', text);
      expect(file.documents).toEqual([]);
      expect(file.problems).toEqual([]);
    }
  });

  it('reports front matter that is never closed, and yields no document', () => {
    const file = parseFile('docs/arch.md', ['---', 'kind: Document', 'id: arch', '# Architecture'].join('\r\n'));
    expect(file.documents).toEqual([]);
    expect(file.problems.map((problem) => [problem.message, at(file, problem.range)])).toEqual([
      ['Front matter opened with --- on line 1 is never closed: end it with a line of ---', '1:1-1:4'],
    ]);
  });

  it('does not take a longer line of dashes for the closing fence', () => {
    const file = parseFile('docs/arch.md', lines('---', 'kind: Document', '----', 'id: arch'));
    expect(file.documents).toEqual([]);
    expect(file.problems.map((problem) => problem.message)).toEqual([
      'Front matter opened with --- on line 1 is never closed: end it with a line of ---',
    ]);
  });

  it('reports a syntax error in front matter at its line in the file', () => {
    const file = parseFile('docs/arch.md', lines('---', 'kind: Document', 'id: arch', 'title: "Architecture', '---', '# Architecture'));
    expect(file.documents).toEqual([]);
    expect(file.problems.map((problem) => [problem.message, at(file, problem.range)])).toEqual([
      ['The " that opens this value is never closed, so everything after it is read as part of the value: end the value with ", or remove the opening one', '4:8-4:21'],
    ]);
  });
});

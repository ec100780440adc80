import { describe, expect, it } from 'vitest';
import { locate, type Path, type Target } from '../../src/parse/locate.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { lines } from '../helpers/lines.js';

const SYSTEM = lines(
  'kind: System',
  'id: pos',
  'roles:',
  '  system-owner: ada',
  '  product-owner:',
  '    - grace',
  '    - alan',
  'tags: [retail, core]',
  'empty:',
);

/** Where `path` is in the first document of a file, as `line:column-line:column`. */
function where(text: string, path: Path, { target, file = 'systems/pos.yaml', document = 0 }: { target?: Target; file?: string; document?: number } = {}) {
  const parsed = parseFile(file, text);
  const range = locate(parsed.documents[document]!, path, target);
  const start = parsed.lines.position(range.start);
  const end = parsed.lines.position(range.end);
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

describe('locate', () => {
  it('finds a value', () => {
    expect(where(SYSTEM, ['id'])).toBe('2:5-2:8');
    expect(where(SYSTEM, ['roles', 'system-owner'])).toBe('4:17-4:20');
  });

  it('finds the key of an entry when asked for it', () => {
    expect(where(SYSTEM, ['roles', 'system-owner'], { target: 'key' })).toBe('4:3-4:15');
  });

  it('finds an item of a block list and of a flow list', () => {
    expect(where(SYSTEM, ['roles', 'product-owner', 1])).toBe('7:7-7:11');
    expect(where(SYSTEM, ['tags', 0])).toBe('8:8-8:14');
  });

  it('ends a block collection on its last character, not at the next line', () => {
    expect(where(SYSTEM, ['roles', 'product-owner'])).toBe('6:5-7:11');
    expect(where(SYSTEM, ['roles'])).toBe('4:3-7:11');
  });

  it('finds an empty value as an empty range after its key', () => {
    expect(where(SYSTEM, ['empty'])).toBe('9:7-9:7');
  });

  it('falls back to the key holding a missing field', () => {
    expect(where(SYSTEM, ['roles', 'process-owner'])).toBe('3:1-3:6');
    expect(where(SYSTEM, ['roles', 'process-owner'], { target: 'key' })).toBe('3:1-3:6');
  });

  it('falls back to the list key for an item past its end', () => {
    expect(where(SYSTEM, ['roles', 'product-owner', 5])).toBe('5:3-5:16');
  });

  it('falls back to the nearest existing ancestor for a deeper missing path', () => {
    expect(where(SYSTEM, ['roles', 'system-owner', 'name', 'first'])).toBe('4:3-4:15');
  });

  it('falls back to the first key of the document for a missing field at the root', () => {
    expect(where(SYSTEM, ['reviewed'])).toBe('1:1-1:5');
    expect(where(lines('# the system', 'id: pos', 'kind: System'), ['reviewed'])).toBe('2:1-2:3');
  });

  it('finds a key written as a list or mapping, or as null, by the name the data gives it', () => {
    const text = lines('kind: Person', '? [a, b]', ': c', '? {x: 1}', ': d', '~: e');
    expect(where(text, ['[ a, b ]'], { target: 'key' })).toBe('2:3-2:9');
    expect(where(text, ['{ x: 1 }'])).toBe('5:3-5:4');
    expect(where(text, [''], { target: 'key' })).toBe('6:1-6:2');
  });

  it('gives the whole document for the empty path', () => {
    expect(where(lines('kind: System', 'id: pos'), [])).toBe('1:1-2:8');
  });

  it('points at the last of duplicate keys, the value the data holds', () => {
    expect(where(lines('kind: System', 'id: pos', 'id: till'), ['id'])).toBe('3:5-3:9');
  });

  it('matches keys written as numbers or quoted', () => {
    expect(where(lines('kind: System', '"id": pos', 'roles:', '  2024: ada'), ['roles', '2024'])).toBe('4:9-4:12');
  });

  it('finds places in the second document of a file', () => {
    const text = lines('kind: Person', 'id: ada', '---', 'kind: System', 'id: pos');
    expect(where(text, ['id'], { document: 1 })).toBe('5:5-5:8');
    expect(where(text, ['roles'], { document: 1 })).toBe('4:1-4:5');
  });

  it('finds places in Markdown front matter on the lines of the file', () => {
    const text = lines('---', 'kind: Document', 'id: arch', 'describes: [pos]', '---', '# Architecture');
    expect(where(text, ['describes', 0], { file: 'docs/arch.md' })).toBe('4:13-4:16');
    expect(where(text, ['reviewed'], { file: 'docs/arch.md' })).toBe('2:1-2:5');
  });

  it('counts columns after a BOM from the first character after it', () => {
    expect(where(`\uFEFF${lines('kind: System', 'id: pos')}`, ['kind'])).toBe('1:7-1:13');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFiles } from '../../src/io/read-files.js';

function write(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'govlint-read-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

describe('readFiles', () => {
  it('reads small and large files whole, in the order given, each with its own text', () => {
    // Small files share one buffer; a file of more than 1 MB is read on its own.
    const large = `kind: Person\nid: ada\nname: ${'é'.repeat(600_000)}\n`;
    const root = write({ 'a.yaml': 'kind: Person\nid: a\n', 'large.yaml': large, 'b.md': '---\nkind: Document\nid: b\n---\n', 'empty.yaml': '' });
    const paths = ['a.yaml', 'large.yaml', 'b.md', 'empty.yaml'].map((name) => join(root, name));
    const read = readFiles(paths, { cwd: root, maxFileBytes: 10 * 1_048_576 });
    expect(read).toEqual([
      { path: 'a.yaml', text: 'kind: Person\nid: a\n' },
      { path: 'large.yaml', text: large },
      { path: 'b.md', text: '---\nkind: Document\nid: b\n---\n' },
      { path: 'empty.yaml', text: '' },
    ]);
  });

  it('reads a file of exactly the limit, and names the size of one a byte over', () => {
    const root = write({ 'at.yaml': 'x'.repeat(100), 'over.yaml': 'x'.repeat(101) });
    const read = readFiles([join(root, 'at.yaml'), join(root, 'over.yaml')], { cwd: root, maxFileBytes: 100 });
    expect(read[0]).toEqual({ path: 'at.yaml', text: 'x'.repeat(100) });
    expect(read[1]).toEqual({ path: 'over.yaml', text: '', problem: 'This file is 101 bytes, more than the 100 bytes govlint reads (limits.maxFileBytes): split it, or raise the limit in the config' });
  });
});

import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint-here.js';
import { discoverFiles } from '../../src/io/discover-files.js';
import { readFiles } from '../../src/io/read-files.js';
import rule from '../../src/rules/files-readable.js';
import { BUILTIN_ROLES, builtinKindSchemas, sharedDefinitions } from '../../src/schema/builtin-kinds.js';
import { KindRegistry } from '../../src/schema/kind-registry.js';
import { brief } from '../helpers/lint-files.js';

const RULE = 'files/readable';
const LIMITS = { maxFileBytes: 1000, maxDocuments: 3 };

function folder(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'govlint-readable-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Discovers, reads and lints a folder as `govlint check` does, with small limits. */
async function check(root: string) {
  const { files, refused } = await discoverFiles(root, { include: ['**/*.yaml', '**/*.md'], exclude: [] });
  const read = readFiles(files, { cwd: root, maxFileBytes: LIMITS.maxFileBytes });
  const inputs = [...read, ...[...refused].map(([path, problem]) => ({ path: path.slice(root.length + 1), text: '', problem }))];
  const kinds = new KindRegistry([sharedDefinitions()], builtinKindSchemas());
  return lint(inputs, { kinds, builtinRoles: BUILTIN_ROLES, rules: [{ rule, severity: 'error', options: {} }], today: '2026-11-22', limits: LIMITS });
}

function finding(file: string, message: string) {
  return { ruleId: RULE, file, line: 1, column: 1, endLine: 1, endColumn: 1, message };
}

describe('files/readable', () => {
  it('accepts ordinary UTF-8 files, with a BOM or not', async () => {
    const result = await check(folder({ 'a.yaml': 'kind: Person\nid: ada\n', 'b.yaml': '\uFEFFkind: Person\nid: grace\n', 'c.md': '# Notes, in UTF-8: é ü ✓\n' }));
    expect(result.findings).toEqual([]);
  });

  it('reports a file over the size limit and checks the rest', async () => {
    const result = await check(folder({ 'big.yaml': `kind: Person\nid: big\nname: ${'x'.repeat(2000)}\n`, 'a.yaml': 'kind: Person\nid: ada\n' }));
    expect(result.findings.map(brief)).toEqual([
      finding('big.yaml', 'This file is 2 KB, more than the 1000 bytes govlint reads (limits.maxFileBytes): split it, or raise the limit in the config.'),
    ]);
    expect(result.model.entities.map((entity) => entity.id)).toEqual(['ada']);
  });

  it('reports a file of too many documents without parsing it', async () => {
    const result = await check(folder({ 'many.yaml': 'kind: Person\nid: a\n---\nkind: Person\nid: b\n---\nkind: Person\nid: c\n---\nkind: Person\nid: d\n' }));
    expect(result.findings.map(brief)).toEqual([
      finding('many.yaml', 'This file holds 4 YAML documents, more than the 3 govlint reads in one file (limits.maxDocuments): split it, or raise the limit in the config.'),
    ]);
    expect(result.model.entities).toEqual([]);
  });

  it('counts documents that end with `...` and start without `---`', async () => {
    const result = await check(folder({ 'many.yaml': 'kind: Person\nid: a\n...\nkind: Person\nid: b\n...\n# a comment\n\nkind: Person\nid: c\n...\nkind: Person\nid: d\n' }));
    expect(result.findings.map(brief)).toEqual([
      finding('many.yaml', 'This file holds 4 YAML documents, more than the 3 govlint reads in one file (limits.maxDocuments): split it, or raise the limit in the config.'),
    ]);
    expect(result.model.entities).toEqual([]);
  });

  it('counts a document between `...` and `---` once, and reads a file of as many documents as the limit', async () => {
    const result = await check(folder({ 'three.yaml': '%YAML 1.2\n---\nkind: Person\nid: a\n...\n---\nkind: Person\nid: b\n...\n--- # the last\nkind: Person\nid: c\n...\n' }));
    expect(result.findings).toEqual([]);
    expect(result.model.entities.map((entity) => entity.id)).toEqual(['a', 'b', 'c']);
  });

  it('reports a binary file named .yaml', async () => {
    const result = await check(folder({ 'logo.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]) }));
    expect(result.findings.map(brief)).toEqual([
      finding('logo.yaml', 'This is a binary file, not YAML or Markdown: remove it, or leave it out with `exclude` in the config.'),
    ]);
  });

  it('reports invalid UTF-8 with its line, and still checks what could be read', async () => {
    const bytes = Buffer.concat([Buffer.from('kind: Person\nid: ada\nname: Ad'), Buffer.from([0xe9]), Buffer.from('le\n')]);
    const result = await check(folder({ 'latin1.yaml': bytes }));
    expect(result.findings.map(brief)).toEqual([
      finding('latin1.yaml', 'This file is not valid UTF-8 (first at line 3): save it as UTF-8; govlint checked it with the bad bytes replaced.'),
    ]);
    expect(result.model.entities.map((entity) => entity.id)).toEqual(['ada']);
  });

  it('reports a file that disappeared between listing and reading', async () => {
    const root = folder({});
    const [gone] = readFiles([join(root, 'gone.yaml')], { cwd: root, maxFileBytes: 1000 });
    expect(gone).toEqual({ path: 'gone.yaml', text: '', problem: 'This file disappeared before govlint could read it: check again once the files stop changing' });
  });

  it('follows a symbolic link inside the root once, and reports links that loop or leave the root', async () => {
    const outside = folder({ 'secret.yaml': 'kind: Person\nid: outsider\n' });
    const root = folder({ 'people/ada.yaml': 'kind: Person\nid: ada\n', 'shared/grace.yaml': 'kind: Person\nid: grace\n' });
    symlinkSync(join(root, 'shared/grace.yaml'), join(root, 'people/grace.yaml'));
    symlinkSync(join(root, 'people/ada.yaml'), join(root, 'alias.yaml'));
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'secret.yaml'));
    symlinkSync(join(root, 'loop-b.yaml'), join(root, 'loop-a.yaml'));
    symlinkSync(join(root, 'loop-a.yaml'), join(root, 'loop-b.yaml'));
    symlinkSync(outside, join(root, 'outside-folder'));
    const result = await check(root);
    expect(result.model.entities.map((entity) => entity.id).sort()).toEqual(['ada', 'grace']);
    expect(result.findings.map(brief)).toEqual([
      finding('loop-a.yaml', 'This is a symbolic link that loops: remove it.'),
      finding('loop-b.yaml', 'This is a symbolic link that loops: remove it.'),
      finding('secret.yaml', "This is a symbolic link to a file outside the repo's root, which govlint does not follow: copy the file in, or check that folder on its own."),
    ]);
  });
});

describe.skipIf(process.getuid?.() === 0)('files/readable without permission', () => {
  it('reports a file that cannot be read', async () => {
    const { chmodSync } = await import('node:fs');
    const root = folder({ 'secret.yaml': 'kind: Person\nid: ada\n' });
    chmodSync(join(root, 'secret.yaml'), 0o000);
    const result = await check(root);
    expect(result.findings.map(brief)).toEqual([
      finding('secret.yaml', 'This file cannot be read: permission denied. Give govlint read access, or leave it out with `exclude`.'),
    ]);
  });
});

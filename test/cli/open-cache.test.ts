import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCache } from '../../src/cli/open-cache.js';
import { lintInParallel } from '../../src/engine/lint.js';
import filesReadable from '../../src/rules/files-readable.js';
import { brief, inputFiles, lintSetup } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

/** Four documents: more than a limit of 3 lets govlint read, within one of 5. */
const FILES = { 'people.yaml': ['ada', 'grace', 'alan', 'edsger'].map((id) => lines('kind: Person', `id: ${id}`)).join('---\n') };
const TOO_MANY = {
  ruleId: 'files/readable',
  file: 'people.yaml',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  message: 'This file holds 4 YAML documents, more than the 3 govlint reads in one file (limits.maxDocuments): split it, or raise the limit in the config.',
};

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Checks FILES with a cache kept in `root`, opened for `maxDocuments` as `check --cache` opens it, and saves it. */
async function checkCached(root: string, maxDocuments: number) {
  const limits = { maxDocuments };
  const cache = openCache(root, undefined, limits, true);
  const result = await lintInParallel(inputFiles(FILES), { ...lintSetup({ rules: [filesReadable] }), limits, cache });
  cache.save();
  return result.findings.map(brief);
}

describe('openCache', () => {
  it('drops a cache written under another limits.maxDocuments, which changes what parsing gives', async () => {
    const root = mkdtempSync(join(tmpdir(), 'govlint-open-cache-'));
    folders.push(root);
    expect(await checkCached(root, 5)).toEqual([]);
    expect(await checkCached(root, 3)).toEqual([TOO_MANY]);
    expect(await checkCached(root, 3)).toEqual([TOO_MANY]);
    expect(await checkCached(root, 5)).toEqual([]);
  });
});

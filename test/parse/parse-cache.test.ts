import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { defineRule } from '../../src/api/types.js';
import { lintInParallel, type LintResult } from '../../src/engine/lint.js';
import { ParseCache } from '../../src/parse/parse-cache.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { builtinRules } from '../../src/rules/index.js';
import { inputFiles, lintFiles, lintSetup } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const STAMP = 'govlint test, cache format 1';

/** Files with findings of several rules, a suppression, a syntax error, a Markdown page and values JSON cannot keep. */
const REPO: Record<string, string> = {
  'people.yaml': lines('kind: Person', 'id: ada', '---', 'kind: Person', 'id: grace', '---', 'kind: Person', 'id: ada'),
  'processes/incident.yaml': lines('# govlint-disable process/has-manager -- piloted by one team', 'kind: Process', 'id: incident', 'roles:', '  process-owner: [ada, grace]'),
  'systems/pos.yaml': lines('kind: System', 'id: pos', 'lifecycle: activ', 'limits: &l', '  budget: .inf', '  spent: .nan', 'same: *l', 'roles:', '  system-owner: adah'),
  'docs/sla.md': lines('---', 'kind: Document', 'id: sla', 'reviewed: 2026-01-10', '---', '# SLA'),
  'broken.yaml': lines('kind: Person', 'id: "alan'),
  'README.md': lines('# Governance'),
};

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function cacheFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'govlint-cache-'));
  folders.push(folder);
  return join(folder, 'parsed');
}

/** Rewrites one entry of a saved cache: `damage` is given the entry's serialised bytes and returns what replaces them. */
function damageEntry(file: string, path: string, damage: (parsed: Uint8Array) => Uint8Array): void {
  const stored = deserialize(readFileSync(file)) as { stamp: string; entries: Map<string, { hash: string; parsed: Uint8Array }> };
  const entry = stored.entries.get(path)!;
  stored.entries.set(path, { ...entry, parsed: damage(entry.parsed) });
  writeFileSync(file, serialize(stored));
}

/** Lints with a cache loaded from `file`, then saves it, as `check --cache` does. */
async function lintCached(files: Record<string, string>, file: string, setup = lintSetup()): Promise<LintResult> {
  const cache = ParseCache.load(file, STAMP);
  const result = await lintInParallel(inputFiles(files), { ...setup, cache });
  cache.save();
  return result;
}

/** What a run reports, with the data of every entity, for comparing runs. */
function outcome({ findings, model }: LintResult) {
  return { findings, entities: model.entities.map((entity) => [entity.document.file.path, entity.data]), skipped: model.nonEntities.length };
}

describe('the parse cache', () => {
  it('gives the same findings and data as no cache, when it is written and when it is read', async () => {
    const file = cacheFile();
    const expected = outcome(lintFiles(REPO));
    expect(expected.findings.length).toBeGreaterThan(5);
    expect(outcome(await lintCached(REPO, file))).toEqual(expected);
    const written = ParseCache.load(file, STAMP);
    expect(Object.entries(REPO).filter(([path, text]) => written.get(path, text) === undefined)).toEqual([]);
    expect(outcome(await lintCached(REPO, file))).toEqual(expected);
  });

  it('keeps what JSON would lose: infinities, NaN and values shared through aliases', async () => {
    const file = cacheFile();
    await lintCached(REPO, file);
    const pos = (await lintCached(REPO, file)).model.withId('pos')[0]!.data as { limits: { budget: number; spent: number }; same: unknown };
    expect(pos.limits.budget).toBe(Infinity);
    expect(pos.limits.spent).toBeNaN();
    expect(pos.same).toBe(pos.limits);
  });

  it('takes a file from the cache only when its path and text are the same', () => {
    const file = cacheFile();
    const first = ParseCache.load(file, STAMP);
    expect(first.get('a.yaml', 'kind: Person\n')).toBeUndefined();
    first.set('a.yaml', { path: 'a.yaml', problems: [], documents: [{ offset: 0, positions: parseFile('a.yaml', 'kind: Person\n').documents[0]!.positions, data: { kind: 'Person' } }], suppressions: [] });
    first.save();
    const second = ParseCache.load(file, STAMP);
    expect(second.get('a.yaml', 'kind: Person\n')?.documents[0]!.data).toEqual({ kind: 'Person' });
    expect(second.get('a.yaml', 'kind: System\n')).toBeUndefined();
    expect(second.get('b.yaml', 'kind: Person\n')).toBeUndefined();
  });

  it('parses a changed file again, and drops files that are gone', async () => {
    const file = cacheFile();
    await lintCached(REPO, file);
    const changed: Record<string, string> = { ...REPO, 'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-owner: ada') };
    delete changed['broken.yaml'];
    expect(outcome(await lintCached(changed, file))).toEqual(outcome(lintFiles(changed)));
    const cache = ParseCache.load(file, STAMP);
    expect(cache.get('broken.yaml', REPO['broken.yaml']!)).toBeUndefined();
    expect(cache.get('processes/incident.yaml', changed['processes/incident.yaml']!)).toBeDefined();
  });

  it('is not written again when nothing changed', async () => {
    const file = cacheFile();
    await lintCached(REPO, file);
    const before = statSync(file).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await lintCached(REPO, file);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('starts afresh from a cache written by another govlint, or one that is not a cache', () => {
    const file = cacheFile();
    const cache = ParseCache.load(file, STAMP);
    cache.get('a.yaml', 'x: 1\n');
    cache.set('a.yaml', { path: 'a.yaml', problems: [], documents: [], suppressions: [] });
    cache.save();
    expect(ParseCache.load(file, 'govlint other').get('a.yaml', 'x: 1\n')).toBeUndefined();
    expect(ParseCache.load(file, STAMP).get('a.yaml', 'x: 1\n')).toBeDefined();
    for (const junk of ['', 'not a cache', '{"stamp":"govlint test, cache format 1"}']) {
      writeFileSync(file, junk);
      expect(ParseCache.load(file, STAMP).get('a.yaml', 'x: 1\n')).toBeUndefined();
    }
  });

  it('parses again a file whose entry is damaged or not the shape of a parsed file, and writes the cache again', async () => {
    const damages: Array<[string, (parsed: Uint8Array) => Uint8Array]> = [
      ['bytes overwritten', (parsed) => Buffer.from(parsed).fill(0xfe, 4, 12)],
      ['a wrong version header', (parsed) => Buffer.from(parsed).fill(0, 0, 2)],
      ['cut short', (parsed) => parsed.subarray(0, parsed.length - 7)],
      ['another value', () => serialize({ path: 'people.yaml', documents: 'none' })],
      ['another file', () => serialize({ path: 'other.yaml', problems: [], documents: [], suppressions: [] })],
    ];
    const expected = outcome(lintFiles(REPO));
    for (const [what, damage] of damages) {
      const file = cacheFile();
      await lintCached(REPO, file);
      damageEntry(file, 'systems/pos.yaml', damage);
      const damaged = readFileSync(file);
      expect(outcome(await lintCached(REPO, file)), what).toEqual(expected);
      expect(readFileSync(file).equals(damaged), what).toBe(false);
      const rewritten = ParseCache.load(file, STAMP);
      expect(Object.entries(REPO).filter(([path, text]) => rewritten.get(path, text) === undefined), what).toEqual([]);
    }
  });

  it('never writes through a link planted where the temporary file used to be, and gives the folder it creates a .gitignore', () => {
    const folder = dirname(cacheFile());
    const file = join(folder, 'new', 'parsed');
    const victim = join(folder, 'victim');
    writeFileSync(victim, 'untouched\n');
    mkdirSync(join(folder, 'new'));
    symlinkSync(victim, `${file}.${process.pid}.tmp`);
    ParseCache.load(file, STAMP).save();
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    expect(ParseCache.load(file, STAMP)).toBeDefined();
    expect(readdirSync(join(folder, 'new')).sort()).toEqual(['parsed', `parsed.${process.pid}.tmp`]);
    const created = join(folder, 'created', 'parsed');
    ParseCache.load(created, STAMP, folder).save();
    expect(readFileSync(join(folder, 'created', '.gitignore'), 'utf8')).toBe('# Written by govlint: this folder holds its cache.\n*\n');
  });

  it('keeps the data as parsed, even when a rule changes it', async () => {
    const vandal = defineRule({
      meta: { id: 'test/vandal', description: 'Changes the data it is given.', severity: 'warning', docs: 'https://example.com' },
      check({ model }) {
        for (const entity of model.entities) (entity.data as Record<string, unknown>).id = 'changed';
      },
    });
    const file = cacheFile();
    await lintCached(REPO, file, lintSetup({ rules: [...builtinRules, vandal] }));
    expect(outcome(await lintCached(REPO, file))).toEqual(outcome(lintFiles(REPO)));
  });

  it('fails to save with the file system error, leaving no temporary file behind', () => {
    const folder = mkdtempSync(join(tmpdir(), 'govlint-cache-'));
    writeFileSync(join(folder, 'taken'), 'a file where a folder should be');
    const cache = ParseCache.load(join(folder, 'taken', 'parsed'), STAMP);
    expect(() => cache.save()).toThrow(/EEXIST|ENOTDIR/);
    // Written, then not renamed into place: a folder that is not empty stands where the cache should be.
    mkdirSync(join(folder, 'parsed'));
    writeFileSync(join(folder, 'parsed', 'keep'), 'something\n');
    expect(() => ParseCache.load(join(folder, 'parsed'), STAMP).save()).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(folder).sort()).toEqual(['parsed', 'taken']);
  });
});

import { describe, expect, it } from 'vitest';
import docsStale from '../../src/rules/docs-stale.js';
import idsUnique from '../../src/rules/ids-unique.js';
import refsResolve from '../../src/rules/refs-resolve.js';
import { brief, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

/** A repo with findings of several rules in several files, some of them identical within a file. */
const REPO: Record<string, string> = {
  'people.yaml': lines('kind: Person', 'id: ada', '---', 'kind: Person', 'id: grace', '---', 'kind: Person', 'id: ada'),
  'systems/pos.yaml': lines('kind: System', 'id: pos', 'program: omni', 'roles:', '  system-owner: adah', '  system-ownr: grace'),
  'systems/crm.yaml': lines('kind: System', 'id: pos', 'lifecycle: activ'),
  'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-owner: [ada, grace]'),
  'risks/outage.yaml': lines('kind: Risk', 'id: outage', 'system: omni'),
  'docs/a.md': lines('---', 'kind: Document', 'id: doc', '---', '# A'),
  'docs/b.md': lines('---', 'kind: Document', 'id: doc', '---', '---', 'kind: Document', '---'),
  'docs/c.yaml': lines('kind: Document', 'id: twin', '---', 'kind: Document', 'id: twin', '---', 'kind: Document', 'id: twin'),
  'broken.yaml': lines('kind: Person', 'id: "alan'),
  'README.md': lines('# Governance'),
};

/** The same files, given in another order. */
function reordered(files: Record<string, string>, order: (paths: string[]) => string[]): Record<string, string> {
  return Object.fromEntries(order(Object.keys(files)).map((path) => [path, files[path]!]));
}

describe('linting is deterministic', () => {
  it('gives identical findings, fingerprints included, when run twice', () => {
    const first = lintFiles(REPO);
    const second = lintFiles(REPO);
    expect(first.findings.length).toBeGreaterThan(10);
    expect(second.findings).toEqual(first.findings);
    expect(second.failures).toEqual([]);
  });

  it.each([
    ['reversed', (paths: string[]) => [...paths].reverse()],
    ['sorted', (paths: string[]) => [...paths].sort()],
    ['rotated', (paths: string[]) => [...paths.slice(4), ...paths.slice(0, 4)]],
  ])('gives the same findings in the same order whatever the input order (%s)', (_, order) => {
    expect(lintFiles(reordered(REPO, order)).findings).toEqual(lintFiles(REPO).findings);
  });

  it('sorts findings by file, line, column, rule and message', () => {
    const { findings } = lintFiles(REPO, { rules: [docsStale, idsUnique, refsResolve] });
    expect(findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}`)).toEqual([
      'docs/a.md:2:1 docs/stale',
      'docs/b.md:2:1 docs/stale',
      'docs/b.md:3:5 ids/unique',
      'docs/c.yaml:1:1 docs/stale',
      'docs/c.yaml:4:1 docs/stale',
      'docs/c.yaml:5:5 ids/unique',
      'docs/c.yaml:7:1 docs/stale',
      'docs/c.yaml:8:5 ids/unique',
      'people.yaml:8:5 ids/unique',
      'risks/outage.yaml:3:9 refs/resolve',
      'systems/pos.yaml:2:5 ids/unique',
      'systems/pos.yaml:3:10 refs/resolve',
      'systems/pos.yaml:5:17 refs/resolve',
      'systems/pos.yaml:6:3 refs/resolve',
    ]);
  });

  it('numbers identical findings in one file in position order, whatever the input order', () => {
    const run = (files: Record<string, string>) =>
      lintFiles(files, { rules: [docsStale, idsUnique] })
        .findings.filter((finding) => finding.file === 'docs/c.yaml')
        .map((finding) => `${finding.line} ${finding.ruleId} ${finding.fingerprint.split(':')[1]}`);
    const expected = ['1 docs/stale 1', '4 docs/stale 2', '5 ids/unique 1', '7 docs/stale 3', '8 ids/unique 2'];
    expect(run(REPO)).toEqual(expected);
    expect(run(reordered(REPO, (paths) => [...paths].reverse()))).toEqual(expected);
  });

  it('keeps the first of two entities with one id by path, whatever the input order', () => {
    for (const order of [(paths: string[]) => paths, (paths: string[]) => [...paths].reverse()]) {
      const duplicates = lintFiles(reordered(REPO, order), { rules: [idsUnique] }).findings.filter((finding) => finding.message.startsWith("System 'pos'"));
      expect(duplicates.map((finding) => ({ ...brief(finding), related: finding.related?.map(({ file, line }) => `${file}:${line}`) }))).toEqual([
        {
          ruleId: 'ids/unique',
          file: 'systems/pos.yaml',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 8,
          message: "System 'pos' uses an id already taken by System 'pos' in systems/crm.yaml: ids must be unique across the repo, so rename one of them.",
          related: ['systems/crm.yaml:2'],
        },
      ]);
    }
  });

  it('keeps the model in path order, whatever the input order', () => {
    const ids = (files: Record<string, string>) => lintFiles(files, { rules: [] }).model.entities.map((entity) => `${entity.document.file.path}#${entity.id}`);
    expect(ids(reordered(REPO, (paths) => [...paths].reverse()))).toEqual(ids(REPO));
    expect(ids(REPO)[0]).toBe('docs/a.md#doc');
  });
});

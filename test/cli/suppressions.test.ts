import { describe, expect, it } from 'vitest';
import { makeRepo, runGovlint } from '../helpers/run-cli.js';
import { validateSarif } from '../helpers/validate-sarif.js';

const REPO = {
  'people.yaml': '# govlint-disable yaml/syntax -- please\nkind: Person\nid: ada\n---\nkind: Person\nid: grace\n',
  'incident.yaml': [
    'kind: Process',
    'id: incident',
    'roles:',
    '  # govlint-disable-next-line process/single-owner -- until 2027-03-31: two owners while the service desks merge',
    '  process-owner: [ada, grace]',
    '',
  ].join('\n'),
  'broken.yaml': 'kind: Person\nid: [unclosed\n',
};
const CHECK = ['check', '--today', '2026-11-22'];

describe('suppressions in every format', () => {
  it('text hides the suppressed finding and counts it; yaml/syntax stays', async () => {
    const result = await runGovlint(CHECK, makeRepo(REPO));
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('process owners');
    expect(result.stdout).toContain('yaml/syntax');
    expect(result.stdout).toContain('This suppression names yaml/syntax, whose findings cannot be suppressed: fix the syntax instead.  suppressions/valid');
    expect(result.stdout.endsWith('1 finding suppressed by govlint-disable comments.\n')).toBe(true);
  });

  it('JSON leaves it out and counts it in the summary', async () => {
    const report = JSON.parse((await runGovlint([...CHECK, '-f', 'json'], makeRepo(REPO))).stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('process/single-owner');
    expect(report.summary.suppressed).toBe(1);
  });

  it('SARIF keeps it, with an inSource suppression and its justification, and still validates', async () => {
    const sarif = JSON.parse((await runGovlint([...CHECK, '-f', 'sarif'], makeRepo(REPO))).stdout);
    expect(validateSarif(sarif)).toEqual([]);
    const suppressed = sarif.runs[0].results.filter((result: { suppressions?: unknown }) => result.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].ruleId).toBe('process/single-owner');
    expect(suppressed[0].suppressions).toEqual([{ kind: 'inSource', justification: 'two owners while the service desks merge' }]);
  });

  it('an expired suppression brings the finding back and is reported itself', async () => {
    const result = await runGovlint(['check', '--today', '2027-04-01', '-f', 'json'], makeRepo(REPO));
    const ids = JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toContain('process/single-owner');
    expect(ids).toContain('suppressions/expired');
  });

  it('a suppressed error does not fail the run', async () => {
    const { 'broken.yaml': _, ...clean } = REPO;
    const people = clean['people.yaml'].replace('# govlint-disable yaml/syntax -- please\n', '');
    expect((await runGovlint(CHECK, makeRepo({ ...clean, 'people.yaml': people }))).code).toBe(0);
  });
});

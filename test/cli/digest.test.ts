import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lines } from '../helpers/lines.js';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const ROOT = resolve(import.meta.dirname, '../..');

// Ada owns a system with a review falling due and a risk side; Priya manages the program, shares the risk and has
// a finding of her own (the program has no RACI matrix); Grace owns nothing, so she gets no page.
const FILES = {
  'people.yaml': lines('kind: Person', 'id: ada', 'name: Ada Lovelace', 'email: ada@example.org', '---', 'kind: Person', 'id: priya', '---', 'kind: Person', 'id: grace'),
  'program.yaml': lines('kind: Program', 'id: retail', 'roles:', '  program-manager: priya'),
  'pos.yaml': lines('kind: System', 'id: pos', 'program: retail', 'roles:', '  system-owner: ada', 'compliance: [PCI-DSS]', 'reviewed: 2026-09-15'),
  'risks.yaml': lines('kind: Risk', 'id: outage', 'system: pos', 'program: retail', 'roles: { program-manager: priya, system-owner: ada }', 'reviewed: 2026-10-01'),
};

describe('govlint digest', () => {
  const repos: string[] = [];
  const repo = (files: Record<string, string> = FILES) => {
    const root = makeRepo(files);
    repos.push(root);
    return root;
  };
  afterAll(() => {
    for (const root of repos) rmSync(root, { recursive: true, force: true });
  });

  it('writes one document, a section per owner with their findings by entity and what falls due for them, and leaves out the rest', async () => {
    expect(await runInProcess(['digest', '--today', '2026-11-22'], repo())).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        '# Governance digest, 2026-11-22',
        '',
        '## Ada Lovelace (ada)',
        '',
        'ada@example.org · 1 finding to fix (0 errors, 1 warning, 0 notes) · 1 item falling due by 2026-12-22',
        '',
        '### To fix',
        '',
        "**Risk 'outage'**",
        '',
        "- warning: Risk 'outage' is overdue for review: last reviewed 2026-10-01, due every 1 month, so due 2026-11-01. Review it in the joint risk review and update `reviewed`. `review/overdue` at [risks.yaml:6](risks.yaml#L6)",
        '',
        '### Falling due by 2026-12-22',
        '',
        "- 2026-12-15: System 'pos': review against its compliance obligations (PCI-DSS) at [pos.yaml:7](pos.yaml#L7)",
        '',
        '## priya',
        '',
        "2 findings to fix (0 errors, 1 warning, 1 note) · nothing falling due by 2026-12-22",
        '',
        '### To fix',
        '',
        "**Program 'retail'**",
        '',
        "- note: Program 'retail' has no RACI matrix: no Raci has `scope: retail` or one of its Systems. Write one with priya (program-manager) that names, for each of its tasks, one Accountable and who is Responsible, Consulted and Informed. `raci/required` at [program.yaml:2](program.yaml#L2)",
        '',
        "**Risk 'outage'**",
        '',
        "- warning: Risk 'outage' is overdue for review: last reviewed 2026-10-01, due every 1 month, so due 2026-11-01. Review it in the joint risk review and update `reviewed`. `review/overdue` at [risks.yaml:6](risks.yaml#L6)",
        '',
      ].join('\n'),
    });
  });

  it('writes a page per person into --out, linking back to the files, and says how many', async () => {
    const root = repo();
    expect(await runInProcess(['digest', '--today', '2026-11-22', '--out', 'digest'], root)).toEqual({ code: 0, stdout: '', stderr: 'govlint: wrote 2 digest pages to digest\n' });
    expect(readdirSync(join(root, 'digest')).sort()).toEqual(['ada.md', 'priya.md']);
    const ada = readFileSync(join(root, 'digest', 'ada.md'), 'utf8');
    expect(ada.split('\n').slice(0, 3)).toEqual(['# Ada Lovelace (ada) · governance digest, 2026-11-22', '', 'ada@example.org · 1 finding to fix (0 errors, 1 warning, 0 notes) · 1 item falling due by 2026-12-22']);
    expect(ada).toContain('`review/overdue` at [risks.yaml:6](../risks.yaml#L6)\n');
  });

  it('never writes through a symbolic link planted in the folder', async () => {
    const root = repo();
    const out = repo({});
    symlinkSync(join(out, 'planted.md'), join(out, 'ada.md'));
    const result = await runInProcess(['digest', '--today', '2026-11-22', '--out', out], root);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^govlint: cannot write .*ada\.md: .*symbolic link/);
    expect(existsSync(join(out, 'planted.md'))).toBe(false);
    expect(existsSync(join(out, 'priya.md'))).toBe(false);
  });

  it('says so when nobody has anything', async () => {
    const root = repo({ 'people.yaml': 'kind: Person\nid: ada\n' });
    expect((await runInProcess(['digest', '--today', '2026-11-22'], root)).stdout).toBe(
      '# Governance digest, 2026-11-22\n\nNobody has a finding to fix or a review falling due by 2026-12-22.\n',
    );
  });

  it("on the bundled example, gives Sofia Marquez's section as the README shows it", async () => {
    const { stdout } = await runInProcess(['digest', 'examples/omnichannel', '--today', '2026-11-22'], ROOT);
    const start = stdout.indexOf('## Sofia Marquez');
    const end = stdout.indexOf('\n## ', start);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = /```markdown\n\$ govlint digest examples\/omnichannel --today 2026-11-22\n# Governance digest, 2026-11-22\n\n…\n\n([\s\S]*?)…\n```/.exec(readme)?.[1];
    expect(shown).toBe(stdout.slice(start, end + 1));
  });
});

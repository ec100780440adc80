import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const EXAMPLE_CONFIG = readFileSync(resolve(import.meta.dirname, '../../examples/omnichannel/.govlintrc.yaml'), 'utf8');
const PEOPLE = 'kind: Person\nid: ada\n---\nkind: Person\nid: grace\n';
const RISK = 'kind: Risk\nid: r1\nseverity: critical\nreviewed: 2026-11-20\nroles: { program-manager: ada, system-owner: grace }\n';

function findings(stdout: string): Array<[string, string, number, number, string]> {
  return JSON.parse(stdout).findings.map((f: Record<string, never>) => [f.ruleId, f.severity, f.line, f.column, f.message]);
}

describe('rules declared in the config', () => {
  it("report the example config's rule at the failing node", async () => {
    const root = makeRepo({ '.govlintrc.yaml': EXAMPLE_CONFIG, 'people.yaml': PEOPLE, 'risk.yaml': RISK });
    const result = await runInProcess(['check', '-f', 'json', '--today', '2026-11-22'], root);
    expect(result.code).toBe(1);
    expect(findings(result.stdout)).toEqual([
      [
        'config/high-risk-mitigation',
        'error',
        1,
        1,
        "Risk 'r1': A high or critical risk needs a written mitigation plan; describe it under `mitigation` (it is missing the required field `mitigation`)",
      ],
    ]);
  });

  it('select entities with `when`: a low risk needs no plan', async () => {
    const root = makeRepo({ '.govlintrc.yaml': EXAMPLE_CONFIG, 'people.yaml': PEOPLE, 'risk.yaml': RISK.replace('critical', 'low') });
    expect((await runInProcess(['check', '--today', '2026-11-22'], root)).code).toBe(0);
  });

  it('point at the failing value inside the entity', async () => {
    const config = 'customRules:\n  - id: email-domain\n    kinds: [Person]\n    message: Use the company domain\n    require: { properties: { email: { pattern: "@example\\\\.com$" } } }\n';
    const root = makeRepo({ '.govlintrc.yaml': config, 'people.yaml': 'kind: Person\nid: ada\nemail: ada@gmail.com\n' });
    const [finding] = findings((await runInProcess(['check', '-f', 'json'], root)).stdout);
    expect(finding).toEqual(['config/email-domain', 'error', 3, 8, "Person 'ada': Use the company domain (`email` must be valid (must match pattern \"@example\\.com$\"), not 'ada@gmail.com')"]);
  });

  it.each([
    ['an unknown kind', 'customRules:\n  - { id: x, kinds: [Rsik], message: m, require: {} }\n', "govlint: .govlintrc.yaml: custom rule 'x' names an unknown kind 'Rsik' (did you mean 'Risk'?)\n"],
    [
      'a broken schema fragment',
      'customRules:\n  - { id: x, kinds: [Risk], message: m, require: { requird: [mitigation] } }\n',
      'govlint: .govlintrc.yaml: custom rule \'config/x\' has an invalid `require` schema: strict mode: unknown keyword: "requird"\n',
    ],
    ['a missing message', 'customRules:\n  - { id: x, kinds: [Risk], require: {} }\n', 'govlint: .govlintrc.yaml: the config is missing the required field `message` in `customRules[0]`\n'],
    [
      "an unknown kind in a rule's options",
      'rules:\n  review/overdue: [warning, { intervals: { Sytem: 1 month } }]\n',
      "govlint: .govlintrc.yaml: rule 'review/overdue' option `intervals` names an unknown kind 'Sytem' (did you mean 'System'?)\n",
    ],
  ])('stop at load with exit 2 on %s, naming the rule', async (_name, config, stderr) => {
    const result = await runInProcess(['check'], makeRepo({ '.govlintrc.yaml': config, 'people.yaml': PEOPLE }));
    expect(result).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('presets', () => {
  const STALE = { 'sla.md': '---\nkind: Document\nid: sla\nreviewed: 2026-01-10\n---\n' };

  it('govlint:strict turns warnings into errors, and the config still overrides it', async () => {
    const strict = makeRepo({ ...STALE, '.govlintrc.yaml': 'extends: govlint:strict\n' });
    expect(findings((await runInProcess(['check', '-f', 'json', '--today', '2026-11-22'], strict)).stdout)[0]!.slice(0, 2)).toEqual(['docs/stale', 'error']);
    const relaxed = makeRepo({ ...STALE, '.govlintrc.yaml': 'extends: [govlint:strict]\nrules:\n  docs/stale: note\n' });
    expect(findings((await runInProcess(['check', '-f', 'json', '--today', '2026-11-22'], relaxed)).stdout)[0]!.slice(0, 2)).toEqual(['docs/stale', 'note']);
  });

  it("a plugin's preset sets its rules", async () => {
    const plugin =
      "export default { name: 'house', rules: [{ meta: { id: 'no-drafts', description: 'No drafts.', severity: 'warning' }, check({ model, report }) { for (const e of model.entities) if (e.data.tags?.includes('draft')) report({ entity: e, path: ['tags'], message: 'Draft.' }); } }], presets: { strict: { rules: { 'no-drafts': 'error' } } } };\n";
    const root = makeRepo({ 'house.mjs': plugin, '.govlintrc.yaml': 'plugins: [./house.mjs]\nextends: [govlint:recommended, house:strict]\n', 'p.yaml': 'kind: Person\nid: ada\ntags: [draft]\n' });
    expect(findings((await runInProcess(['check', '-f', 'json'], root)).stdout)).toEqual([['house/no-drafts', 'error', 3, 7, 'Draft.']]);
  });

  it('an unknown preset is a config error that lists the known ones', async () => {
    const result = await runInProcess(['check'], makeRepo({ 'p.yaml': PEOPLE, '.govlintrc.yaml': 'extends: govlint:strikt\n' }));
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "govlint: .govlintrc.yaml: `extends` names an unknown preset 'govlint:strikt' (did you mean 'govlint:strict'?); known presets: govlint:recommended, govlint:strict, govlint:backstage\n",
    });
  });
});

describe('govlint rules and govlint explain', () => {
  const root = () => makeRepo({ '.govlintrc.yaml': EXAMPLE_CONFIG.replace('rules:\n', 'rules:\n  process/has-manager: off\n') });

  it('lists every rule with the severity it runs at and where it comes from', async () => {
    const result = await runInProcess(['rules', '-f', 'json'], root());
    const rules = JSON.parse(result.stdout) as Array<{ id: string; severity: string; source: string }>;
    expect(rules.find((rule) => rule.id === 'process/has-manager')).toMatchObject({ severity: 'off', source: 'built-in' });
    expect(rules.find((rule) => rule.id === 'config/high-risk-mitigation')).toMatchObject({ severity: 'error', source: 'config' });
    expect(rules.map((rule) => rule.id)).toEqual([...rules.map((rule) => rule.id)].sort());
  });

  it('prints one aligned line per rule', async () => {
    const { stdout } = await runInProcess(['rules'], root());
    expect(stdout).toContain('\nprocess/single-owner             error    A Process must have exactly one process-owner; it may have any number of process-managers.\n');
    expect(stdout).toContain('\nconfig/high-risk-mitigation      error    High and critical risks must say how they are being mitigated. (config)\n');
  });

  it("explains a built-in rule with its docs page and the severity it runs at", async () => {
    const result = await runInProcess(['explain', 'raci/no-gaps'], root());
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('raci/no-gaps: warning under .govlintrc.yaml\n\n# raci/no-gaps\n')).toBe(true);
    expect(result.stdout).toContain('## Incorrect');
  });

  it('explains a rule declared in the config from its metadata', async () => {
    const result = await runInProcess(['explain', 'config/high-risk-mitigation'], root());
    expect(result.stdout).toBe(
      'config/high-risk-mitigation: error under .govlintrc.yaml\n\n# config/high-risk-mitigation\n\nHigh and critical risks must say how they are being mitigated.\n\n**Default severity:** error (config rule)\n\n## Options\n\nNone.\n',
    );
  });

  it('suggests the closest rule for an unknown id', async () => {
    expect(await runInProcess(['explain', 'raci/no-gap'], root())).toEqual({
      code: 2,
      stdout: '',
      stderr: "govlint: unknown rule 'raci/no-gap' (did you mean 'raci/no-gaps'?); govlint rules lists them all\n",
    });
  });
});

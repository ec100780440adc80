import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const PERSON = { 'p.yaml': 'kind: Person\nid: ada\n' };
// A config that would leave a trace if it ran.
const TRAP = "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./ran.txt', import.meta.url), 'ran');\nexport default {};\n";

describe('--no-code, for checking untrusted changes', () => {
  it('refuses a JavaScript config without running it', async () => {
    const root = makeRepo({ ...PERSON, 'govlint.config.mjs': TRAP });
    const result = await runInProcess(['check', '--no-code'], root);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'govlint: cannot read config govlint.config.mjs: it is JavaScript, which --no-code refuses to run: use a YAML or JSON config to check untrusted changes\n',
    });
    expect(existsSync(join(root, 'ran.txt'))).toBe(false);
  });

  it('refuses plugins without loading them', async () => {
    const root = makeRepo({ ...PERSON, 'trap.mjs': TRAP, '.govlintrc.yaml': 'plugins: [./trap.mjs]\n' });
    const result = await runInProcess(['check', '--no-code'], root);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'govlint: .govlintrc.yaml: loads plugins (./trap.mjs), which --no-code refuses to run\n' });
    expect(existsSync(join(root, 'ran.txt'))).toBe(false);
  });

  it('checks as usual with a YAML config and rules declared in it', async () => {
    const config = 'customRules:\n  - { id: named, kinds: [Person], message: Give every person a name, require: { required: [name] } }\n';
    const result = await runInProcess(['check', '--no-code', '-f', 'json'], makeRepo({ ...PERSON, '.govlintrc.yaml': config }));
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['config/named']);
  });
});

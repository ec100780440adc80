import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

// govlint looks for its config where the README says, and nowhere else: cosmiconfig, which it used before, also
// read settings of its own from the checked folder (package.json#cosmiconfig, package.yaml, .config/config.*) and
// followed `$import` keys, importing JavaScript in every command, --no-code or not, even beside --config.

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const MODULE_TRAP = "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./ran.txt', import.meta.url), 'ran');\nexport default {};\n";
const COMMONJS_TRAP = "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'ran.txt'), 'ran');\nmodule.exports = {};\n";

/** Each place cosmiconfig looked, with what a pull request would plant there; every trap writes ran.txt beside it. */
const PLACES: Record<string, Record<string, string>> = {
  'package.json#cosmiconfig': { 'package.json': '{ "cosmiconfig": { "$import": "./trap.mjs" } }\n' },
  'package.yaml': { 'package.yaml': 'cosmiconfig:\n  $import: ./trap.mjs\n' },
  '.config/config.json': { '.config/config.json': '{ "$import": "./trap.mjs" }\n', '.config/trap.mjs': MODULE_TRAP },
  '.config/config.yaml': { '.config/config.yaml': '$import: ./trap.mjs\n', '.config/trap.mjs': MODULE_TRAP },
  '.config/config.yml': { '.config/config.yml': '$import: ./trap.mjs\n', '.config/trap.mjs': MODULE_TRAP },
  '.config/config.js': { '.config/config.js': COMMONJS_TRAP },
  '.config/config.cjs': { '.config/config.cjs': COMMONJS_TRAP },
  '.config/config.mjs': { '.config/config.mjs': MODULE_TRAP },
  '.config/config.ts': { '.config/config.ts': MODULE_TRAP },
  // Places cosmiconfig looked for govlint's own config that the README does not name.
  '.config/govlintrc.mjs': { '.config/govlintrc.mjs': MODULE_TRAP },
  '.govlintrc.ts': { '.govlintrc.ts': MODULE_TRAP },
  'govlint.config.ts': { 'govlint.config.ts': MODULE_TRAP },
};

/** A Person with a broken reference (an error by default), a trusted config that makes it a warning, and the traps. */
function trappedRepo(places: readonly string[]): string {
  const root = makeRepo({
    'ada.yaml': 'kind: Person\nid: ada\nteam: nobody\n',
    '.trusted.yaml': 'rules:\n  refs/resolve: warning\n',
    'trap.mjs': MODULE_TRAP,
    ...Object.assign({}, ...places.map((place) => PLACES[place])),
  });
  folders.push(root);
  return root;
}

function ran(root: string): string[] {
  return ['ran.txt', '.config/ran.txt'].filter((file) => existsSync(join(root, file)));
}

/** The findings about ada.yaml, as rule and severity. */
function adaFindings(stdout: string): string[] {
  const findings = JSON.parse(stdout).findings as { ruleId: string; severity: string; file: string }[];
  return findings.filter((finding) => finding.file === 'ada.yaml').map((finding) => `${finding.ruleId} ${finding.severity}`);
}

describe('config discovery runs no code from places govlint does not document', () => {
  it.each(Object.keys(PLACES))('%s: check, with and without --no-code, and with a trusted --config', async (place) => {
    const root = trappedRepo([place]);
    const runs = [
      { args: [], code: 1, severity: 'error' },
      { args: ['--no-code'], code: 1, severity: 'error' },
      { args: ['--no-code', '--config', '.trusted.yaml'], code: 0, severity: 'warning' },
    ];
    const results = await Promise.all(runs.map(({ args }) => runInProcess(['check', '-f', 'json', ...args], root)));
    expect(ran(root)).toEqual([]);
    for (const [index, { code, severity }] of runs.entries()) {
      expect(results[index]!.stderr).toBe('');
      expect(results[index]!.code).toBe(code);
      expect(adaFindings(results[index]!.stdout)).toEqual([`refs/resolve ${severity}`]);
    }
  });

  it('rules, explain, schema and baseline, with every place planted at once', async () => {
    const root = trappedRepo(Object.keys(PLACES));
    for (const [config, severity, source] of [
      [[], 'error', 'the default configuration'],
      [['--config', '.trusted.yaml'], 'warning', '.trusted.yaml'],
    ] as const) {
      const rules = await runInProcess(['rules', '-f', 'json', ...config], root);
      expect(rules.code).toBe(0);
      expect(JSON.parse(rules.stdout).find((rule: { id: string }) => rule.id === 'refs/resolve').severity).toBe(severity);
      const explain = await runInProcess(['explain', 'refs/resolve', ...config], root);
      expect(explain.code).toBe(0);
      expect(explain.stdout.split('\n')[0]).toBe(`refs/resolve: ${severity} under ${source}`);
      const schema = await runInProcess(['schema', '-o', 'schemas', ...config], root);
      expect(schema.code).toBe(0);
      expect(existsSync(join(root, 'schemas', 'person.schema.json'))).toBe(true);
      for (const noCode of [[], ['--no-code']]) {
        const baseline = await runInProcess(['baseline', '-o', 'baseline.json', ...noCode, ...config], root);
        expect(baseline).toEqual({ code: 0, stdout: '', stderr: 'govlint: recorded 1 finding in baseline.json\n' });
      }
      expect(ran(root)).toEqual([]);
    }
  });

  it("treats `$import` in govlint's own config as the unknown field it is", async () => {
    for (const [file, text] of [
      ['.govlintrc.yaml', '$import: ./trap.mjs\n'],
      ['package.json', '{ "govlint": { "$import": "./trap.mjs" } }\n'],
    ] as const) {
      const repo = makeRepo({ 'ada.yaml': 'kind: Person\nid: ada\n', 'trap.mjs': MODULE_TRAP, [file]: text });
      folders.push(repo);
      for (const args of [[], ['--no-code']]) {
        const result = await runInProcess(['check', ...args], repo);
        expect(ran(repo)).toEqual([]);
        expect(result).toEqual({
          code: 2,
          stdout: '',
          stderr: `govlint: ${file}: the config has an unknown field \`$import\`; known fields: $schema, extends, include, exclude, plugins, rules, customRules, limits\n`,
        });
      }
    }
  });
});

import { realpathSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { makeRepo } from '../helpers/run-cli.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const root = realpathSync(makeRepo(files));
  folders.push(root);
  return root;
}

const shown = (file: string) => relative(process.cwd(), file);

describe('loadConfig', () => {
  it('takes the first of the documented places, package.json#govlint first, in the folder searched from', async () => {
    const root = folder({
      'package.json': '{ "name": "x", "govlint": { "exclude": ["a"] } }',
      '.govlintrc': 'exclude: [b]\n',
      'govlint.config.mjs': 'export default { exclude: ["c"] };\n',
    });
    expect(await loadConfig(root)).toEqual({ config: { exclude: ['a'] }, file: shown(join(root, 'package.json')), baseDir: root, allowCode: true });
  });

  it('reads .govlintrc as YAML or JSON, passes over empty files and a package.json without `govlint`', async () => {
    const root = folder({ 'package.json': '{ "name": "x" }', '.govlintrc': '{ "exclude": ["json"] }', '.govlintrc.json': '' });
    expect((await loadConfig(root)).config).toEqual({ exclude: ['json'] });
    const yaml = folder({ '.govlintrc': ' \n', '.govlintrc.yml': '# only a comment\n', 'package.json': '{}' });
    expect(await loadConfig(yaml)).toEqual({ config: {}, file: shown(join(yaml, '.govlintrc.yml')), baseDir: yaml, allowCode: true });
  });

  it('searches upwards and stops at the folder with a package.json', async () => {
    const root = folder({ '.govlintrc.yaml': 'exclude: [outer]\n', 'project/package.json': '{}', 'project/governance/people/.keep': '' });
    const from = join(root, 'project/governance/people');
    expect(await loadConfig(from)).toEqual({ config: {}, baseDir: from, allowCode: true });
    const inner = folder({ 'project/.govlintrc.yaml': 'exclude: [inner]\n', 'project/package.json': '{}', 'project/governance/.keep': '' });
    expect((await loadConfig(join(inner, 'project/governance'))).baseDir).toBe(join(inner, 'project'));
  });

  it('imports a JavaScript config only when code is allowed', async () => {
    const root = folder({ 'package.json': '{}', 'govlint.config.cjs': 'module.exports = { exclude: ["cjs"] };\n' });
    expect((await loadConfig(root)).config).toEqual({ exclude: ['cjs'] });
    await expect(loadConfig(root, undefined, false)).rejects.toThrow(
      `cannot read config ${shown(join(root, 'govlint.config.cjs'))}: it is JavaScript, which --no-code refuses to run: use a YAML or JSON config to check untrusted changes`,
    );
  });

  it('says in one line why a config cannot be read', async () => {
    const root = folder({
      'bad.yaml': 'rules: [unclosed\n',
      'bad.json': '{ "rules": }',
      'empty.yaml': '',
      'settings.toml': 'rules = {}\n',
      'bombs.yaml': `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [${'*a, '.repeat(20)}*a]\nc: [${'*b, '.repeat(20)}*b]\n`,
    });
    const reason = (file: string) => loadConfig(root, join(root, file)).then(() => 'read', (error: Error) => error.message);
    const where = (file: string) => `cannot read config ${shown(join(root, file))}`;
    expect(await reason('bad.yaml')).toBe(`${where('bad.yaml')}: Flow sequence in block collection must be sufficiently indented and end with a ] (2:1)`);
    expect(await reason('bad.json')).toMatch(new RegExp(`^${where('bad.json').replaceAll('.', '\\.')}: Unexpected token`));
    expect(await reason('missing.yaml')).toBe(`${where('missing.yaml')}: no such file`);
    expect(await reason('settings.toml')).toBe(
      `${where('settings.toml')}: govlint reads a config written in YAML (.yaml, .yml or no extension), JSON (.json) or JavaScript (.js, .cjs, .mjs)`,
    );
    expect(await reason('bombs.yaml')).toMatch(/: Excessive alias count indicates a resource exhaustion attack$/);
    expect(await loadConfig(root, join(root, 'empty.yaml'))).toMatchObject({ config: {}, baseDir: root });
  });
});

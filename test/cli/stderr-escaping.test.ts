import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

// stderr is read by terminals and by CI runners: a line break quoted from a config value or a file name must not
// start a GitHub workflow command of its own, and an escape sequence must not reach the terminal.

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const root = makeRepo({ 'ada.yaml': 'kind: Person\nid: ada\n', ...files });
  folders.push(root);
  return root;
}

describe('what govlint echoes on stderr is escaped', () => {
  it.each([
    [
      'a rule id with a line break',
      'rules:\n  "docs/stale\\n::error::x": warning\n',
      [],
      "govlint: .govlintrc.yaml: `rules` names an unknown rule 'docs/stale\\x0a::error::x'\n",
    ],
    [
      'a preset with an escape sequence',
      'extends: "govlint:\\e[31mred"\n',
      [],
      "govlint: .govlintrc.yaml: `extends` must be a preset name or a list of preset names, not 'govlint:\\x1b[31mred'\n",
    ],
    [
      'a plugin refused under --no-code',
      'plugins: ["./x\\n::stop-commands::token\\r\\n::error::x"]\n',
      ['--no-code'],
      'govlint: .govlintrc.yaml: loads plugins (./x\\x0a::stop-commands::token\\x0d\\x0a::error::x), which --no-code refuses to run\n',
    ],
  ])('%s', async (_name, config, args, stderr) => {
    const result = await runInProcess(['check', ...args], repo({ '.govlintrc.yaml': config }));
    expect(result).toEqual({ code: 2, stdout: '', stderr });
  });

  it('a file name the config leaves out', async () => {
    const name = 'notes\n::error::x\u001b[2J.txt';
    const result = await runInProcess(['check', '-f', 'json', '-o', 'report.json', name], repo({ [name]: '' }));
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: "govlint: not checked, as the config's include and exclude leave it out: notes\\x0a::error::x\\x1b[2J.txt\n",
    });
  });
});

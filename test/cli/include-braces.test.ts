import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const repos: string[] = [];
afterEach(() => {
  for (const root of repos.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('an include or exclude pattern of many brace groups', () => {
  it('is one config error naming the pattern and the bound, exit 2, before any file is read', async () => {
    const pattern = `${'{a,b}'.repeat(18)}*.yaml`;
    const root = makeRepo({ '.govlintrc.yaml': `include:\n  - "${pattern}"\n`, 'a.yaml': 'kind: Person\nid: ada\n' });
    repos.push(root);
    expect(await runInProcess(['check'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: `govlint: .govlintrc.yaml: include pattern '${pattern}' expands to 262144 patterns through its brace groups, more than the 256 govlint allows: use fewer brace groups\n`,
    });
  });

  it('counts exclude patterns too, and says so when the count is beyond words', async () => {
    const pattern = `${'{a,b,c,d}'.repeat(30)}/**`;
    const root = makeRepo({ '.govlintrc.yaml': `exclude:\n  - "${pattern}"\n`, 'a.yaml': 'kind: Person\nid: ada\n' });
    repos.push(root);
    expect(await runInProcess(['check'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: `govlint: .govlintrc.yaml: exclude pattern '${pattern}' expands to more than 10^15 patterns through its brace groups, more than the 256 govlint allows: use fewer brace groups\n`,
    });
  });

  it('is accepted up to the bound', async () => {
    const root = makeRepo({ '.govlintrc.yaml': `include:\n  - "${'{a,b}'.repeat(8)}*.yaml"\n  - "*.yaml"\n`, 'a.yaml': 'kind: Person\nid: ada\n' });
    repos.push(root);
    expect(await runInProcess(['check'], root)).toEqual({ code: 0, stdout: '✔ No problems in 1 entity in 1 file.\n', stderr: '' });
  });
});

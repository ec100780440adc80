import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';
import { scratchRepo } from '../helpers/scratch-git.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const doc = (id: string, body: string) => `---\nkind: Document\nid: ${id}\nreviewed: 2025-12-01\n---\n# ${id}\n\n${body}\n`;
const person = (id: string) => `kind: Person\nid: ${id}\nteam: nobody\n`;

/** The findings of a JSON report, as [file, line, rule, message]. */
function findings(stdout: string): Array<[string, number, string, string]> {
  return JSON.parse(stdout).findings.map((f: { file: string; line: number; ruleId: string; message: string }) => [f.file, f.line, f.ruleId, f.message]);
}

const unreviewed = (id: string, commit: string, later = '') =>
  `Document '${id}' changed after its review of 2025-12-01: commit ${commit} of 2026-02-01 changed it without updating \`reviewed\`${later}. Review the changes and update \`reviewed\`.`;

/** A file name that is not UTF-8: `caf`, the Latin-1 byte for é, then the extension. */
const latin1 = (extension: string) => Buffer.concat([Buffer.from('caf'), Buffer.of(0xe9), Buffer.from(extension)]);
const shown = (extension: string) => `caf\uFFFD${extension}`;

function writeBytesNamed(folder: string, name: Buffer, text: string): void {
  writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), name]), text);
}

describe('committed file names with control characters', () => {
  it('leave the history of the other files of each commit whole, so docs/changed-unreviewed reports every file', async () => {
    // Git lists a commit's files in byte order: the second of these followed a NUL, as a commit did in the old output.
    const names = ['\x01a.md', '\x01commit\x01b.md', 'c\nd.md', 'z.md'];
    const repo = scratchRepo(Object.fromEntries(names.map((name, index) => [name, doc(`doc-${index}`, 'First text.')])));
    made.push(repo.root);
    repo.commit('Add the documents', '2026-01-10');
    repo.write(Object.fromEntries(names.map((name, index) => [name, doc(`doc-${index}`, 'Second text.')])));
    const first = repo.commit('Change them all', '2026-02-01');
    repo.write(Object.fromEntries(names.map((name, index) => [name, doc(`doc-${index}`, 'Third text.')])));
    repo.commit('Change them all again', '2026-02-01');
    const result = await runInProcess(['check', '--today', '2026-03-01', '-f', 'json'], repo.root);
    expect(result.stderr).toBe('');
    expect(findings(result.stdout)).toEqual(
      names.map((name, index) => [name, 4, 'docs/changed-unreviewed', unreviewed(`doc-${index}`, first, ' (and so did 1 later commit)')]),
    );
  });
});

describe('a file name that is not UTF-8', () => {
  it('is read and checked, outside Git', async () => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'govlint-names-')));
    made.push(root);
    mkdirSync(join(root, 'people'));
    writeBytesNamed(join(root, 'people'), latin1('.yaml'), person('ada'));
    const result = await runInProcess(['check', '-f', 'json'], root);
    expect(result).toMatchObject({ code: 1, stderr: '' });
    expect(findings(result.stdout)).toEqual([[`people/${shown('.yaml')}`, 3, 'refs/resolve', "Person 'ada': `team` names 'nobody', but there is no Team with that id."]]);
  });

  it('is read and checked in a Git working tree, untracked or committed, with its history', async () => {
    const repo = scratchRepo();
    made.push(repo.root);
    writeBytesNamed(repo.root, latin1('.yaml'), person('ada'));
    const untracked = await runInProcess(['check', '-f', 'json'], repo.root);
    expect(findings(untracked.stdout)).toEqual([[shown('.yaml'), 3, 'refs/resolve', "Person 'ada': `team` names 'nobody', but there is no Team with that id."]]);

    writeBytesNamed(repo.root, latin1('.md'), doc('sla', 'First text.'));
    repo.commit('Add', '2026-01-10');
    writeBytesNamed(repo.root, latin1('.md'), doc('sla', 'Second text.'));
    const changed = repo.commit('Change the SLA', '2026-02-01');
    const committed = await runInProcess(['check', '--today', '2026-03-01', '-f', 'json'], repo.root);
    expect(committed.stderr).toBe('');
    expect(findings(committed.stdout)).toEqual([
      [shown('.md'), 4, 'docs/changed-unreviewed', unreviewed('sla', changed)],
      [shown('.yaml'), 3, 'refs/resolve', "Person 'ada': `team` names 'nobody', but there is no Team with that id."],
    ]);
  });

  it('stands for its own file when another name differs only in its bad bytes', async () => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'govlint-names-')));
    made.push(root);
    writeBytesNamed(root, latin1('.yaml'), person('ada'));
    writeBytesNamed(root, Buffer.concat([Buffer.from('caf'), Buffer.of(0xe8), Buffer.from('.yaml')]), person('grace'));
    const result = await runInProcess(['check', '-f', 'json'], root);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ files: 2, entities: 2 });
    expect(findings(result.stdout).map(([, , , message]) => message)).toEqual([
      "Person 'ada': `team` names 'nobody', but there is no Team with that id.",
      "Person 'grace': `team` names 'nobody', but there is no Team with that id.",
    ]);
  });
});

import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, runGovlint } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const PEOPLE = 'kind: Person\nid: davis\n---\nkind: Person\nid: windy\n';
const INCIDENT = 'kind: Process\nid: incident\nroles:\n  process-owner: [davis, windy]\n';
const SINGLE_OWNER =
  "incident.yaml\n  4:18  error    Process 'incident' has 2 process owners (davis, windy): keep exactly one owner and make the others `process-manager`s, who run the process for their teams.  process/single-owner  → davis, windy\n";

/** A repo whose config loads ./plugin.mjs, a plugin named `tricky` with these rules (JavaScript source). */
function repoWithRules(rules: string): string {
  const plugin = `export default { name: 'tricky', rules: [${rules}] };\n`;
  return makeRepo({ '.govlintrc.yaml': 'plugins: [./plugin.mjs]\n', 'plugin.mjs': plugin, 'people.yaml': PEOPLE, 'incident.yaml': INCIDENT });
}

const OWNERS_RULE = `{
  meta: { id: 'names-owners', description: 'Names the owner of each process.', severity: 'warning' },
  check({ model, report }) {
    for (const process of model.ofKind('Process')) {
      if (process.data.roles) report({ entity: process, path: ['roles', 'process-owner'], message: 'Owned.' });
    }
  },
}`;

const repos: string[] = [];
afterEach(() => {
  for (const root of repos.splice(0)) rmSync(root, { recursive: true, force: true });
});
const scratch = (rules: string) => {
  const root = repoWithRules(rules);
  repos.push(root);
  return root;
};

describe('an async plugin rule', () => {
  it('that rejects is a rule failure, named, with every other finding still printed and exit 2', async () => {
    const rejecting = `{
      meta: { id: 'async-rejects', description: 'Rejects.', severity: 'error' },
      async check({ model, report }) {
        await null;
        for (const process of model.ofKind('Process')) report({ entity: process, message: 'Too late.' });
        throw new Error('rejected on purpose');
      },
    }`;
    const result = await runInProcess(['check'], scratch(`${rejecting}, ${OWNERS_RULE}`));
    expect(result).toEqual({
      code: 2,
      stdout:
        '.govlintrc.yaml\n' +
        "  1:1  error  Rule tricky/async-rejects failed, so its findings are missing: its check returned a promise, and govlint does not wait for rules: make check synchronous. Report this to the rule's author.  tricky/async-rejects\n" +
        '\n' +
        SINGLE_OWNER +
        '  4:18  warning  Owned.  tricky/names-owners  → davis, windy\n' +
        '\n' +
        '✖ 3 problems (2 errors, 1 warning, 0 notes) in 3 entities in 2 files.\n',
      stderr:
        'govlint: rule tricky/async-rejects failed, so the check is incomplete: its check returned a promise, and govlint does not wait for rules: make check synchronous\n',
    });
  });

  it('that reports from a timer after check returned adds nothing late', async () => {
    const late = `{
      meta: { id: 'reports-late', description: 'Reports from a timer.', severity: 'error' },
      check({ model, report }) {
        const [process] = model.ofKind('Process');
        setTimeout(() => report({ entity: process, message: 'Too late.' }), 0);
      },
    }`;
    const result = await runGovlint(['check', '-f', 'json'], scratch(late));
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['process/single-owner']);
  });
});

describe('a plugin rule that leaves a promise behind', () => {
  it('that fails after check returned is one line on stderr and exit 2, with the report still printed', async () => {
    const stray = `{
      meta: { id: 'stray-promise', description: 'Starts a promise it does not return.', severity: 'error' },
      check() {
        Promise.reject(new Error('failed on purpose'));
      },
    }`;
    const result = await runGovlint(['check'], scratch(stray));
    expect(result).toEqual({
      code: 2,
      stdout: `${SINGLE_OWNER.replace('error    ', 'error  ')}\n✖ 1 problem (1 error, 0 warnings, 0 notes) in 3 entities in 2 files.\n`,
      stderr: 'govlint: a promise that a plugin left behind failed, so the check may be incomplete: failed on purpose\n',
    });
  });
});

describe('a plugin rule that changes the model', () => {
  it('fails, named, and the other rules still see the model as it was', async () => {
    const editing = `{
      meta: { id: 'edits-model', description: 'Deletes roles.', severity: 'error' },
      check({ model }) {
        for (const process of model.ofKind('Process')) delete process.data.roles;
      },
    }`;
    const result = await runInProcess(['check'], scratch(`${editing}, ${OWNERS_RULE}`));
    expect(result).toEqual({
      code: 2,
      stdout:
        '.govlintrc.yaml\n' +
        "  1:1  error  Rule tricky/edits-model failed, so its findings are missing: it tried to change the model, which rules may only read (Cannot delete property 'roles' of #<Object>). Report this to the rule's author.  tricky/edits-model\n" +
        '\n' +
        SINGLE_OWNER +
        '  4:18  warning  Owned.  tricky/names-owners  → davis, windy\n' +
        '\n' +
        '✖ 3 problems (2 errors, 1 warning, 0 notes) in 3 entities in 2 files.\n',
      stderr:
        "govlint: rule tricky/edits-model failed, so the check is incomplete: it tried to change the model, which rules may only read (Cannot delete property 'roles' of #<Object>)\n",
    });
  });

  it('fails whatever part it writes to: an entity list, an entity, a value, a file, the built-in roles', async () => {
    const writes = [
      'model.entities.length = 0',
      "model.ofKind('Process').pop()",
      "model.ofKind('Process')[0].id = 'other'",
      "model.ofKind('Process')[0].data.roles['process-owner'].push('ghost')",
      'model.files[0].documents.splice(0)',
      "model.builtinRoles.add('ghost')",
    ];
    const rules = writes.map((write, index) => `{ meta: { id: 'w${index}', description: 'Writes.', severity: 'error' }, check({ model }) { ${write}; } }`);
    const result = await runInProcess(['check', '-f', 'json'], scratch(`${rules.join(', ')}, ${OWNERS_RULE}`));
    expect(result.code).toBe(2);
    const findings = JSON.parse(result.stdout).findings as Array<{ ruleId: string; message: string }>;
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['process/single-owner', 'tricky/names-owners', 'tricky/w0', 'tricky/w1', 'tricky/w2', 'tricky/w3', 'tricky/w4', 'tricky/w5']);
    for (const finding of findings.filter((f) => /^tricky\/w\d$/.test(f.ruleId))) {
      expect(finding.message).toMatch(new RegExp(`^Rule ${finding.ruleId} failed.*, so its findings are missing: it tried to change the model, which rules may only read \\(.+\\)\\. Report this to the rule's author\\.$`));
    }
  });
});

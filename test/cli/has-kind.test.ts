import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const MESSAGE =
  "This YAML document (id 'grace') has no `kind`, so it is not checked as an entity: `Kind` is not `kind` (keys are case-sensitive), so write `kind: Person` instead.";
const PEOPLE = 'kind: Person\nid: ada\n---\nKind: Person\nid: grace\n';

describe('a document with a misspelt kind, in every format', () => {
  const roots: string[] = [];
  const repo = (files: Record<string, string>) => {
    const root = makeRepo(files);
    roots.push(root);
    return root;
  };
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('is a GitHub annotation', async () => {
    const result = await runInProcess(['check', '-f', 'github'], repo({ 'people.yaml': PEOPLE }));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`::error file=people.yaml,line=4,col=1,endLine=4,endColumn=5,title=schema/has-kind::${MESSAGE}\n`);
  });

  it('is a GitLab code quality issue', async () => {
    const result = await runInProcess(['check', '-f', 'gitlab'], repo({ 'people.yaml': PEOPLE }));
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject([{ check_name: 'schema/has-kind', description: MESSAGE, location: { path: 'people.yaml', lines: { begin: 4 } } }]);
  });

  it('is a SARIF result', async () => {
    const result = await runInProcess(['check', '-f', 'sarif'], repo({ 'people.yaml': PEOPLE }));
    expect(result.code).toBe(1);
    const [run] = JSON.parse(result.stdout).runs;
    expect(run.results).toMatchObject([
      {
        ruleId: 'schema/has-kind',
        level: 'error',
        message: { text: MESSAGE },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'people.yaml' }, region: { startLine: 4, startColumn: 1, endLine: 4, endColumn: 5 } } }],
      },
    ]);
  });

  it('is a JUnit failure', async () => {
    const result = await runInProcess(['check', '-f', 'junit'], repo({ 'people.yaml': PEOPLE }));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('<testsuite name="schema/has-kind" tests="1" failures="1" errors="0">');
    expect(result.stdout).toContain('people.yaml:4:1');
  });

  it('fails --max-warnings 0 when the config makes it a warning, and passes without', async () => {
    const root = repo({ 'people.yaml': PEOPLE, '.govlintrc.yaml': 'rules:\n  schema/has-kind: warning\n' });
    expect((await runInProcess(['check', '-f', 'github', '--max-warnings', '0'], root)).code).toBe(1);
    const lenient = await runInProcess(['check', '-f', 'github'], root);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('::warning file=people.yaml,line=4');
  });
});

import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/formatters/text.js';
import { checkReport } from '../helpers/check-report.js';
import { brief, lintFiles } from '../helpers/lint-files.js';

// Crafted and broken input: govlint finishes, reports what it can, and nothing leaks into the process.
describe('hostile input', () => {
  it('empty files and files of comments hold no entity and no finding', () => {
    const result = lintFiles({ 'empty.yaml': '', 'comments.yaml': '# only a comment\n# and another\n', 'blank.md': '' });
    expect(result.model.entities).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId !== 'schema/valid')).toEqual([]);
  });

  it('tabs used for indentation are a syntax finding at the tab', () => {
    const findings = lintFiles({ 'a.yaml': 'kind: Person\nid: ada\nroles:\n\tprocess-owner: ada\n' }).findings.filter((f) => f.ruleId === 'yaml/syntax');
    expect(findings.map((f) => [f.line, f.column])).toEqual([[4, 1]]);
  });

  it('nesting 10,000 levels deep is a syntax finding, not a crash', () => {
    const text = `kind: Person\nid: deep\nname: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const result = lintFiles({ 'deep.yaml': text, 'ok.yaml': 'kind: Person\nid: ok\n' });
    expect(result.failures).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'yaml/syntax').map((f) => f.message)).toContain('This YAML is nested too deeply to read: flatten it');
    expect(result.model.entities.map((entity) => entity.id)).toEqual(['ok']);
  });

  it('keys __proto__, constructor and prototype pollute nothing, and the entity is still validated', () => {
    const text = 'kind: Person\nid: ada\n__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\nprototype: x\n';
    const result = lintFiles({ 'a.yaml': text });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(result.findings.filter((f) => f.ruleId === 'schema/valid').map((f) => [f.line, f.message])).toEqual([
      [3, "Person 'ada' has an unknown field `__proto__`; known fields: kind, id, name, description, tags, roles, reviewed, reviewEvery, reviewedBy, email, team."],
      [4, "Person 'ada' has an unknown field `constructor`; known fields: kind, id, name, description, tags, roles, reviewed, reviewEvery, reviewedBy, email, team."],
      [5, "Person 'ada' has an unknown field `prototype`; known fields: kind, id, name, description, tags, roles, reviewed, reviewEvery, reviewedBy, email, team."],
    ]);
  });

  it('values of the wrong type where text is expected are schema findings with plain messages', () => {
    const result = lintFiles({
      'a.yaml': 'kind: [a, b]\nid: x\n---\nkind: Person\nid: 12\n---\nkind: Person\nid: null\n---\nkind: Document\nid: d\nreviewed: 2026-02-30\n',
    });
    expect(result.failures).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'schema/valid').map((f) => [f.line, f.column, f.message])).toEqual([
      [1, 7, `["a","b"] 'x' has an unknown kind '["a","b"]'; known kinds: Document, Person, Process, Product, Program, Raci, Risk, Role, System, Team.`],
      [5, 5, 'Person in a.yaml: `id` must be a text, not the number 12.'],
      [8, 5, 'Person in a.yaml: `id` must be a text, not empty.'],
      [12, 11, "Document 'd': `reviewed` must be a real calendar date written YYYY-MM-DD, not '2026-02-30'."],
    ]);
  });

  it('an id of 100,000 characters and a 1 MB value are checked quickly and shown shortened', () => {
    const id = 'a'.repeat(100_000);
    const started = performance.now();
    const result = lintFiles({
      'a.yaml': `kind: Process\nid: ${id}\ndescription: ${'b'.repeat(1_048_576)}\nroles:\n  process-owner: ${id}x\n`,
    });
    // Generous: only a super-linear step (a suggestion over two 100,000-character ids) would come near it.
    expect(performance.now() - started).toBeLessThan(10_000);
    const message = result.findings.find((f) => f.ruleId === 'refs/resolve')!.message;
    expect(message.length).toBeLessThan(400);
    expect(message.startsWith(`Process '${'a'.repeat(77)}...'`)).toBe(true);
  });

  it('front matter that is not a mapping is reported at the file', () => {
    const result = lintFiles({ 'a.md': '---\n- just\n- a list\n---\n# Body\n' });
    expect(result.findings.map(brief)).toEqual([
      {
        ruleId: 'schema/valid',
        file: 'a.md',
        line: 2,
        column: 1,
        endLine: 3,
        endColumn: 9,
        message: 'This YAML document is not a mapping, so it cannot be an entity: write one entity per document, each a mapping with `kind` and `id`.',
      },
    ]);
  });

  it('control characters and escape sequences from the files cannot reach the terminal', () => {
    const result = lintFiles({ 'a.yaml': 'kind: Person\nid: "evil\\e[2J\\u202Eeno"\n' });
    const text = formatText(checkReport(result), { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('evil\\x1b[2J\\u202eeno');
  });
});

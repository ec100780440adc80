import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/yaml-syntax.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'yaml/syntax';
const UNCLOSED = (quote: string) =>
  `The ${quote} that opens this value is never closed, so everything after it is read as part of the value: end the value with ${quote}, or remove the opening one`;

function check(files: Record<string, string>) {
  return findingsOf(lintFiles(files, { rules: [rule] }), RULE).map(brief);
}

describe('yaml/syntax', () => {
  describe('valid', () => {
    it('accepts YAML files, multi-document files and Markdown front matter', () => {
      expect(
        check({
          'people.yaml': lines('kind: Person', 'id: ada', '---', 'kind: Person', 'id: grace'),
          'systems/pos.yml': lines('kind: System', 'id: pos', 'tags: &tags [retail, core]', 'compliance: *tags'),
          'docs/architecture.md': lines('---', 'kind: Document', 'id: architecture', '---', '', '# Architecture', '---', 'A rule.'),
          'README.md': lines('# Governance', '', 'No front matter here.'),
        }),
      ).toEqual([]);
    });

    it('accepts empty and comment-only files', () => {
      expect(check({ 'empty.yaml': '', 'comments.yaml': lines('# nothing yet', '# still nothing') })).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports an unclosed quote where it opens, not where the parser stops', () => {
      expect(check({ 'people.yaml': lines('kind: Person', 'id: ada', 'name: "Ada Lovelace') })).toEqual([
        { ruleId: RULE, file: 'people.yaml', line: 3, column: 7, endLine: 3, endColumn: 20, message: UNCLOSED('"') },
      ]);
      expect(check({ 'people.yaml': lines('kind: Person', 'id: ada', "name: 'Ada Lovelace", 'team: core') })).toEqual([
        { ruleId: RULE, file: 'people.yaml', line: 3, column: 7, endLine: 3, endColumn: 20, message: UNCLOSED("'") },
      ]);
    });

    it('says in plain words that a value containing `: ` must be quoted, with the quoted line', () => {
      expect(check({ 'people.yaml': lines('kind: Person', 'id: ada', 'description: Note: on leave  # until May', 'team: core') })).toEqual([
        {
          ruleId: RULE,
          file: 'people.yaml',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 28,
          message: 'A value that contains `: ` must be quoted: write `description: "Note: on leave"`',
        },
      ]);
    });

    it('reports a key indented unlike the keys before it, once', () => {
      expect(check({ 'teams/core.yaml': lines('kind: Team', 'id: core', 'roles:', '  a: b', ' c: d') })).toEqual([
        {
          ruleId: RULE,
          file: 'teams/core.yaml',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 6,
          message:
            'This line is not indented like the lines before it: indent every key of a mapping by the same number of spaces (and every item of a list, `- `)',
        },
      ]);
    });

    it("reports only a document's first syntax error, as those after it follow from it", () => {
      expect(check({ 'teams/core.yaml': lines('kind: Team', 'id: core', 'members:', '  - ada', '  grace') }).map(({ line, message }) => [line, message])).toEqual([
        [5, 'This line is not indented like the lines before it: indent every key of a mapping by the same number of spaces (and every item of a list, `- `)'],
      ]);
    });

    it('says that a key needs a space after its colon, wherever the line is', () => {
      const message = 'A key needs a space after its colon: write `id: core`';
      expect(check({ 'teams/core.yaml': lines('kind: Team', 'id:core', 'name: Core') })).toEqual([
        { ruleId: RULE, file: 'teams/core.yaml', line: 2, column: 1, endLine: 2, endColumn: 8, message },
      ]);
      expect(check({ 'teams/core.yaml': lines('kind: Team', 'name: Core', 'id:core') })).toEqual([
        { ruleId: RULE, file: 'teams/core.yaml', line: 3, column: 1, endLine: 3, endColumn: 8, message },
      ]);
    });

    it('says that a line without a colon is not `key: value`', () => {
      expect(check({ 'teams/core.yaml': lines('kind: Team', 'id core', 'name: Core') })).toEqual([
        {
          ruleId: RULE,
          file: 'teams/core.yaml',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 8,
          message: 'This line is not `key: value`: separate the key from its value with `: `, or quote the text if it continues the value above',
        },
      ]);
    });

    it('reports a flow mapping that is never closed at its opening brace', () => {
      expect(check({ 'systems/pos.yaml': lines('kind: System', 'id: pos', 'roles: {system-owner: ada', 'lifecycle: active') })).toEqual([
        {
          ruleId: RULE,
          file: 'systems/pos.yaml',
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 9,
          message: 'The { that opens this mapping is never closed: end it with }, or continue it on lines indented more than its key',
        },
      ]);
    });

    it('reports a reserved character at its position', () => {
      expect(check({ 'people.yaml': lines('kind: Person', 'id: ada', 'name: @ada') })).toEqual([
        {
          ruleId: RULE,
          file: 'people.yaml',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 11,
          message: 'A value that starts with @ must be quoted: write `name: "@ada"`',
        },
      ]);
    });

    it('reports tab indentation', () => {
      expect(check({ 'people.yaml': lines('kind: Person', 'id: ada', '\tname: Ada') })).toEqual([
        { ruleId: RULE, file: 'people.yaml', line: 3, column: 1, endLine: 3, endColumn: 2, message: 'This line is indented with a tab: YAML allows only spaces in indentation' },
      ]);
    });

    it('reports a duplicate key over the whole second key, naming it', () => {
      expect(check({ 'people.yaml': lines('kind: Person', 'id: ada', 'name: Ada', 'name: Ada Lovelace') })).toEqual([
        {
          ruleId: RULE,
          file: 'people.yaml',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 5,
          message: "Duplicate key 'name': a key may appear only once in a mapping; keep one and remove the other",
        },
      ]);
    });

    it('names a quoted duplicate key by its value and finds duplicates in flow mappings', () => {
      const findings = check({
        'systems/pos.yaml': lines('kind: System', 'id: pos', '"id": point-of-sale', 'roles: {system-owner: ada, system-owner: grace}'),
      });
      expect(findings).toEqual([
        {
          ruleId: RULE,
          file: 'systems/pos.yaml',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 5,
          message: "Duplicate key 'id': a key may appear only once in a mapping; keep one and remove the other",
        },
        {
          ruleId: RULE,
          file: 'systems/pos.yaml',
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 40,
          message: "Duplicate key 'system-owner': a key may appear only once in a mapping; keep one and remove the other",
        },
      ]);
    });

    it('keeps an entity with a duplicate key, so other rules still see it', () => {
      const result = lintFiles({ 'people.yaml': lines('kind: Person', 'id: ada', 'name: A', 'name: B') }, { rules: [rule] });
      expect(result.model.entities.map((entity) => entity.id)).toEqual(['ada']);
    });

    it('reports front matter that is never closed, at the opening fence', () => {
      expect(check({ 'docs/architecture.md': lines('---', 'kind: Document', 'id: architecture', '', '# Architecture') })).toEqual([
        {
          ruleId: RULE,
          file: 'docs/architecture.md',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 4,
          message: 'Front matter opened with --- on line 1 is never closed: end it with a line of ---',
        },
      ]);
    });

    it('offsets a syntax error in front matter by the opening fence', () => {
      const text = lines('---', 'kind: Document', 'id: architecture', 'reviewed: 2026-10-01', 'reviewed: 2026-11-01', '---', '# Architecture');
      expect(check({ 'docs/architecture.md': text })).toEqual([
        {
          ruleId: RULE,
          file: 'docs/architecture.md',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 9,
          message: "Duplicate key 'reviewed': a key may appear only once in a mapping; keep one and remove the other",
        },
      ]);
    });

    it('reports an alias bomb instead of expanding it', () => {
      // Nine levels of nine aliases each: 9^9 (387 million) copies of 'lol' if expanded.
      const levels = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let level = 1; level <= 9; level++) levels.push(`l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(', ')}]`);
      const result = lintFiles(
        { 'bomb.yaml': lines('kind: Person', 'id: lol', ...levels), 'people.yaml': lines('kind: Person', 'id: ada') },
        { rules: [rule] },
      );
      expect(findingsOf(result, RULE).map(brief)).toEqual([
        {
          ruleId: RULE,
          file: 'bomb.yaml',
          line: 1,
          column: 1,
          endLine: 13,
          endColumn: 1,
          message:
            'Excessive alias count indicates a resource exhaustion attack: aliases expand this document too far; write the values out instead',
        },
      ]);
      expect(result.model.entities.map((entity) => entity.id)).toEqual(['ada']);
      expect(result.failures).toEqual([]);
    });

    it('reports an alias to an anchor that does not exist at the alias', () => {
      expect(check({ 'people.yaml': lines('kind: Person', 'id: ada', 'name: *full-name') })).toEqual([
        {
          ruleId: RULE,
          file: 'people.yaml',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 17,
          message: 'Alias *full-name refers to no anchor: set &full-name on a value before the alias, or write the value out',
        },
      ]);
    });

    it('reports a broken document of a multi-document file without hiding the other documents', () => {
      const text = lines('kind: Person', 'id: ada', '---', 'kind: Person', 'tags: [oncall', '---', 'kind: Person', 'id: alan');
      const result = lintFiles({ 'people.yaml': text }, { rules: [rule] });
      expect(findingsOf(result, RULE).map(brief)).toEqual([
        {
          ruleId: RULE,
          file: 'people.yaml',
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 8,
          message: 'The [ that opens this list is never closed: end it with ], or continue it on lines indented more than its key',
        },
      ]);
      expect(result.model.entities.map((entity) => entity.id)).toEqual(['ada', 'alan']);
    });
  });
});

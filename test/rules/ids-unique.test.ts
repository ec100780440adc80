import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/ids-unique.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'ids/unique';

describe('ids/unique', () => {
  describe('valid', () => {
    it('accepts distinct ids across files and documents', () => {
      const result = lintFiles(
        {
          'people.yaml': lines('kind: Person', 'id: ada', '---', 'kind: Person', 'id: grace'),
          'systems/pos.yaml': lines('kind: System', 'id: pos'),
          'docs/pos.md': lines('---', 'kind: Document', 'id: pos-architecture', '---', '# POS'),
        },
        { rules: [rule] },
      );
      expect(findingsOf(result, RULE)).toEqual([]);
    });

    it('ignores entities without a usable id (a schema/valid finding)', () => {
      const result = lintFiles(
        { 'a.yaml': lines('kind: System', 'name: A'), 'b.yaml': lines('kind: System', 'name: B', '---', 'kind: System', 'id: 7', '---', 'kind: System', 'id: 7') },
        { rules: [rule] },
      );
      expect(findingsOf(result, RULE)).toEqual([]);
    });

    it('tells ids apart by case', () => {
      const result = lintFiles({ 'people.yaml': lines('kind: Person', 'id: ada', '---', 'kind: Person', 'id: Ada') }, { rules: [rule] });
      expect(findingsOf(result, RULE)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports an id used in two files on the second, with the first as related location', () => {
      const result = lintFiles(
        {
          'people.yaml': lines('kind: Person', 'id: ada', 'name: Ada Lovelace'),
          'teams/core.yaml': lines('kind: Team', 'id: core', '---', 'kind: Person', 'name: Ada Byron', 'id: ada'),
        },
        { rules: [rule] },
      );
      const findings = findingsOf(result, RULE);
      expect(findings.map(brief)).toEqual([
        {
          ruleId: RULE,
          file: 'teams/core.yaml',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 8,
          message:
            "Person 'ada' uses an id already taken by Person 'ada' in people.yaml: ids must be unique across the repo, so rename one of them.",
        },
      ]);
      expect(findings[0]!.related).toEqual([
        { file: 'people.yaml', line: 2, column: 5, endLine: 2, endColumn: 8, message: "Person 'ada' first uses id 'ada' here." },
      ]);
      expect(findings[0]!.entity).toEqual({ kind: 'Person', id: 'ada' });
    });

    it('reports an id shared by entities of different kinds', () => {
      const result = lintFiles(
        { 'programs/pos.yaml': lines('kind: Program', 'id: pos'), 'systems/pos.yaml': lines('kind: System', 'id: pos') },
        { rules: [rule] },
      );
      expect(findingsOf(result, RULE).map(brief)).toEqual([
        {
          ruleId: RULE,
          file: 'systems/pos.yaml',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 8,
          message:
            "System 'pos' uses an id already taken by Program 'pos' in programs/pos.yaml: ids must be unique across the repo, so rename one of them.",
        },
      ]);
    });

    it('reports every later use of an id, each pointing at the first', () => {
      const result = lintFiles(
        {
          'a.yaml': lines('kind: System', 'id: pos'),
          'b.yaml': lines('kind: System', 'id: pos'),
          'docs/c.md': lines('---', 'kind: Document', 'id: pos', 'reviewed: 2026-10-01', '---'),
        },
        { rules: [rule] },
      );
      const findings = findingsOf(result, RULE);
      expect(findings.map(brief)).toEqual([
        {
          ruleId: RULE,
          file: 'b.yaml',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 8,
          message: "System 'pos' uses an id already taken by System 'pos' in a.yaml: ids must be unique across the repo, so rename one of them.",
        },
        {
          ruleId: RULE,
          file: 'docs/c.md',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 8,
          message:
            "Document 'pos' uses an id already taken by System 'pos' in a.yaml: ids must be unique across the repo, so rename one of them.",
        },
      ]);
      expect(findings.map((finding) => finding.related?.map(({ file, line }) => `${file}:${line}`))).toEqual([['a.yaml:2'], ['a.yaml:2']]);
    });

    it('takes the first use by path, whatever order the files come in', () => {
      const files = { 'b.yaml': lines('kind: System', 'id: pos'), 'a.yaml': lines('kind: System', 'id: pos') };
      const findings = findingsOf(lintFiles(files, { rules: [rule] }), RULE);
      expect(findings.map(({ file, related }) => [file, related?.[0]?.file])).toEqual([['b.yaml', 'a.yaml']]);
    });
  });
});

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/schema-has-kind.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'schema/has-kind';
const ONE_OF = '`kind:` with one of Document, Person, Process, Product, Program, Raci, Risk, Role, System, Team';

function check(files: Record<string, string>, options?: Record<string, unknown>) {
  return findingsOf(lintFiles(files, { rules: [rule], ...(options ? { options: { [RULE]: options } } : {}) }), RULE).map(brief);
}

function finding(file: string, [line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { ruleId: RULE, file, line, column, endLine, endColumn, message };
}

describe('schema/has-kind', () => {
  describe('valid', () => {
    it('accepts entities, Markdown pages and mappings that do not look like entities', () => {
      expect(
        check({
          'people.yaml': lines('kind: Person', 'id: ada'),
          'README.md': lines('# Governance', '', 'How we work.'),
          'docs/notes.md': lines('---', 'title: Meeting notes', 'date: 2026-10-01', '---', '# Notes'),
          'empty.md': lines('---', '---', '# Empty front matter'),
          'mkdocs.yml': lines('site_name: Governance', 'nav: [index.md]'),
          'lists.yaml': lines('- id: ada'),
          'empty.yaml': '',
        }),
      ).toEqual([]);
    });

    it('takes the keys that make a mapping look like an entity from its options', () => {
      expect(check({ 'people.yaml': lines('name: Ada', 'id: ada') }, { keys: ['roles'] })).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a YAML document with an id but no kind at its first key, listing the kinds', () => {
      expect(check({ 'people.yaml': lines('kind: Person', 'id: ada', '---', 'name: Grace Hopper', 'id: grace') })).toEqual([
        finding(
          'people.yaml',
          [4, 1, 4, 5],
          `This YAML document (id 'grace') has no \`kind\`, so it is not checked as an entity: add ${ONE_OF}, or leave the file out with the config's \`exclude\` if it is not governance data.`,
        ),
      ]);
    });

    it('says that keys are case-sensitive, at the key, suggesting the kind its value names', () => {
      expect(check({ 'people.yaml': lines('id: ada', 'Kind: person') })).toEqual([
        finding(
          'people.yaml',
          [2, 1, 2, 5],
          "This YAML document (id 'ada') has no `kind`, so it is not checked as an entity: `Kind` is not `kind` (keys are case-sensitive), so write `kind: Person` instead.",
        ),
      ]);
    });

    it('reports a misspelt kind key even without an id, suggesting the closest kind', () => {
      expect(check({ 'systems/pos.yaml': lines('name: Point of sale', 'knid: Sytem') })).toEqual([
        finding(
          'systems/pos.yaml',
          [2, 1, 2, 5],
          'This YAML document has no `kind`, so it is not checked as an entity: `knid` looks like a misspelt `kind`, so write `kind: System` instead.',
        ),
      ]);
    });

    it('lists the kinds when the misspelt key names none', () => {
      expect(check({ 'a.yaml': lines('id: a', 'kinds: [Person]') })).toEqual([
        finding(
          'a.yaml',
          [2, 1, 2, 6],
          `This YAML document (id 'a') has no \`kind\`, so it is not checked as an entity: \`kinds\` looks like a misspelt \`kind\`, so write ${ONE_OF} instead.`,
        ),
      ]);
    });

    it('suggests the kind another key names', () => {
      expect(check({ 'people.yaml': lines('name: Ada', 'type: person') })).toEqual([
        finding(
          'people.yaml',
          [1, 1, 1, 5],
          "This YAML document has no `kind`, so it is not checked as an entity: add `kind: Person` (`type` says 'person'), or leave the file out with the config's `exclude` if it is not governance data.",
        ),
      ]);
    });

    it('reports Markdown front matter with governance keys, at its first key', () => {
      expect(check({ 'docs/pos-sla.md': lines('---', 'title: POS SLA', 'id: pos-sla', 'reviewed: 2026-09-15', '---', '# POS SLA') })).toEqual([
        finding(
          'docs/pos-sla.md',
          [2, 1, 2, 6],
          `This front matter (id 'pos-sla') has no \`kind\`, so it is not checked as an entity: add ${ONE_OF}, or leave the file out with the config's \`exclude\` if it is not governance data.`,
        ),
      ]);
    });
  });
});

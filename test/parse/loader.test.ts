import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/lint.js';
import docsStale from '../../src/rules/docs-stale.js';
import schemaValid from '../../src/rules/schema-valid.js';
import yamlSyntax from '../../src/rules/yaml-syntax.js';
import { lintFiles as lintWith } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

/** Lints with the rules that look at how files load, so that other rules' findings stay out of these tests. */
function lintFiles(files: Record<string, string>): LintResult {
  return lintWith(files, { rules: [docsStale, schemaValid, yamlSyntax] });
}

/** What the model skipped: file, line and reason. */
function skipped(result: LintResult) {
  return result.model.nonEntities.map(({ file, range, reason }) => ({ file: file.path, line: file.lines.position(range.start).line, reason }));
}

function entities(result: LintResult) {
  return result.model.entities.map((entity) => `${entity.document.file.path}: ${entity.kind} ${entity.id}`);
}

describe('loading files into entities', () => {
  it('makes one entity per YAML document and per Markdown front matter, in path order', () => {
    const result = lintFiles({
      'systems/pos.yaml': lines('kind: System', 'id: pos'),
      'people.yaml': lines('kind: Person', 'id: ada', '---', 'kind: Person', 'id: grace'),
      'docs/arch.md': lines('---', 'kind: Document', 'id: arch', '---', '# Architecture'),
    });
    expect(entities(result)).toEqual(['docs/arch.md: Document arch', 'people.yaml: Person ada', 'people.yaml: Person grace', 'systems/pos.yaml: System pos']);
    expect(skipped(result)).toEqual([]);
  });

  it('counts a Markdown file without front matter as skipped for having no kind', () => {
    const result = lintFiles({ 'README.md': lines('# Governance', '', 'How we work.') });
    expect(entities(result)).toEqual([]);
    expect(skipped(result)).toEqual([{ file: 'README.md', line: 1, reason: 'no-kind' }]);
    expect(result.findings).toEqual([]);
  });

  it('counts a Markdown file with empty front matter as skipped', () => {
    const result = lintFiles({ 'notes.md': lines('---', '---', '# Notes') });
    expect(skipped(result)).toEqual([{ file: 'notes.md', line: 1, reason: 'no-kind' }]);
    expect(result.findings).toEqual([]);
  });

  it('counts Markdown front matter without a kind as skipped, at its first key', () => {
    const result = lintFiles({ 'docs/notes.md': lines('---', 'title: Meeting notes', 'date: 2026-10-01', '---', '# Notes') });
    expect(skipped(result)).toEqual([{ file: 'docs/notes.md', line: 2, reason: 'no-kind' }]);
    expect(result.findings).toEqual([]);
  });

  it('counts a YAML document without a kind as skipped, and keeps the other documents', () => {
    const result = lintFiles({ 'people.yaml': lines('kind: Person', 'id: ada', '---', 'knd: Person', 'id: grace') });
    expect(entities(result)).toEqual(['people.yaml: Person ada']);
    expect(skipped(result)).toEqual([{ file: 'people.yaml', line: 4, reason: 'no-kind' }]);
    expect(result.findings).toEqual([]);
  });

  it('neither counts nor reports empty and comment-only files, or empty documents', () => {
    const result = lintFiles({
      'empty.yaml': '',
      'comments.yaml': lines('# to do'),
      'separators.yaml': lines('---', '---', 'kind: Person', 'id: ada', '---'),
    });
    expect(entities(result)).toEqual(['separators.yaml: Person ada']);
    expect(skipped(result)).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('does not count as skipped a Markdown file whose front matter is broken', () => {
    const result = lintFiles({ 'docs/arch.md': lines('---', 'kind: Document', 'id: arch') });
    expect(skipped(result)).toEqual([]);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['yaml/syntax']);
  });

  it('records a YAML document that is a list or a scalar as not a mapping', () => {
    const result = lintFiles({ 'lists.yaml': lines('- kind: Person', '  id: ada', '---', 'just text') });
    expect(skipped(result)).toEqual([
      { file: 'lists.yaml', line: 1, reason: 'not-a-mapping' },
      { file: 'lists.yaml', line: 4, reason: 'not-a-mapping' },
    ]);
    expect(result.findings.map(({ ruleId, line }) => `${ruleId}@${line}`)).toEqual(['schema/valid@1', 'schema/valid@4']);
  });

  it('gives findings in a Markdown file the lines of the file, front matter offset included', () => {
    const text = ['---', 'kind: Document', 'id: arch', 'reviewd: 2026-10-01', '---', '# Architecture', ''].join('\r\n');
    const result = lintFiles({ 'docs/arch.md': `\uFEFF${text}` });
    expect(result.findings.map(({ ruleId, line, column }) => `${ruleId}@${line}:${column}`)).toEqual(['docs/stale@2:1', 'schema/valid@4:1']);
  });
});

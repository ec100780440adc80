import { describe, expect, it, vi } from 'vitest';
import { parseFile } from '../../src/parse/parse-file.js';
import { parseHere } from '../../src/parse/parse-files.js';
import * as parseYaml from '../../src/parse/parse-yaml.js';

vi.mock('../../src/parse/parse-yaml.js', async (original) => {
  const actual = await original<typeof parseYaml>();
  return { ...actual, reparseDocuments: vi.fn(actual.reparseDocuments) };
});

describe('syntax trees parsed again on demand', () => {
  it('parses a file of many documents again once, whichever of its documents asks first, with the same ranges', () => {
    const text = Array.from({ length: 50 }, (_, index) => `kind: Person\nid: p${index}\n`).join('---\n');
    const [file] = parseHere([{ path: 'people.yaml', text }]);
    expect(parseYaml.reparseDocuments).not.toHaveBeenCalled();
    const starts = [...file!.documents].reverse().map((document) => document.yaml.contents!.range[0]);
    expect(parseYaml.reparseDocuments).toHaveBeenCalledTimes(1);
    expect(starts.reverse()).toEqual([...text.matchAll(/^kind/gm)].map((match) => match.index));
  });

  it('are not kept by parseFile, for YAML or Markdown, even with suppression comments, which need them', () => {
    vi.mocked(parseYaml.reparseDocuments).mockClear();
    const yaml = parseFile('people.yaml', '# govlint-disable schema/valid -- imported\nkind: Person\nid: ada\n---\nkind: Person\nid: bob\n');
    const markdown = parseFile('sla.md', '---\nkind: Document\nid: sla\n---\n# SLA\n');
    const documents = [...yaml.documents, ...markdown.documents];
    expect(documents.map((document) => Object.hasOwn(document, 'yaml'))).toEqual([false, false, false]);
    expect(yaml.suppressions).toHaveLength(1);
    expect(parseYaml.reparseDocuments).not.toHaveBeenCalled();
    expect(markdown.documents[0]!.yaml.contents!.range[0]).toBe(0);
  });
});

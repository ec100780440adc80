import * as yaml from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { parseFile } from '../../src/parse/parse-file.js';
import { parseHere } from '../../src/parse/parse-files.js';

vi.mock('yaml', async (original) => {
  const actual = await original<typeof yaml>();
  return { ...actual, parseAllDocuments: vi.fn(actual.parseAllDocuments) };
});

describe('syntax trees parsed again on demand', () => {
  it('parses a file of many documents again once, whichever of its documents asks first, with the same ranges', () => {
    vi.mocked(yaml.parseAllDocuments).mockClear();
    const text = Array.from({ length: 50 }, (_, index) => `kind: Person\nid: p${index}\n`).join('---\n');
    const [file] = parseHere([{ path: 'people.yaml', text }]);
    expect(yaml.parseAllDocuments).not.toHaveBeenCalled();
    const starts = [...file!.documents].reverse().map((document) => document.yaml.contents!.range[0]);
    expect(yaml.parseAllDocuments).toHaveBeenCalledTimes(1);
    expect(starts.reverse()).toEqual([...text.matchAll(/^kind/gm)].map((match) => match.index));
  });

  it('are not kept by parseFile, for YAML or Markdown; a file with a suppression comment is parsed once to find it', () => {
    vi.mocked(yaml.parseAllDocuments).mockClear();
    const withComment = parseFile('people.yaml', '# govlint-disable schema/valid -- imported\nkind: Person\nid: ada\n---\nkind: Person\nid: bob\n');
    const markdown = parseFile('sla.md', '---\nkind: Document\nid: sla\n---\n# SLA\n');
    const documents = [...withComment.documents, ...markdown.documents];
    expect(documents.map((document) => Object.hasOwn(document, 'yaml'))).toEqual([false, false, false]);
    expect(withComment.suppressions).toHaveLength(1);
    expect(yaml.parseAllDocuments).toHaveBeenCalledTimes(1);
    expect(markdown.documents[0]!.yaml.contents!.range[0]).toBe(0);
    expect(yaml.parseAllDocuments).toHaveBeenCalledTimes(2);
  });
});

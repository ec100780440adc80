import * as yaml from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { locate } from '../../src/parse/locate.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { parseHere } from '../../src/parse/parse-files.js';
import { fromTransferred, toTransferred } from '../../src/parse/transfer.js';

vi.mock('yaml', async (original) => {
  const actual = await original<typeof yaml>();
  return { ...actual, parseAllDocuments: vi.fn(actual.parseAllDocuments), parseDocument: vi.fn(actual.parseDocument) };
});

const parsedFully = () => vi.mocked(yaml.parseAllDocuments).mock.calls.length + vi.mocked(yaml.parseDocument).mock.calls.length;

describe('positions recorded while reading', () => {
  it('locate every document of a file read from the tokens without a parse', () => {
    vi.mocked(yaml.parseAllDocuments).mockClear();
    vi.mocked(yaml.parseDocument).mockClear();
    const text = Array.from({ length: 50 }, (_, index) => `kind: Person\nid: p${index}\n`).join('---\n');
    const [file] = parseHere([{ path: 'people.yaml', text }]);
    const starts = [...file!.documents].reverse().map((document) => locate(document, ['kind'], 'key').start);
    expect(starts.reverse()).toEqual([...text.matchAll(/^kind/gm)].map((match) => match.index));
    expect(parsedFully()).toBe(0);
  });

  it('find suppression comments and locate in front matter without a parse; a text the tokens do not give is parsed once', () => {
    vi.mocked(yaml.parseAllDocuments).mockClear();
    vi.mocked(yaml.parseDocument).mockClear();
    const withComment = parseFile('people.yaml', '# govlint-disable schema/valid -- imported\nkind: Person\nid: ada\n---\nkind: Person\nid: bob\n');
    const markdown = parseFile('sla.md', '---\nkind: Document\nid: sla\n---\n# SLA\n');
    expect(withComment.suppressions).toHaveLength(1);
    expect(locate(markdown.documents[0]!, []).start).toBe(4);
    expect(parsedFully()).toBe(0);
    const anchored = parseFile('risks.yaml', 'kind: Risk\nid: r1\nowners: &o [ada]\nalso: *o\n');
    expect(locate(anchored.documents[0]!, ['also'])).toEqual({ start: 41, end: 43 });
    expect(parsedFully()).toBe(1);
  });

  it('travel with the file to and from a worker thread', () => {
    const file = parseFile('docs/raci.md', '---\nkind: Raci\nid: r\n---\n| Task | ada |\n| --- | --- |\n| Ship | R |\n');
    const back = fromTransferred(structuredClone(toTransferred(file)), file.text);
    expect(back.documents[0]!.positions).toEqual(file.documents[0]!.positions);
    expect(back.documents[0]!.body).toEqual(file.documents[0]!.body);
    expect(locate(back.documents[0]!, ['id'])).toEqual(locate(file.documents[0]!, ['id']));
  });
});

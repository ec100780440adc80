import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, stringify, type Document, type Node, type Pair } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dataFromTokens } from '../../src/parse/data-from-tokens.js';
import { LineIndex } from '../../src/parse/line-index.js';
import { locate, type Path, type Target } from '../../src/parse/locate.js';
import { positionsOfTree } from '../../src/parse/positions-of-tree.js';
import type { SourceDocument, SourceFile } from '../../src/parse/source-file.js';
import { YAML_OPTIONS } from '../../src/parse/yaml-options.js';

/**
 * The full parse of a text: its problems, its data and the positions of its documents' nodes. Where dataFromTokens
 * reads a text, the full parse must find no problem in it and give the same data and positions.
 */
function fullParse(text: string): { problems: string[]; data: unknown[]; trees: Document.Parsed[] } {
  const documents = parseAllDocuments(text, YAML_OPTIONS);
  return {
    problems: documents.flatMap((document) => [...document.errors, ...document.warnings].map((problem) => problem.code)),
    data: documents.map((document) => document.toJS({ maxAliasCount: 100 })),
    trees: [...documents],
  };
}

/** Holds dataFromTokens to the full parse for one text; returns whether it read the text itself. */
function expectFaithful(text: string): boolean {
  const read = dataFromTokens(text);
  if (read === undefined) return false;
  const full = fullParse(text);
  expect(full.problems, JSON.stringify(text)).toEqual([]);
  // Deep equality that also tells an own property from an inherited one, and -0 from 0.
  const data = read.map((document) => document.data);
  expect(isDeepStrictEqual(data, full.data), JSON.stringify(text)).toBe(true);
  // Every node's range, every key's, and where each document ends, as the composer's tree has them.
  expect(
    read.map((document) => document.positions),
    JSON.stringify(text),
  ).toEqual(full.trees.map(positionsOfTree));
  // A text of one document is read the same way as Markdown front matter, with parseDocument.
  if (read.length === 1) expect(parseDocument(text, YAML_OPTIONS).errors).toEqual([]);
  return true;
}

/**
 * Where a path is, found the way govlint found it before positions were recorded: by walking yaml's syntax tree,
 * with lines and columns from yaml's LineCounter. The oracle locate() is held to.
 */
function locateInTree(yaml: Document.Parsed, text: string, counter: LineCounter, path: Path, target: Target): string {
  const keyOf = (pair: Pair): string | undefined => {
    if (isScalar(pair.key)) return pair.key.value === null ? '' : String(pair.key.value);
    return isCollection(pair.key) ? stringify(pair.key, { collectionStyle: 'flow' }).trimEnd() : undefined;
  };
  const toRange = (node: unknown): [number, number] | undefined => {
    const range = (node as Node | null | undefined)?.range;
    if (!range || isPair(node)) return undefined;
    let end = range[1];
    while (end > range[0] && /\s/.test(text[end - 1]!)) end--;
    return [range[0], end];
  };
  const ancestor = (node: unknown, holder: Pair | undefined): [number, number] => {
    if (holder) return toRange(holder.key) ?? [0, 0];
    const firstKey = isMap(node) ? node.items[0]?.key : undefined;
    return toRange(firstKey) ?? toRange(node) ?? [0, 0];
  };
  let node: unknown = yaml.contents;
  let holder: Pair | undefined;
  let range: [number, number] | undefined;
  for (const segment of path) {
    const pair = isMap(node) ? node.items.findLast((item) => keyOf(item) === String(segment)) : undefined;
    const next = pair ? pair.value : isSeq(node) && typeof segment === 'number' ? node.items[segment] : undefined;
    if (pair === undefined && next === undefined) {
      range = ancestor(node, holder);
      break;
    }
    holder = pair;
    node = next ?? pair?.key;
  }
  range ??= toRange(target === 'key' && holder ? holder.key : node) ?? ancestor(node, holder);
  const show = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return `${line}:${col}`;
  };
  return `${show(range[0])}-${show(range[1])}`;
}

/** Every path into the data, and a missing key below each mapping. */
function pathsOf(data: unknown, path: Path = []): Path[] {
  const paths: Path[] = [path];
  if (Array.isArray(data)) data.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
  else if (typeof data === 'object' && data !== null) {
    for (const [key, value] of Object.entries(data)) paths.push(...pathsOf(value, [...path, key]));
    paths.push([...path, 'no such key']);
  }
  return paths;
}

/** Holds locate() on the recorded positions to the walk over yaml's tree for every path of every document of a text. */
function expectLocatedAsInTree(text: string): void {
  const counter = new LineCounter();
  const trees = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter: counter });
  const read = dataFromTokens(text) ?? trees.map((tree) => ({ data: tree.toJS({ maxAliasCount: 100 }), positions: positionsOfTree(tree) }));
  const file = { path: 'a.yaml', text, lines: new LineIndex(text), documents: [], problems: [], suppressions: [] } as SourceFile;
  read.forEach(({ data, positions }, index) => {
    const document: SourceDocument = { file, offset: 0, positions, data };
    for (const path of pathsOf(data)) {
      for (const target of ['value', 'key'] as const) {
        const { start, end } = locate(document, path, target);
        const [from, to] = [file.lines.position(start), file.lines.position(end)];
        expect(`${from.line}:${from.column}-${to.line}:${to.column}`, `${JSON.stringify(text)} ${JSON.stringify(path)} ${target}`).toBe(
          locateInTree(trees[index]!, text, counter, path, target),
        );
      }
    }
  });
}

// Pieces of lines that put yaml's parser and composer on their edges: indentation and tabs, indicators, quoting,
// escapes, comments with and without space, anchors, aliases, tags, flow collections open and closed, block
// scalars, document markers and directives.
const INDENTS = ['', '', ' ', '  ', '    ', '\t', ' \t', '   '];
const KEYS = ['id', 'kind', 'a', '"q"', "'s'", '"a\\tb"', '1', '1.0', '0x1', 'null', '~', 'true', '__proto__', '? k', '-', '- id', '- - a', '&x k', '!t k', '"un', '[a, b]', '{a: 1}', 'k k'];
const SEPARATORS = [': ', ':', ':\t', ': ', ' : ', ':  '];
const VALUES = [
  '', 'ada', 'a b', '1', '-0', '0o7', '1e3', '.inf', '.NaN', 'True', 'no', '~', 'null', '2026-01-10', '"x\\ny"', '"\\u00e9\\x41"', "'it''s'", '"bad \\q"',
  "'open", '[]', '{}', '[a, b]', '[a, [b, c]]', '[a,b,]', '[,a]', '[a b]', '[a: 1]', '{a: 1}', '[a', 'a]', '|', '|-', '>', '>+2', '|\n  text\n  more', '>\n  folded\n\n  para',
  '*x', '&x v', '!!str 1', '!e v', '@at', '`tick', '%p', 'x # c', 'x#c', '"q"#c', '"q" # c', '- item', 'a: b', '? x', '|x', '[a]#c', '[a] #c',
];
const LINES = [
  ...['---', '--- x', '--- # c', '...', '%YAML 1.2', '# comment', '#', '', '- ', '-', '  - x', ': v', '? k', '\t', '<< : {}'].map((line) => fc.constant(line)),
  fc.tuple(fc.constantFrom(...INDENTS), fc.constantFrom(...KEYS), fc.constantFrom(...SEPARATORS), fc.constantFrom(...VALUES)).map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom(...INDENTS), fc.constantFrom('- ', '-\t', '-  '), fc.constantFrom(...VALUES)).map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom(...INDENTS), fc.constantFrom(...VALUES)).map((parts) => parts.join('')),
];
const TEXT_OF_LINES = fc.tuple(fc.array(fc.oneof(...LINES), { maxLength: 12 }), fc.boolean()).map(([lines, finalNewline]) => lines.join('\n') + (finalNewline ? '\n' : ''));

// Texts of the smallest pieces, which reach the checks that whole lines reach only rarely (tabs, comments inside
// flow collections), with CRLF line breaks among them.
const PIECES = ['\t', ' ', '  ', '\n', '\r\n', '#c', ' #c', '-', '- ', ':', ': ', 'a', 'b', '[', ']', ',', '{', '}', '"q"', "'s'", '"', "'", '\\', '?', ' ? ', '|', '>', '---', '\n  ', '\n\t', '\t#', '&a', '*a', '!t', '%', '@'];
const TEXT_OF_PIECES = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((pieces) => pieces.join(''));

const WORD = fc.stringMatching(/^[a-z][a-z-]{0,8}$/);
// Any text but '<<', which could be a merge key: texts holding it are always left to the full parse.
const PLAIN = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string().filter((text) => !text.includes('<<')),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(WORD, tie('value'), { maxKeys: 4 }),
  ),
}));

const SEED = 20261204;

describe('dataFromTokens', () => {
  it.each([
    ['lines', TEXT_OF_LINES, 5_000],
    ['small pieces', TEXT_OF_PIECES, 100_000],
  ])(`reads only what the full parse reads without a problem, and gives the same data (texts of %s, fast-check seed ${SEED})`, (_, texts, numRuns) => {
    // A text drawn again (about a quarter of the small pieces' texts) would be checked again with the same result.
    const checked = new Set<string>();
    fc.assert(
      fc.property(texts, (text) => {
        if (checked.has(text)) return;
        expectFaithful(text);
        checked.add(text);
      }),
      { numRuns, seed: SEED },
    );
    // 100,000 texts take about 6 s on a quiet machine: more than the default time on a busy one.
  }, 60_000);

  it.each([
    ['lines', TEXT_OF_LINES, 1_000],
    ['small pieces', TEXT_OF_PIECES, 5_000],
  ])(`locates every path as a walk over yaml's tree does, with LineCounter's lines and columns (texts of %s, fast-check seed ${SEED})`, (_, texts, numRuns) => {
    fc.assert(
      fc.property(texts, (text) => {
        // Texts with a syntax problem are left out (LineCounter misses lines in some), and texts with aliases,
        // whose data can be cyclic: their paths never end.
        if (text.includes('*') || (dataFromTokens(text) === undefined && fullParse(text).problems.length > 0)) return;
        expectLocatedAsInTree(text);
      }),
      { numRuns, seed: SEED },
    );
  });

  it(`locates every path of block-style data as a walk over yaml's tree does (fast-check seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.dictionary(WORD, PLAIN.value, { maxKeys: 6 }), (value) => {
        expectLocatedAsInTree(stringify(value));
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it(`reads a good share of those texts itself, so that the tests above test something (fast-check seed ${SEED})`, () => {
    for (const texts of [TEXT_OF_LINES, TEXT_OF_PIECES]) {
      const read = fc.sample(texts, { numRuns: 2000, seed: SEED }).filter(expectFaithful).length;
      expect(read).toBeGreaterThan(200);
    }
  });

  it(`reads any data written in block style, with keys that are words, and gives what toJS gives (fast-check seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.dictionary(WORD, PLAIN.value, { maxKeys: 6 }), (value) => {
        expect(expectFaithful(stringify(value)), stringify(value)).toBe(true);
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it(`gives what toJS gives for any JSON written in any style, or leaves it to the full parse (fast-check seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom('block', 'flow', 'any'), (value, collectionStyle) => {
        expectFaithful(stringify(value, { collectionStyle: collectionStyle as 'block' | 'flow' | 'any' }));
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it('reads a governance document, several documents in a file, block scalars and flow sequences', () => {
    const text = [
      '# people of the platform team',
      'kind: Person',
      'id: ada',
      'name: "Ada \\u00e9"',
      'roles: [system-owner, process-manager]',
      'tags: []',
      'notes: |',
      '  first line',
      '  second line',
      '---',
      'kind: System',
      'id: portal',
      'owner: ada # the caretaker',
      'reviewed: 2026-01-10',
      'risks:',
      '  - id: r1',
      '    score: 12',
      '  -',
      '',
    ].join('\n');
    expect(dataFromTokens(text)?.map((document) => document.data)).toEqual([
      { kind: 'Person', id: 'ada', name: 'Ada é', roles: ['system-owner', 'process-manager'], tags: [], notes: 'first line\nsecond line\n' },
      { kind: 'System', id: 'portal', owner: 'ada', reviewed: '2026-01-10', risks: [{ id: 'r1', score: 12 }, null] },
    ]);
    expectLocatedAsInTree(text);
    expect(expectFaithful(text)).toBe(true);
  });

  it.each([
    ['a duplicate key', 'id: a\nid: b\n', 'DUPLICATE_KEY'],
    ['keys equal as numbers', '1: a\n1.0: b\n', 'DUPLICATE_KEY'],
    ['a tab as indentation', 'a:\n\tb: 1\n', ''],
    ['a comment touching a quoted value', 'a: "b"#c\n', 'MISSING_CHAR'],
    ['a comment touching a comma', 'a: [b,#c\n  ]\n', 'MISSING_CHAR'],
    ['a comment touching an opening bracket', '[#c\n]\n', 'MISSING_CHAR'],
    ['a tab before a sequence item', '- a\n\t- b\n', 'TAB_AS_INDENT'],
    ['a mapping on the line of ---', '--- a: 1\n', 'MISSING_CHAR'],
    ['an implicit key over 1024 characters', `${'k'.repeat(1100)}: v\n`, 'KEY_OVER_1024_CHARS'],
    ['a bad escape', 'a: "\\q"\n', 'BAD_DQ_ESCAPE'],
    ['an unclosed flow sequence', 'a: [b, c\n', ''],
    ['a merge key', 'a: &x {b: 1}\nc:\n  <<: *x\n', ''],
    ['an alias', 'a: &x 1\nb: *x\n', ''],
    ['a tag', 'a: !!str 1\n', ''],
    ['a directive', '%YAML 1.2\n---\na: 1\n', ''],
    ['an empty text', '', ''],
    ['only a comment', '# nothing here\n', ''],
  ])('leaves %s to the full parse', (_, text, code) => {
    expect(dataFromTokens(text)).toBeUndefined();
    if (code) expect(fullParse(text).problems).toContain(code);
  });

  it('follows the one version of yaml it was written against: the package pins it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(manifest.dependencies.yaml).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = createRequire(import.meta.url)('yaml/package.json') as { version: string };
    expect(installed.version).toBe(manifest.dependencies.yaml);
  });

  it('leaves nesting deeper than its recursion allows to the full parse', () => {
    expect(dataFromTokens(`${'['.repeat(20_000)}${']'.repeat(20_000)}\n`)).toBeUndefined();
  });
});

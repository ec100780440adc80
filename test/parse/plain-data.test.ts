import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { plainData } from '../../src/parse/plain-data.js';

const OPTIONS = { prettyErrors: false, merge: true, uniqueKeys: true, logLevel: 'error' } as const;

/** Every document of the text, converted both ways: plainData's and yaml's own toJS. */
function bothWays(text: string): { plain: unknown[]; toJS: unknown[] } {
  const documents = parseAllDocuments(text, OPTIONS);
  const source = (document: (typeof documents)[number]) => text.slice(document.range[0], document.range[2]);
  return {
    plain: documents.map((document) => plainData(document, source(document), 100)),
    toJS: documents.map((document) => document.toJS({ maxAliasCount: 100 })),
  };
}

function expectSame(text: string): void {
  const { plain, toJS } = bothWays(text);
  // Deep equality that also tells an own property from an inherited one, and -0 from 0.
  expect(isDeepStrictEqual(plain, toJS), text).toBe(true);
}

// Keys and values that yaml turns into data in its particular ways.
const KEYS = ['id', 'kind', '__proto__', 'constructor', 'toString', '1', '01', '1.5', '.inf', 'true', 'null', '~', '""', "'a'", '-0', '0x1F', 'id'];
const VALUES = ['ada', '1', '-0', '1e3', '.nan', 'true', 'no', '~', '', '"x"', "'y'", '!!str 5', '!custom v', '&a 3', '[1, b]', '{a: 1}', '2026-01-10', '|\n  text'];

describe('plainData', () => {
  it('gives what toJS gives for any JSON data written in any style', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom('block', 'flow', 'any'), (value, collectionStyle) => {
        expectSame(stringify(value, { collectionStyle: collectionStyle as 'block' | 'flow' | 'any' }));
      }),
      { numRuns: 300 },
    );
  });

  it('gives what toJS gives for keys and values yaml reads in its own ways, duplicates and tags included', () => {
    const entry = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)).map(([key, value]) => `${key}: ${value}`);
    fc.assert(
      fc.property(fc.array(fc.array(entry, { maxLength: 6 }), { minLength: 1, maxLength: 3 }), (documents) => {
        expectSame(documents.map((entries) => entries.join('\n')).join('\n---\n'));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves aliases, merge keys and keys that are lists to toJS, with the same result', () => {
    for (const text of ['base: &b {a: 1}\ncopy: *b\n', 'base: &b {a: 1}\nmerged:\n  <<: *b\n  c: 2\n', '? [a, b]\n: c\n', '? {a: 1}\n: c\n']) expectSame(text);
    expect(bothWays('base: &b {a: 1}\ncopy: *b\n').plain).toEqual([{ base: { a: 1 }, copy: { a: 1 } }]);
    expect(bothWays('? [a, b]\n: c\n').plain).toEqual([{ '[ a, b ]': 'c' }]);
  });

  it('keeps a key named __proto__ as data, never as the prototype', () => {
    const [data] = bothWays('__proto__: {polluted: true}\n').plain as [Record<string, unknown>];
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

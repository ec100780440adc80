import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatJson } from '../../src/formatters/json.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { formatText } from '../../src/formatters/text.js';
import { checkReport } from '../helpers/check-report.js';
import { lintFiles } from '../helpers/lint-files.js';
import { validateSarif } from '../helpers/validate-sarif.js';

// Whatever the input, govlint finishes: no rule crashes, the output is deterministic and SARIF stays valid.
// Runs are bounded (numRuns, seed) so that `npm test` stays fast and a failure can be replayed.
const SEED = 20261122;
const EXAMPLE = join(import.meta.dirname, '../../examples/omnichannel');

function exampleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ya?ml|md)$/.test(name)) files[relative(EXAMPLE, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(EXAMPLE);
  return files;
}

/** Lints the files twice and checks the promises that hold for any input. */
function checkInvariants(files: Record<string, string>): void {
  const first = lintFiles(files);
  expect(first.failures).toEqual([]);
  const report = checkReport(first);
  const sarif = formatSarif(report, { color: false });
  expect(validateSarif(JSON.parse(sarif))).toEqual([]);
  const second = checkReport(lintFiles(files));
  expect(formatText(second, { color: false })).toBe(formatText(report, { color: false }));
  expect(formatJson(second, { color: false })).toBe(formatJson(report, { color: false }));
  expect(formatSarif(second, { color: false })).toBe(sarif);
}

const KINDS = ['Person', 'Team', 'Role', 'System', 'Program', 'Process', 'Product', 'Risk', 'Document', 'Raci', 'Sytem'];
const FIELDS = ['kind', 'id', 'name', 'roles', 'reviewed', 'reviewEvery', 'system', 'program', 'members', 'tasks', 'parties', 'describes', '__proto__', 'constructor'];
const value = fc.oneof(
  fc.constantFrom(...KINDS, 'ada', 'pos', '2026-02-30', '2026-11-01', '6 months', 'process-owner'),
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.constantFrom('ada', 'grace', 'A', 'R', '-'), { maxLength: 4 }),
);
const entity = fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(value, fc.dictionary(fc.constantFrom('process-owner', 'system-owner', 'x'), value)), { maxKeys: 8 });

describe('random input never makes govlint crash', () => {
  it(`random YAML documents (fast-check seed ${SEED})`, () => {
    const documents = fc.array(entity, { minLength: 1, maxLength: 6 }).map((list) => list.map((item) => stringify(item)).join('---\n'));
    fc.assert(
      fc.property(fc.array(documents, { minLength: 1, maxLength: 3 }), (texts) => {
        checkInvariants(Object.fromEntries(texts.map((text, index) => [`file-${index}.yaml`, text])));
      }),
      { numRuns: 60, seed: SEED },
    );
  });

  it(`random text, including control characters and broken front matter (fast-check seed ${SEED})`, () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('---\n', '---\nkind: Document\n', '\uFEFF---\r\nkind: Person\r\nid: a\r\n---\r\n', 'a: &x [*x]\n'));
    fc.assert(
      fc.property(text, text, (yaml, markdown) => checkInvariants({ 'a.yaml': yaml, 'b.md': markdown })),
      { numRuns: 60, seed: SEED },
    );
  });
});

describe('random mutations of the bundled example never make govlint crash', () => {
  const original = exampleFiles();
  const paths = Object.keys(original).sort();
  type Mutation = (text: string, at: number) => string;
  const lineAt = (text: string, at: number) => {
    const lines = text.split('\n');
    return { lines, index: at % lines.length };
  };
  const mutations: Record<string, Mutation> = {
    'delete a line': (text, at) => {
      const { lines, index } = lineAt(text, at);
      lines.splice(index, 1);
      return lines.join('\n');
    },
    'swap a value for a list': (text, at) => {
      const { lines, index } = lineAt(text, at);
      lines[index] = lines[index]!.replace(/: .*$/, ': [1, {a: b}]');
      return lines.join('\n');
    },
    'swap a value for a number': (text, at) => {
      const { lines, index } = lineAt(text, at);
      lines[index] = lines[index]!.replace(/: .*$/, ': 12');
      return lines.join('\n');
    },
    'duplicate the file as another document': (text) => `${text}\n---\n${text.replace(/^---\n|\n---\n[\s\S]*$/g, '')}`,
    truncate: (text, at) => text.slice(0, at % (text.length + 1)),
    'indent a line with a tab': (text, at) => {
      const { lines, index } = lineAt(text, at);
      lines[index] = `\t${lines[index]}`;
      return lines.join('\n');
    },
  };

  it(`deleted keys, swapped types, duplicated documents, truncated files (fast-check seed ${SEED})`, () => {
    const mutation = fc.tuple(fc.constantFrom(...paths), fc.constantFrom(...Object.keys(mutations)), fc.nat());
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (steps) => {
        const files = { ...original };
        for (const [path, name, at] of steps) files[path] = mutations[name]!(files[path]!, at);
        checkInvariants(files);
      }),
      { numRuns: 25, seed: SEED },
    );
  });
});

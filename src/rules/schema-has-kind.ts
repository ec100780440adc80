// A document without `kind` is not checked at all: a misspelt key would quietly drop an entity from the register.
import { distance } from 'fastest-levenshtein';
import { defineRule } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import { docsUrl } from './helpers/docs-url.js';
import { locate } from '../parse/locate.js';
import { show } from '../schema/schema-issues.js';
import { closest } from '../util/closest.js';

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    keys: {
      type: 'array',
      items: { type: 'string' },
      default: ['id', 'roles', 'reviewed', 'reviewEvery'],
      description: 'Keys that make a mapping without `kind` look like an entity, besides a key like `kind` and a value naming a kind.',
    },
  },
  additionalProperties: false,
} as const;

/** The options the rule gets, with the defaults filled in: read from the schema, so the two cannot disagree. */
type Options = OptionsOf<typeof OPTIONS>;

export default defineRule<Options>({
  meta: {
    id: 'schema/has-kind',
    description: 'A YAML document or Markdown front matter that looks like an entity must have a `kind`.',
    severity: 'error',
    docs: docsUrl('schema/has-kind'),
    options: OPTIONS,
  },
  check({ model, options, report }) {
    const kinds = model.kinds.names();
    for (const { file, document, reason } of model.nonEntities) {
      if (reason !== 'no-kind' || !document) continue;
      const data = document.data as Record<string, unknown>;
      const keys = Object.keys(data);
      const misspelt = keys.find(isLikeKind);
      const named = kindNamed(data, misspelt, kinds);
      if (misspelt === undefined && named === undefined && !keys.some((key) => options.keys.includes(key))) continue;
      const key = misspelt ?? keys[0]!;
      const what = `${document.body ? 'This front matter' : 'This YAML document'}${typeof data.id === 'string' ? ` (id ${show(data.id)})` : ''}`;
      const fix = named ? `\`kind: ${named.kind}\`` : `\`kind:\` with one of ${kinds.join(', ')}`;
      const message =
        misspelt === undefined
          ? messages.missing(what, fix, named ? ` (\`${named.key}\` says ${show(data[named.key])})` : '')
          : messages.misspelt(what, misspelt, fix);
      report({ file, range: locate(document, [key], 'key'), message });
    }
  },
});

export const messages = {
  missing: (what: string, fix: string, hint: string) =>
    `${what} has no \`kind\`, so it is not checked as an entity: add ${fix}${hint}, or leave the file out with the config's \`exclude\` if it is not governance data.`,
  misspelt: (what: string, key: string, fix: string) =>
    `${what} has no \`kind\`, so it is not checked as an entity: ${key.trim().toLowerCase() === 'kind' ? `\`${key}\` is not \`kind\` (keys are case-sensitive)` : `\`${key}\` looks like a misspelt \`kind\``}, so write ${fix} instead.`,
};

/** `Kind`, `KIND`, `knid`, `kinds`: a key one typo (a wrong, missing, extra or swapped letter) from `kind`. */
function isLikeKind(key: string): boolean {
  const lower = key.trim().toLowerCase();
  return lower === 'kind' || distance(lower, 'kind') === 1 || isSwap(lower, 'kind');
}

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((character, index) => (character === b[index] ? [] : [index]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!];
}

/**
 * The kind a value seems to name, and its key: the value of the key like `kind` when it is close to a kind's name
 * (`Persn`), else any top-level value that is a kind's name but for case (`type: person`).
 */
function kindNamed(data: Record<string, unknown>, misspelt: string | undefined, kinds: readonly string[]): { key: string; kind: string } | undefined {
  const value = misspelt === undefined ? undefined : data[misspelt];
  const near = typeof value === 'string' ? closest(value, kinds) : undefined;
  if (near !== undefined) return { key: misspelt!, kind: near };
  for (const [key, candidate] of Object.entries(data)) {
    const kind = typeof candidate === 'string' ? kinds.find((name) => name.toLowerCase() === candidate.trim().toLowerCase()) : undefined;
    if (kind !== undefined) return { key, kind };
  }
  return undefined;
}

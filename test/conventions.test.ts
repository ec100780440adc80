import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../src/rules/index.js';
import { docsUrl } from '../src/rules/helpers/docs-url.js';
import { BUILTIN_KINDS, BUILTIN_ROLES, kindSchemaFile, readSchema } from '../src/schema/builtin-kinds.js';

const root = new URL('../', import.meta.url);
const fileName = (id: string) => id.replace('/', '-');

describe('every built-in rule', () => {
  it('is registered once, in id order, and every rule file is registered', () => {
    const ids = builtinRules.map((rule) => rule.meta.id);
    expect(ids).toEqual([...new Set(ids)].sort());
    const files = readdirSync(new URL('src/rules/', root))
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
      .map((name) => name.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(ids.map(fileName).sort());
  });

  it.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))('%s has a docs page, a test file and its docs URL', (id, rule) => {
    expect(existsSync(new URL(`docs/rules/${fileName(id)}.md`, root))).toBe(true);
    expect(existsSync(new URL(`test/rules/${fileName(id)}.test.ts`, root))).toBe(true);
    expect(rule.meta.docs).toBe(docsUrl(id));
    expect(rule.meta.description).toMatch(/^[A-Z].*\.$/);
  });
});

describe('the kind schemas', () => {
  const defs = readSchema('defs.schema.json') as { definitions: Record<string, Record<string, unknown>> };
  const resolved = (property: Record<string, unknown>) => {
    const ref = property.$ref as string | undefined;
    return ref ? { ...defs.definitions[ref.replace('defs.schema.json#/definitions/', '')], ...property } : property;
  };

  it.each([...BUILTIN_KINDS])('%s describes every property, for editors', (kind) => {
    const schema = readSchema(kindSchemaFile(kind)) as { description?: string; properties: Record<string, Record<string, unknown>> };
    expect(schema.description).toBeTruthy();
    const undocumented = Object.entries(schema.properties)
      .filter(([, property]) => typeof resolved(property).description !== 'string')
      .map(([name]) => name);
    expect(undocumented).toEqual([]);
  });

  it('has one file per built-in kind and nothing else but the shared definitions and the config schema', () => {
    const files = readdirSync(new URL('schemas/', root)).sort();
    expect(files).toEqual([...BUILTIN_KINDS.map(kindSchemaFile), 'defs.schema.json', 'govlintrc.schema.json'].sort());
  });

  it('matches the README: every built-in role is documented', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    for (const role of BUILTIN_ROLES) expect(readme).toContain(`\`${role}\``);
  });
});

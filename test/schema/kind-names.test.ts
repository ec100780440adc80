import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { kindNamesIn } from '../../src/schema/kind-names.js';

const KIND = { type: 'string', 'x-govlint-kind': true };

describe('kindNamesIn', () => {
  it('finds kind names in lists, properties, other properties and property names, with where they sit', () => {
    const schema = {
      type: 'object',
      properties: {
        ignoreKinds: { type: 'array', items: KIND },
        pairs: { type: 'array', items: { type: 'object', properties: { kinds: { type: 'array', items: KIND }, roles: { type: 'array', items: { type: 'string' } } } } },
        intervals: { type: 'object', propertyNames: KIND, additionalProperties: { type: 'string' } },
      },
      additionalProperties: KIND,
    };
    const options = { ignoreKinds: ['Risk'], pairs: [{ roles: ['program-manager', 'system-owner'], kinds: ['Program', 'Sytem'] }], intervals: { Risk: '1 month' }, extra: 'Vendor' };
    expect(kindNamesIn(schema, options)).toEqual([
      { name: 'Risk', path: 'ignoreKinds[0]' },
      { name: 'Program', path: 'pairs[0].kinds[0]' },
      { name: 'Sytem', path: 'pairs[0].kinds[1]' },
      { name: 'Risk', path: 'intervals' },
      { name: 'Vendor', path: 'extra' },
    ]);
  });

  it('finds none where the schema marks none', () => {
    expect(kindNamesIn({ type: 'object', properties: { kinds: { type: 'array', items: { type: 'string' } } } }, { kinds: ['Risk'] })).toEqual([]);
    expect(kindNamesIn(undefined, { kinds: ['Risk'] })).toEqual([]);
  });
});

describe('kind names in rule options', () => {
  it('must name a kind that exists: a typo stops the run with a suggestion', async () => {
    const config = (options: unknown) => ({ baseDir: '.', allowCode: true, config: { rules: { 'roles/conflict': ['warning', options] } } });
    await expect(resolveConfig(config({ pairs: [{ roles: ['program-manager', 'system-owner'], scope: 'related', kinds: ['Program', 'Sytem'] }] }))).rejects.toThrow(
      "the configuration: rule 'roles/conflict' option `pairs[0].kinds[1]` names an unknown kind 'Sytem' (did you mean 'System'?)",
    );
    const resolved = await resolveConfig(config({ pairs: [{ roles: ['program-manager', 'system-owner'], scope: 'related', kinds: ['Program', 'System'] }] }));
    expect(resolved.settings.find((setting) => setting.rule.meta.id === 'roles/conflict')?.options).toEqual({
      pairs: [{ roles: ['program-manager', 'system-owner'], scope: 'related', kinds: ['Program', 'System'] }],
    });
  });

  it("may name a plugin's kind", async () => {
    const baseDir = fileURLToPath(new URL('../../examples/vendors/', import.meta.url));
    const config = { plugins: ['./plugins/govlint-plugin-vendors.js'], rules: { 'person/overload': ['warning', { ignoreKinds: ['Vendor'] }] } };
    const resolved = await resolveConfig({ baseDir, allowCode: true, config } as Parameters<typeof resolveConfig>[0]);
    expect(resolved.settings.find((setting) => setting.rule.meta.id === 'person/overload')?.options).toMatchObject({ ignoreKinds: ['Vendor'] });
  });
});

// An opt-in rule is off until the config names it: presets leave it off, so existing registers keep their results.
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/api/types.js';
import { collectKinds, ruleSettings } from '../../src/config/resolve-config.js';
import { presetEntries } from '../../src/config/presets.js';
import { createAjv } from '../../src/schema/create-ajv.js';

const optIn = defineRule({ meta: { id: 'x/opt-in', description: 'Opt-in.', severity: 'warning', optIn: true }, check() {} });
const usual = defineRule({ meta: { id: 'x/usual', description: 'Usual.', severity: 'warning' }, check() {} });
const rules = [optIn, usual];
const kinds = collectKinds([]);
const ajv = () => createAjv({ useDefaults: true });

function running(entries: Record<string, unknown>) {
  return ruleSettings(ajv, rules, kinds, entries, 'test').map(({ rule, severity }) => [rule.meta.id, severity]);
}

describe('an opt-in rule', () => {
  it('is off without a config entry, under govlint:recommended and under govlint:strict', () => {
    expect(running({})).toEqual([['x/usual', 'warning']]);
    expect(running(presetEntries(['govlint:recommended'], rules, [], 'test'))).toEqual([['x/usual', 'warning']]);
    expect(running(presetEntries(['govlint:strict'], rules, [], 'test'))).toEqual([['x/usual', 'error']]);
  });

  it('runs at the severity the config gives it, with its options', () => {
    expect(running({ 'x/opt-in': 'warning' })).toEqual([['x/opt-in', 'warning'], ['x/usual', 'warning']]);
    expect(running({ ...presetEntries(['govlint:strict'], rules, [], 'test'), 'x/opt-in': ['error', {}] })).toEqual([['x/opt-in', 'error'], ['x/usual', 'error']]);
  });
});

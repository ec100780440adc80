import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve-config.js';
import personOverload from '../../src/rules/person-overload.js';
import reviewOverdue from '../../src/rules/review-overdue.js';
import { lintSetup } from '../helpers/lint-files.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe("a rule's options", () => {
  it('are completed with the same defaults by the config and by the test helper, nested ones included', async () => {
    const given = { intervals: { Risk: '2 weeks' } };
    const { settings } = await resolveConfig({ config: { rules: { 'review/overdue': ['warning', given] } }, file: '.govlintrc.yaml', baseDir: ROOT, allowCode: true });
    const fromConfig = settings.find((setting) => setting.rule.meta.id === 'review/overdue')!.options;
    const fromHelper = lintSetup({ rules: [reviewOverdue], options: { 'review/overdue': given } }).rules[0]!.options;
    expect(fromConfig).toEqual({ intervals: { Risk: '2 weeks', System: '3 months' }, maxIntervals: { Risk: '1 month', System: '3 months' }, announce: 'off', reviewedByBothRoles: false });
    expect(fromHelper).toEqual(fromConfig);
    // The options given are copied, not filled in place.
    expect(given).toEqual({ intervals: { Risk: '2 weeks' } });
  });

  it('are checked against the schema in the test helper as in the config', async () => {
    const config = resolveConfig({ config: { rules: { 'person/overload': ['warning', { max: 0 }] } }, file: '.govlintrc.yaml', baseDir: ROOT, allowCode: true });
    await expect(config).rejects.toThrow(".govlintrc.yaml: rule 'person/overload' option `max` must be >= 1");
    expect(() => lintSetup({ rules: [personOverload], options: { 'person/overload': { max: 0 } } })).toThrow(
      "the test options: rule 'person/overload' option `max` must be >= 1",
    );
  });
});

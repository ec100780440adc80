import { describe, expect, expectTypeOf, it } from 'vitest';
import type { OptionsOf } from '../../src/api/options-of.js';
import type { RuleContext } from '../../src/api/types.js';
import personOverload from '../../src/rules/person-overload.js';
import reviewOverdue from '../../src/rules/review-overdue.js';
import rolesConflict from '../../src/rules/roles-conflict.js';

/** The options type a rule's check gets. */
type OptionsOfRule<R> = R extends { check(context: RuleContext<infer Options>): void } ? Options : never;

// These assertions are checked by `npm run typecheck`; a schema edit that changes a rule's options type breaks them.
describe('the options type read from a schema', () => {
  it('has every option with a default, or required, and the others optional', () => {
    const schema = {
      type: 'object',
      properties: {
        max: { type: 'integer', default: 5 },
        name: { type: 'string' },
        on: { type: 'boolean', default: false },
        scope: { enum: ['same', 'related'] },
        pair: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 },
        kinds: { type: 'array', items: { type: 'string' } },
        every: { type: 'object', properties: { Risk: { type: 'string', default: '1 month' } }, additionalProperties: { type: 'string' } },
      },
      required: ['name'],
    } as const;
    expectTypeOf<OptionsOf<typeof schema>>().toEqualTypeOf<{
      max: number;
      name: string;
      on: boolean;
      scope?: 'same' | 'related';
      pair?: [string, string];
      kinds?: string[];
      every?: { [kind: string]: string; Risk: string };
    }>();
    expect(schema.required).toEqual(['name']);
  });

  it("gives the built-in rules the options their schemas describe", () => {
    expectTypeOf<OptionsOfRule<typeof personOverload>>().toEqualTypeOf<{ max: number; ignoreKinds: string[] }>();
    expectTypeOf<OptionsOfRule<typeof reviewOverdue>>().toEqualTypeOf<{
      intervals: { [kind: string]: string; Risk: string; System: string };
      maxIntervals: { [kind: string]: string; Risk: string; System: string };
      announce: string;
      reviewedByBothRoles: boolean;
      reviewedFromGit?: boolean;
    }>();
    expectTypeOf<OptionsOfRule<typeof rolesConflict>['pairs'][number]>().toEqualTypeOf<{ roles: [string, string]; scope: 'same' | 'related'; kinds?: string[] }>();
    expect(personOverload.meta.options).toBeDefined();
  });
});

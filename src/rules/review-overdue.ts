// Review cadence beyond documents: the joint risk register is reviewed monthly and the compliance calendar quarterly.
import { defineRule } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import type { Entity } from '../model/entity.js';
import { describeEntity } from '../model/entity.js';
import { reviewMessage, reviewState } from '../model/review.js';
import { parseDuration } from '../util/dates.js';
import { docsUrl } from './helpers/docs-url.js';

/** The monthly joint risk review and the quarterly compliance calendar. */
const DEFAULT_INTERVALS = { Risk: '1 month', System: '3 months' };

const INTERVAL = {
  title: "a duration such as '2 weeks', '1 month' or '3 months', or 'off'",
  type: 'string',
  pattern: '^([1-9][0-9]{0,3} (day|week|month|year)s?|off)$',
} as const;

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    intervals: {
      description:
        'The review interval of each kind, for entities without `reviewEvery`: a number from 1 to 9999 and `day`, `week`, `month` or `year`, singular or plural, or `off` to leave the kind out. A kind the option leaves out keeps its default. Other kinds can be added (`Process: 1 year`), and every entity of an added kind is then checked; `Document` cannot, since `docs/stale` reviews Documents. A kind that does not exist, built in or from a plugin, stops govlint with exit code 2.',
      type: 'object',
      properties: {
        Risk: { ...INTERVAL, description: 'The joint risk review: every Risk.', default: DEFAULT_INTERVALS.Risk },
        System: { ...INTERVAL, description: 'The compliance calendar: every System with `compliance` entries.', default: DEFAULT_INTERVALS.System },
      },
      propertyNames: { title: 'a kind name such as Risk or System (not Document, which docs/stale reviews)', 'x-govlint-kind': true, pattern: '^(?!Document$)[A-Z][A-Za-z0-9]*$' },
      additionalProperties: { ...INTERVAL, description: 'The review interval of every entity of this kind.' },
      default: DEFAULT_INTERVALS,
    },
    reviewedFromGit: {
      description: "Take a missing `reviewed` date from the last commit that touched the entity's file. Off when left out; govlint reads the Git history only when it is on.",
      type: 'boolean',
    },
  },
  additionalProperties: false,
} as const;

/** The options the rule gets, with the defaults filled in: read from the schema, so the two cannot disagree. */
type Options = OptionsOf<typeof OPTIONS>;

export default defineRule<Options>({
  meta: {
    id: 'review/overdue',
    description: 'A Risk must be reviewed every month and a System with compliance obligations every quarter, unless `reviewEvery` says otherwise.',
    severity: 'warning',
    docs: docsUrl('review/overdue'),
    options: OPTIONS,
    needsHistory: (options) => (options.reviewedFromGit === true ? ['last-commits'] : []),
  },
  check({ model, options, today, report }) {
    const fromGit = options.reviewedFromGit === true ? { history: model.history } : undefined;
    for (const [kind, every] of Object.entries(options.intervals)) {
      const interval = parseDuration(every);
      if (!interval) continue;
      for (const entity of model.ofKind(kind)) {
        const purpose = purposeOf(entity);
        if (purpose === undefined) continue;
        const review = reviewState(entity, interval, today, fromGit);
        const message = review && reviewMessage(describeEntity(entity), review, today, purpose);
        if (message) report({ entity, path: ['reviewed'], message });
      }
    }
  },
});

/**
 * What the review is for, as words to put after "review it", or undefined when the entity has nothing to review:
 * a System is on the compliance calendar only when it lists regulations or standards under `compliance`.
 */
function purposeOf(entity: Entity): string | undefined {
  if (entity.kind === 'Risk') return ' in the joint risk review';
  if (entity.kind !== 'System') return '';
  const { compliance } = entity.data;
  const obligations = Array.isArray(compliance) ? compliance.filter((item): item is string => typeof item === 'string') : [];
  return obligations.length === 0 ? undefined : ` against its compliance obligations (${obligations.join(', ')})`;
}

// Review cadence beyond documents: the joint risk register is reviewed monthly and the compliance calendar quarterly,
// by both roles; any entity that sets its own `reviewEvery` is held to it.
import { defineRule, type RuleContext } from '../api/types.js';
import type { Model } from '../model/model.js';
import type { OptionsOf } from '../api/options-of.js';
import type { Entity } from '../model/entity.js';
import { describeEntity } from '../model/entity.js';
import { checkReview, REVIEW_OPTIONS } from '../api/check-review.js';
import { ownInterval } from '../model/review.js';
import { programsOfSystem } from '../model/programs.js';
import { roleHolders } from '../model/roles.js';
import { parseDuration } from '../util/dates.js';
import { docsUrl } from './helpers/docs-url.js';

/** The monthly joint risk review and the quarterly compliance calendar. */
const DEFAULT_INTERVALS = { Risk: '1 month', System: '3 months' };

const INTERVAL = REVIEW_OPTIONS.interval;
const KIND_NAME = { title: 'a kind name such as Risk or System (not Document, which docs/stale reviews)', 'x-govlint-kind': true, pattern: '^(?!Document$)[A-Z][A-Za-z0-9]*$' } as const;

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    intervals: {
      description:
        'The review interval of each kind, for entities without `reviewEvery`: a number from 1 to 9999 and `day`, `week`, `month` or `year`, singular or plural, or `off` to leave the kind out (its entities are then not checked, even with `reviewEvery`). A kind the option leaves out keeps its default. Other kinds can be added (`Process: 1 year`), and every entity of an added kind is then checked; `Document` cannot, since `docs/stale` reviews Documents. A kind that does not exist, built in or from a plugin, stops govlint with exit code 2.',
      type: 'object',
      properties: {
        Risk: { ...INTERVAL, description: 'The joint risk review: every Risk that is not closed.', default: DEFAULT_INTERVALS.Risk },
        System: { ...INTERVAL, description: 'The compliance calendar: every System with `compliance` entries that is not retired.', default: DEFAULT_INTERVALS.System },
      },
      propertyNames: KIND_NAME,
      additionalProperties: { ...INTERVAL, description: 'The review interval of every entity of this kind.' },
      default: DEFAULT_INTERVALS,
    },
    maxIntervals: {
      description:
        "The longest `reviewEvery` an entity of each kind may set, or `off` for no limit: a longer one is reported, and the entity is held to the limit. A kind the option leaves out keeps its default; other kinds can be added.",
      type: 'object',
      properties: {
        Risk: { ...INTERVAL, description: 'The joint risk review is monthly: a risk cannot opt out of it.', default: DEFAULT_INTERVALS.Risk },
        System: { ...INTERVAL, description: 'The compliance calendar is quarterly (Systems with `compliance` entries).', default: DEFAULT_INTERVALS.System },
      },
      propertyNames: KIND_NAME,
      additionalProperties: { ...INTERVAL, description: 'The longest `reviewEvery` of an entity of this kind.' },
      default: DEFAULT_INTERVALS,
    },
    announce: REVIEW_OPTIONS.announce,
    reviewedByBothRoles: {
      description:
        "Require a System's compliance review to name both its program manager (of each Program it belongs to) and its system owner under `reviewedBy`: the compliance calendar is reviewed by both roles.",
      type: 'boolean',
      default: false,
    },
    reviewedFromGit: REVIEW_OPTIONS.reviewedFromGit,
  },
  additionalProperties: false,
} as const;

/** The options the rule gets, with the defaults filled in: read from the schema, so the two cannot disagree. */
type Options = OptionsOf<typeof OPTIONS>;

export default defineRule<Options>({
  meta: {
    id: 'review/overdue',
    description:
      'A Risk must be reviewed every month and a System with compliance obligations every quarter, and any entity with `reviewEvery` as often as it says.',
    severity: 'warning',
    docs: docsUrl('review/overdue'),
    options: OPTIONS,
    needsHistory: (options) => (options.reviewedFromGit === true ? ['last-commits'] : []),
  },
  check({ model, options, today, report, due }) {
    const fromGit = options.reviewedFromGit === true ? { history: model.history } : undefined;
    const announce = parseDuration(options.announce);
    const intervals: Record<string, string> = options.intervals;
    const ceilings: Record<string, string> = options.maxIntervals;
    for (const entity of model.entities) {
      if (entity.kind === 'Document' || intervals[entity.kind] === 'off') continue;
      const purpose = purposeOf(entity);
      const interval = parseDuration(intervals[entity.kind] ?? '') ?? ownInterval(entity);
      if (purpose === undefined || interval === undefined) continue;
      // The compliance calendar's ceiling is for Systems on it; one that sets its own `reviewEvery` without obligations may set any.
      const limit = entity.kind === 'System' && purpose === '' ? undefined : parseDuration(ceilings[entity.kind] ?? '');
      const ceiling = limit && { interval: limit, practice: practiceOf(entity) };
      const review = checkReview({ today, report, due }, entity, { interval, purpose, ceiling, announce, fromGit });
      if (options.reviewedByBothRoles && entity.kind === 'System' && purpose !== '' && review?.state === 'current') checkReviewers(entity, model, report);
    }
  },
});

/**
 * What the review is for, as words to put after "review it", or undefined when the entity is out of the cadence:
 * a closed Risk, and a System that is retired or has no regulations or standards under `compliance`.
 */
function purposeOf(entity: Entity): string | undefined {
  if (entity.kind === 'Risk') return entity.data.status === 'closed' ? undefined : ' in the joint risk review';
  if (entity.kind !== 'System') return '';
  const { compliance, lifecycle } = entity.data;
  const obligations = Array.isArray(compliance) ? compliance.filter((item): item is string => typeof item === 'string') : [];
  if (lifecycle === 'retired') return undefined;
  if (obligations.length > 0) return ` against its compliance obligations (${obligations.join(', ')})`;
  // A System without obligations is checked only when it sets its own `reviewEvery`.
  return entity.data.reviewEvery === undefined ? undefined : '';
}

/** The practice a `reviewEvery` beyond the ceiling would escape. */
function practiceOf(entity: Entity): string {
  if (entity.kind === 'Risk') return 'the joint risk review';
  if (entity.kind === 'System') return 'the compliance calendar';
  return `review/overdue's \`maxIntervals\` for a ${entity.kind}`;
}

/** A System's last compliance review must name its system owner and the program manager of each Program it belongs to. */
function checkReviewers(system: Entity, model: Model, report: RuleContext['report']): void {
  const reviewers = new Set(typeof system.data.reviewedBy === 'string' ? [system.data.reviewedBy] : Array.isArray(system.data.reviewedBy) ? system.data.reviewedBy : []);
  const expected = [
    ...roleHolders(system, 'system-owner').map((person) => ({ person, role: 'system owner' })),
    ...programsOfSystem(model, system).flatMap(({ program }) =>
      roleHolders(program, 'program-manager').map((person) => ({ person, role: `program manager of ${describeEntity(program)}` })),
    ),
  ];
  const missing = expected.filter(({ person }) => !reviewers.has(person));
  if (missing.length === 0) return;
  const who = missing.map(({ person, role }) => `${person} (${role})`).join(', ');
  report({
    entity: system,
    path: system.data.reviewedBy === undefined ? ['reviewed'] : ['reviewedBy'],
    message: `${describeEntity(system)}'s last compliance review does not name ${who} under \`reviewedBy\`: the compliance calendar is reviewed by both the program manager and the system owner. Review it together and name both.`,
  });
}

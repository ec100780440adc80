// Documentation is audited twice a year: a document nobody has reviewed within its interval can no longer be trusted.
import { defineRule } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import { checkReview, REVIEW_OPTIONS } from '../api/check-review.js';
import { parseDuration } from '../util/dates.js';
import { docsUrl } from './helpers/docs-url.js';

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    maxAge: {
      title: "a duration such as '30 days', '2 weeks', '6 months' or '1 year'",
      description:
        'How long a review lasts for a document without `reviewEvery`: a number from 1 to 9999 and `day`, `week`, `month` or `year`, singular or plural (`30 days`, `2 weeks`, `1 year`).',
      type: 'string',
      pattern: '^[1-9][0-9]{0,3} (day|week|month|year)s?$',
      default: '6 months',
    },
    maxReviewEvery: {
      ...REVIEW_OPTIONS.interval,
      description:
        'The longest `reviewEvery` a document may set, or `off` for no limit: documentation is audited twice a year, so a longer one is reported, and the document is held to this instead.',
      default: '6 months',
    },
    announce: REVIEW_OPTIONS.announce,
    reviewedFromGit: REVIEW_OPTIONS.reviewedFromGit,
  },
  additionalProperties: false,
} as const;

/** The options the rule gets, with the defaults filled in: read from the schema, so the two cannot disagree. */
type Options = OptionsOf<typeof OPTIONS>;

export default defineRule<Options>({
  meta: {
    id: 'docs/stale',
    description: 'A Document must have been reviewed within its `reviewEvery` interval (default and at most 6 months), and not in the future.',
    severity: 'warning',
    docs: docsUrl('docs/stale'),
    options: OPTIONS,
    needsHistory: (options) => (options.reviewedFromGit === true ? ['last-commits'] : []),
  },
  check({ model, options, today, report, due }) {
    const interval = parseDuration(options.maxAge)!;
    const limit = parseDuration(options.maxReviewEvery);
    const cadence = {
      interval,
      ceiling: limit && { interval: limit, practice: 'the documentation audit' },
      announce: parseDuration(options.announce),
      fromGit: options.reviewedFromGit === true ? { history: model.history } : undefined,
    };
    for (const document of model.ofKind('Document')) checkReview({ today, report, due }, document, cadence);
  },
});

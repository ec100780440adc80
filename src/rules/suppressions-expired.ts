// An exception granted until a date must not become permanent by neglect: once expired it is reported, and silences
// nothing; with `announce`, it is announced before it lapses, so that it is renewed or the findings fixed in time.
import { defineRule } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import { REVIEW_OPTIONS } from '../api/check-review.js';
import { isExpired } from '../parse/suppressions.js';
import { addDuration, compareDates, daysBetween, parseDuration } from '../util/dates.js';
import { docsUrl } from './helpers/docs-url.js';

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    announce: {
      ...REVIEW_OPTIONS.announce,
      description:
        'Announce a suppression this long before its `until` date, as a note (notes never fail a check), so that the exception is renewed or the findings fixed before it lapses; `off` (the default) announces nothing.',
    },
  },
  additionalProperties: false,
} as const;

type Options = OptionsOf<typeof OPTIONS>;

export default defineRule<Options>({
  meta: {
    id: 'suppressions/expired',
    description: 'A suppression whose `until` date has passed no longer applies and must be renewed or removed.',
    severity: 'warning',
    docs: docsUrl('suppressions/expired'),
    options: OPTIONS,
  },
  check({ model, options, today, report, due }) {
    const announce = parseDuration(options.announce);
    const horizon = announce && addDuration(today, announce);
    for (const suppression of model.suppressions) {
      const { file, range, until, rules } = suppression;
      if (suppression.problem || until === undefined) continue;
      const approved = suppression.approvedBy === undefined ? '' : ` (approved by ${suppression.approvedBy})`;
      due({ file, range, date: until, what: `exception to ${rules.join(', ')} expires` });
      if (isExpired(suppression, today)) {
        report({
          file,
          range,
          message: `This suppression of ${rules.join(', ')}${approved} expired on ${until} and no longer applies: fix the findings, or renew the exception with a new date and reason.`,
        });
      } else if (horizon && compareDates(until, horizon) <= 0) {
        const days = daysBetween(today, until);
        report({
          file,
          range,
          severity: 'note',
          message: `This suppression of ${rules.join(', ')}${approved} expires on ${until}, ${days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`}: fix the findings before then, or renew the exception with a new date and reason.`,
        });
      }
    }
  },
});

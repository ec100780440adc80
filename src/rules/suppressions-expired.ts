// An exception granted until a date must not become permanent by neglect: once expired it is reported, and silences nothing.
import { defineRule } from '../api/types.js';
import { isExpired } from '../parse/suppressions.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'suppressions/expired',
    description: 'A suppression whose `until` date has passed no longer applies and must be renewed or removed.',
    severity: 'warning',
    docs: docsUrl('suppressions/expired'),
  },
  check({ model, today, report }) {
    for (const suppression of model.suppressions) {
      if (suppression.problem || !isExpired(suppression, today)) continue;
      report({
        file: suppression.file,
        range: suppression.range,
        message: `This suppression of ${suppression.rules.join(', ')} expired on ${suppression.until} and no longer applies: fix the findings, or renew the exception with a new date and reason.`,
      });
    }
  },
});

// A suppression that silences nothing hides the next real finding on that line: remove it once the problem is fixed.
import { defineRule } from '../api/types.js';
import { isExpired, UNSUPPRESSIBLE_RULE } from '../parse/suppressions.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'suppressions/unused',
    description: 'A suppression must silence at least one finding; remove those that no longer do.',
    severity: 'warning',
    docs: docsUrl('suppressions/unused'),
    afterSuppressions: true,
  },
  check({ model, today, knownRules, report }) {
    for (const suppression of model.suppressions) {
      if (suppression.problem || suppression.matched > 0 || isExpired(suppression, today)) continue;
      // A suppression naming a rule that cannot be silenced is suppressions/valid's finding already.
      if (suppression.rules.some((rule) => rule === UNSUPPRESSIBLE_RULE || !knownRules.has(rule))) continue;
      report({
        file: suppression.file,
        range: suppression.range,
        message: `This suppression of ${suppression.rules.join(', ')} silences nothing: the finding it was for is gone, so remove it.`,
      });
    }
  },
});

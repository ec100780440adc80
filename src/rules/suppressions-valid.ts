// A suppression is an exception to governance: it must say which rule, why, and it must be able to take effect.
import { defineRule } from '../api/types.js';
import { didYouMean } from '../util/closest.js';
import { UNSUPPRESSIBLE_RULE } from '../parse/suppressions.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'suppressions/valid',
    description: 'A govlint-disable comment must name known rules, give a reason and a valid expiry date, and sit where it can apply.',
    severity: 'error',
    docs: docsUrl('suppressions/valid'),
  },
  check({ model, knownRules, report }) {
    for (const suppression of model.suppressions) {
      const { file, range } = suppression;
      const problems = suppression.problem ? [suppression.problem] : [];
      for (const rule of suppression.rules) {
        if (rule === UNSUPPRESSIBLE_RULE) problems.push(`names ${rule}, whose findings cannot be suppressed: fix the syntax instead`);
        else if (!knownRules.has(rule)) problems.push(`names an unknown rule '${rule}'${didYouMean(rule, knownRules)}`);
      }
      for (const problem of problems) report({ file, range, message: `This suppression ${problem}.` });
    }
  },
});

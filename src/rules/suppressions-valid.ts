// A suppression is an exception to governance: it must say which rule, why, and it must be able to take effect.
import { defineRule } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import { entitiesOfKind } from '../model/lookup.js';
import { didYouMean } from '../util/closest.js';
import { UNSUPPRESSIBLE_RULE } from '../parse/suppressions.js';
import { docsUrl } from './helpers/docs-url.js';

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    requireApproval: {
      description:
        'Require every suppression to end with `-- approved-by: <person id>`, naming who granted the exception (a steering committee member, the risk board chair). An approver that is written must be a Person of the register either way.',
      type: 'boolean',
      default: false,
    },
  },
  additionalProperties: false,
} as const;

type Options = OptionsOf<typeof OPTIONS>;

export default defineRule<Options>({
  meta: {
    id: 'suppressions/valid',
    description: 'A govlint-disable comment must name known rules, give a reason, a valid expiry date and a known approver, and sit where it can apply.',
    severity: 'error',
    docs: docsUrl('suppressions/valid'),
    options: OPTIONS,
  },
  check({ model, knownRules, options, report }) {
    let people: string[] | undefined;
    for (const suppression of model.suppressions) {
      const { file, range, approvedBy } = suppression;
      const problems = suppression.problem ? [suppression.problem] : [];
      for (const rule of suppression.rules) {
        if (rule === UNSUPPRESSIBLE_RULE) problems.push(`names ${rule}, whose findings cannot be suppressed: fix the syntax instead`);
        else if (!knownRules.has(rule)) problems.push(`names an unknown rule '${rule}'${didYouMean(rule, knownRules)}`);
      }
      if (approvedBy !== undefined && entitiesOfKind(model, approvedBy, 'Person').length === 0) {
        people ??= model.ofKind('Person').flatMap((person) => (person.id === undefined ? [] : [person.id]));
        problems.push(`names an approver '${approvedBy}' who is not a Person of the register${didYouMean(approvedBy, people)}`);
      } else if (approvedBy === undefined && !suppression.problem && options.requireApproval) {
        problems.push("names nobody who approved it: end it with '-- approved-by: <person id>', the person who granted the exception");
      }
      for (const problem of problems) report({ file, range, message: `This suppression ${problem}.` });
    }
  },
});

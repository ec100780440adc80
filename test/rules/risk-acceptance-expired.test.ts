import { describe, it } from 'vitest';
import rule from '../../src/rules/risk-acceptance-expired.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const PEOPLE = { 'people.yaml': lines('kind: Person', 'id: cfo') };

/** Risk 'legacy-lab' with these rows, in risks/legacy-lab.yaml; today is 2026-11-22. */
function risk(...rows: string[]) {
  return { filename: 'risks/legacy-lab.yaml', code: lines('kind: Risk', 'id: legacy-lab', ...rows), files: PEOPLE };
}

const LAPSED_BY_CFO =
  "Risk 'legacy-lab' was accepted by 'cfo' until 2026-11-21, and that acceptance has lapsed: an accepted risk is left unmitigated only for the time someone answered for, so have 'cfo' decide again and set a new `acceptedUntil`, or change `status` and mitigate it.";

new RuleTester().run(rule, {
  valid: [
    { name: 'an acceptance that holds through today', ...risk('status: accepted', 'acceptedBy: cfo', 'acceptedUntil: 2026-11-22') },
    { name: 'a closed risk past an old acceptance date', ...risk('status: closed', 'acceptedBy: cfo', 'acceptedUntil: 2025-01-31') },
    { name: 'a mitigated risk with an old acceptance date', ...risk('status: mitigating', 'acceptedUntil: 2025-01-31') },
    { name: 'an accepted risk without dates, by default', ...risk('status: accepted') },
    { name: "a malformed date is schema/valid's", ...risk('status: accepted', 'acceptedUntil: 2026-13-01') },
    { name: 'with `require`, an acceptance with both fields', ...risk('status: accepted', 'acceptedBy: cfo', 'acceptedUntil: 2027-03-31'), options: { require: true } },
  ],
  invalid: [
    {
      name: 'an acceptance past its date, at `acceptedUntil`',
      ...risk('status: accepted', 'acceptedBy: cfo', 'acceptedUntil: 2026-11-21'),
      findings: [{ message: LAPSED_BY_CFO, line: 5, column: 16, endColumn: 26 }],
    },
    {
      name: 'an acceptance past its date that names nobody',
      ...risk('status: accepted', 'acceptedUntil: 2024-06-30'),
      findings: [
        {
          message:
            "Risk 'legacy-lab' was accepted until 2024-06-30, and that acceptance has lapsed: an accepted risk is left unmitigated only for the time someone answered for, so have whoever may accept it decide again and set a new `acceptedUntil`, or change `status` and mitigate it.",
          line: 4,
          column: 16,
        },
      ],
    },
    {
      name: 'with `require`, an acceptance that says neither who nor until when, at `status`',
      ...risk('status: accepted'),
      options: { require: true },
      findings: [
        {
          message: "Risk 'legacy-lab' is accepted but does not say who accepted it or until when: add `acceptedBy` and `acceptedUntil`, so that the acceptance has an owner and an end.",
          line: 3,
          column: 9,
        },
      ],
    },
  ],
});

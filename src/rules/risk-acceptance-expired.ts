// Accepting a risk is a decision for a time: past its date the risk is unmanaged again, whatever its status says.
import { defineRule } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import type { Entity } from '../model/entity.js';
import { describeEntity } from '../model/entity.js';
import { compareDates, isDate } from '../util/dates.js';
import { docsUrl } from './helpers/docs-url.js';

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    require: {
      description: 'Also report an accepted Risk that does not say who accepted it (`acceptedBy`) or until when (`acceptedUntil`). Off by default, so that registers written before these fields keep passing.',
      type: 'boolean',
      default: false,
    },
  },
  additionalProperties: false,
} as const;

type Options = OptionsOf<typeof OPTIONS>;

export const messages = {
  lapsed: (risk: Entity, until: string) => {
    const by = typeof risk.data.acceptedBy === 'string' ? ` by '${risk.data.acceptedBy}'` : '';
    return `${describeEntity(risk)} was accepted${by} until ${until}, and that acceptance has lapsed: an accepted risk is left unmitigated only for the time someone answered for, so have ${by === '' ? 'whoever may accept it' : `'${risk.data.acceptedBy}'`} decide again and set a new \`acceptedUntil\`, or change \`status\` and mitigate it.`;
  },
  unsaid: (risk: Entity, fields: readonly string[]) =>
    `${describeEntity(risk)} is accepted but does not say ${fields.map((field) => (field === 'acceptedBy' ? 'who accepted it' : 'until when')).join(' or ')}: add ${fields.map((field) => `\`${field}\``).join(' and ')}, so that the acceptance has an owner and an end.`,
};

export default defineRule<Options>({
  meta: {
    id: 'risk/acceptance-expired',
    description: 'An accepted Risk must not be past its `acceptedUntil` date.',
    severity: 'warning',
    docs: docsUrl('risk/acceptance-expired'),
    options: OPTIONS,
  },
  check({ model, options, today, report, due }) {
    for (const risk of model.ofKind('Risk')) {
      if (risk.data.status !== 'accepted') continue;
      const until = risk.data.acceptedUntil;
      // A malformed date is schema/valid's finding.
      if (typeof until === 'string' && isDate(until)) {
        due({ entity: risk, path: ['acceptedUntil'], date: until, what: 'risk acceptance ends' });
        if (compareDates(until, today) < 0) report({ entity: risk, path: ['acceptedUntil'], message: messages.lapsed(risk, until) });
      }
      if (!options.require) continue;
      const missing = ['acceptedBy', 'acceptedUntil'].filter((field) => risk.data[field] === undefined);
      if (missing.length > 0) report({ entity: risk, path: ['status'], message: messages.unsaid(risk, missing) });
    }
  },
});

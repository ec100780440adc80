// A person holding too many owner and manager roles cannot give each the attention it needs: role overload.
import { defineRule } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import { describeEntity } from '../model/entity.js';
import { assignedRoles, roleHolders } from '../model/roles.js';
import { docsUrl } from './helpers/docs-url.js';

/** Owner and manager roles: accountability (`system-owner`, `process-owner`…) and delivery (`program-manager`…). */
export const COUNTED_ROLE = /-(owner|manager)$/;

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    max: {
      description: 'How many owner and manager roles one person may hold; more is a finding. At least 1.',
      type: 'integer',
      minimum: 1,
      default: 5,
    },
    ignoreKinds: {
      description:
        "Kinds whose roles are not counted. A Risk's program manager and system owner are those of its program and system (`risk/owners-match`), so counting them would count one role once per risk. `[]` counts every kind. A kind that does not exist stops govlint with exit code 2.",
      type: 'array',
      items: { title: 'a kind name such as Risk or Document', type: 'string', 'x-govlint-kind': true, pattern: '^[A-Z][A-Za-z0-9]*$' },
      uniqueItems: true,
      default: ['Risk'],
    },
  },
  additionalProperties: false,
} as const;

/** The options the rule gets, with the defaults filled in: read from the schema, so the two cannot disagree. */
type Options = OptionsOf<typeof OPTIONS>;

export default defineRule<Options>({
  meta: {
    id: 'person/overload',
    description: 'A person must not hold more than `max` (default 5) owner or manager roles across the repo.',
    severity: 'warning',
    docs: docsUrl('person/overload'),
    options: OPTIONS,
  },
  check({ model, options, report }) {
    // Person id → role → how many entities they hold it on; a person listed twice for one role on one entity counts once.
    const held = new Map<string, Map<string, number>>();
    for (const entity of model.entities) {
      if (options.ignoreKinds.includes(entity.kind)) continue;
      for (const role of assignedRoles(entity).filter((role) => COUNTED_ROLE.test(role))) {
        for (const person of new Set(roleHolders(entity, role))) {
          const roles = held.get(person) ?? new Map<string, number>();
          roles.set(role, (roles.get(role) ?? 0) + 1);
          held.set(person, roles);
        }
      }
    }
    const seen = new Set<string>();
    // Only Persons that exist: a role held by an unknown id is refs/resolve's finding.
    for (const person of model.ofKind('Person')) {
      if (person.id === undefined || seen.has(person.id)) continue;
      seen.add(person.id);
      const roles = held.get(person.id);
      if (!roles) continue;
      const total = [...roles.values()].reduce((sum, count) => sum + count, 0);
      if (total <= options.max) continue;
      const byRole = [...roles].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([role, count]) => `${role}: ${count}`);
      report({
        entity: person,
        path: ['id'],
        message: `${describeEntity(person)} holds ${total} owner and manager roles (${byRole.join(', ')}), more than ${options.max}: one person cannot give that many roles the attention they need, so hand some of them to others.`,
      });
    }
  },
});

// A person accountable for too many entities cannot give each the attention it needs: role overload.
import { defineRule, type RelatedReport } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import { describeEntity, type Entity } from '../model/entity.js';
import { ownerLoads, type OwnerLoad } from '../model/load.js';
import { docsUrl } from './helpers/docs-url.js';
import { listSome } from './helpers/list-some.js';

/** How many entities a message names before it says how many more there are; the related locations list them all. */
const LISTED = 10;

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    max: {
      description:
        'How many entities one person may be an owner or manager of; more is a finding. An entity counts once however many of these roles the person holds on it. At least 1.',
      type: 'integer',
      minimum: 1,
      default: 5,
    },
    ignoreKinds: {
      description:
        "Kinds whose roles are not counted. A Risk's program manager and system owner are those of its program and system (`risk/owners-match`), and the owner of a Document is usually the owner of what it describes, so counting them would count one load several times. `[Risk]` counts Documents too; `[]` counts every kind. A kind that does not exist stops govlint with exit code 2.",
      type: 'array',
      items: { title: 'a kind name such as Risk or Document', type: 'string', 'x-govlint-kind': true, pattern: '^[A-Z][A-Za-z0-9]*$' },
      uniqueItems: true,
      default: ['Document', 'Risk'],
    },
  },
  additionalProperties: false,
} as const;

/** The options the rule gets, with the defaults filled in: read from the schema, so the two cannot disagree. */
type Options = OptionsOf<typeof OPTIONS>;

export const messages = {
  overloaded: (person: Entity, loads: readonly OwnerLoad[], max: number) => {
    const listed = listSome(loads.map(({ entity, roles }) => `${describeEntity(entity)} (${roles.join(', ')})`), LISTED);
    return `${describeEntity(person)} is an owner or manager of ${loads.length} entities, more than ${max}: ${listed}. One person cannot give that many the attention they need: hand some of them to others.`;
  },
};

export default defineRule<Options>({
  meta: {
    id: 'person/overload',
    description: 'A person must not be an owner or manager of more than `max` (default 5) entities across the repo.',
    severity: 'warning',
    docs: docsUrl('person/overload'),
    options: OPTIONS,
  },
  check({ model, options, report }) {
    // Person id → the entities they hold counted roles on, in model order; one entry per entity, whatever the roles.
    const held = ownerLoads(model, options.ignoreKinds);
    const seen = new Set<string>();
    // Only Persons that exist: a role held by an unknown id is refs/resolve's finding.
    for (const person of model.ofKind('Person')) {
      if (person.id === undefined || seen.has(person.id)) continue;
      seen.add(person.id);
      const loads = held.get(person.id);
      if (!loads || loads.length <= options.max) continue;
      const related: RelatedReport[] = loads.map(({ entity, roles }) => ({
        entity,
        path: ['roles', roles[0]!],
        message: `${describeEntity(person)} is ${roles.join(' and ')} of ${describeEntity(entity)} here.`,
      }));
      report({ entity: person, path: ['id'], message: messages.overloaded(person, loads, options.max), related });
    }
  },
});

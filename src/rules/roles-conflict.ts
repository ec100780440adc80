// Segregation of duties: one person in two roles meant to check each other is overloaded and has a conflict of interest.
import { defineRule } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import type { Entity } from '../model/entity.js';
import { describeEntity } from '../model/entity.js';
import type { Model, Reference } from '../model/model.js';
import { roleAssignments } from '../model/roles.js';
import { formatPath } from '../util/format-path.js';
import { docsUrl } from './helpers/docs-url.js';

/** The program manager of a Program who owns one of its Systems, and one person owning a Risk from both sides. */
const DEFAULT_PAIRS = [
  { roles: ['program-manager', 'system-owner'], scope: 'related', kinds: ['Program', 'System'] },
  { roles: ['program-manager', 'system-owner'], scope: 'same', kinds: ['Risk'] },
] as const;

/** Two entities linked by references either way, with those references. */
interface Link {
  entities: [Entity, Entity];
  references: Reference[];
}

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    pairs: {
      description: 'The pairs of roles one person must not hold together. Setting it replaces the default list, so repeat the defaults to keep them.',
      type: 'array',
      items: {
        type: 'object',
        properties: {
          roles: {
            description: 'Two different role ids, `[first, second]`: built-in roles or ids of `kind: Role` entities. Findings are on the second.',
            type: 'array',
            items: { title: 'a role id', type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
            minItems: 2,
            maxItems: 2,
            uniqueItems: true,
          },
          scope: {
            description:
              '`same`: both roles on one entity. `related`: the first role on one entity and the second on another, the two linked by a reference written in either of them (`program`, `systems`, `system`, `documents`, `describes`…).',
            enum: ['same', 'related'],
          },
          kinds: {
            description: 'Only entities of these kinds count, on both sides; every kind when left out. A kind that does not exist stops govlint with exit code 2.',
            type: 'array',
            items: { title: 'a kind name such as Program or System', type: 'string', 'x-govlint-kind': true, pattern: '^[A-Z][A-Za-z0-9]*$' },
            minItems: 1,
            uniqueItems: true,
          },
          why: {
            description:
              'Why one person must not hold both roles, and what to do, ending the message. By default govlint says it for the pairs it knows (program manager and system owner, product manager and product owner, process owner and process manager) and asks for the roles to be split for others.',
            type: 'string',
            minLength: 1,
          },
        },
        required: ['roles', 'scope'],
        additionalProperties: false,
      },
      default: DEFAULT_PAIRS,
    },
  },
  additionalProperties: false,
} as const;

/** The options the rule gets, with the defaults filled in: read from the schema, so the two cannot disagree. */
type Options = OptionsOf<typeof OPTIONS>;

/** Two roles one person must not hold together, on one entity (`same`) or on two entities linked by a reference (`related`). */
type RolePair = Options['pairs'][number];

export default defineRule<Options>({
  meta: {
    id: 'roles/conflict',
    description: 'One person must not hold two roles that should be separate, such as program manager of a Program and system owner of one of its Systems.',
    severity: 'warning',
    docs: docsUrl('roles/conflict'),
    options: OPTIONS,
  },
  check({ model, options, report }) {
    const related = options.pairs.filter((pair) => pair.scope === 'related');
    // Links between entities of kinds no pair counts (a Team and its members, say) are never compared: not collected.
    const kinds = related.every((pair) => pair.kinds !== undefined) ? new Set(related.flatMap((pair) => pair.kinds!)) : undefined;
    // The model's order of the entities any pair counts, to tell links and conflicts apart.
    const counted = options.pairs.every((pair) => pair.kinds !== undefined) ? new Set(options.pairs.flatMap((pair) => pair.kinds!)) : undefined;
    const order = new Map<Entity, number>();
    model.entities.forEach((entity, index) => {
      if (!counted || counted.has(entity.kind)) order.set(entity, index);
    });
    const links = related.length > 0 ? linksOf(model, order, kinds) : [];
    const reported = new Set<string>();
    for (const pair of options.pairs) {
      const [firstRole, secondRole] = pair.roles;
      for (const { first, second, references } of placesToCompare(pair, model, links)) {
        for (const held of roleAssignments(second, secondRole)) {
          const alsoHeld = roleAssignments(first, firstRole).find((assignment) => assignment.person === held.person);
          if (!alsoHeld) continue;
          // One conflict is one person in two entity/role places, whichever pair or direction found it.
          const places = [`${order.get(first)}:${firstRole}`, `${order.get(second)}:${secondRole}`].sort();
          const key = JSON.stringify([held.person, ...places]);
          if (reported.has(key)) continue;
          reported.add(key);
          const conflict = { first, second, firstRole, secondRole, person: held.person };
          report({
            entity: second,
            path: held.path,
            message: first === second ? sameMessage(conflict, reasonFor(pair, second, true)) : relatedMessage(conflict, references, reasonFor(pair, second, false)),
            related: [{ entity: first, path: alsoHeld.path, message: `${describeEntity(first)} has '${held.person}' as ${roleName(firstRole)} here.` }],
          });
        }
      }
    }
  },
});

/** The entities to compare for a pair: each entity with itself, or both orders of each pair of linked entities. */
function placesToCompare(pair: RolePair, model: Model, links: readonly Link[]): { first: Entity; second: Entity; references: readonly Reference[] }[] {
  const counts = (entity: Entity) => pair.kinds === undefined || pair.kinds.includes(entity.kind);
  if (pair.scope === 'same') return model.entities.filter(counts).map((entity) => ({ first: entity, second: entity, references: [] }));
  return links
    .filter(({ entities: [a, b] }) => counts(a) && counts(b))
    .flatMap(({ entities: [a, b], references }) => [
      { first: a, second: b, references },
      { first: b, second: a, references },
    ]);
}

/** One person holding `firstRole` on `first` and `secondRole` on `second` (the same entity for a `same` pair). */
interface Conflict {
  first: Entity;
  second: Entity;
  firstRole: string;
  secondRole: string;
  person: string;
}

/** Why a pair of built-in roles is kept apart, by the two role ids sorted and joined with a space. */
const REASONS: Readonly<Record<string, string>> = {
  'program-manager system-owner':
    'the program manager pushes delivery (schedule, budget) while the system owner guards the system’s long-term health, security and compliance, so one person in both has a conflict of interest: give one of the roles to someone else.',
  'product-manager product-owner':
    'the product manager looks outward (vision, roadmap, stakeholders) and the product owner inward (the backlog, the team’s priorities), and one person doing both rarely has the time for either: give one of the roles to someone else.',
  'process-manager process-owner':
    'the process owner designs the process and judges how well it runs, the process manager runs it, so one person in both judges their own work: give one of the roles to someone else.',
};

/** A joint risk is owned from two sides so that two perspectives weigh it. */
const RISK_REASON = 'a joint risk is owned from two sides, the program’s and the system’s, so that both perspectives weigh it; one person in both leaves one unheard: give one of the roles to someone else.';

const OTHER_REASON = 'the two roles are meant to check each other: give one of them to someone else.';

/** What ends a conflict's message: the pair's own `why`, the reason govlint knows for the pair, or the generic one. */
function reasonFor(pair: RolePair, entity: Entity, same: boolean): string {
  if (pair.why !== undefined) return pair.why;
  const key = [...pair.roles].sort().join(' ');
  if (same && entity.kind === 'Risk' && key === 'program-manager system-owner') return RISK_REASON;
  return REASONS[key] ?? OTHER_REASON;
}

function sameMessage({ second, firstRole, secondRole, person }: Conflict, why: string): string {
  return `${describeEntity(second)} has '${person}' as both ${roleName(firstRole)} and ${roleName(secondRole)}: ${why}`;
}

function relatedMessage({ first, second, firstRole, secondRole, person }: Conflict, references: readonly Reference[], why: string): string {
  // Prefer the link written in the entity the finding is on.
  const own = references.find((reference) => reference.entity === second);
  const link = own ? `named in its \`${fieldOf(own)}\`` : `which names it in \`${fieldOf(references[0]!)}\``;
  return `${describeEntity(second)} has '${person}' as ${roleName(secondRole)}, who is also ${roleName(firstRole)} of ${describeEntity(first)}, ${link}: ${why}`;
}

/**
 * Every pair of distinct entities linked by a reference, once, whichever way and however many times it is written;
 * only between entities of these kinds, when given.
 */
function linksOf(model: Model, order: ReadonlyMap<Entity, number>, kinds: ReadonlySet<string> | undefined): Link[] {
  // Keyed by the two entities' places in the model, as one number: a string per reference costs more.
  const links = new Map<number, Link>();
  const count = model.entities.length;
  for (const reference of model.references) {
    if (reference.isKey || (kinds && !kinds.has(reference.entity.kind))) continue;
    for (const target of model.withId(reference.value)) {
      if (target === reference.entity || (kinds && !kinds.has(target.kind)) || (reference.kinds.length > 0 && !reference.kinds.includes(target.kind))) continue;
      const [from, to] = [order.get(reference.entity)!, order.get(target)!];
      const entities: [Entity, Entity] = from < to ? [reference.entity, target] : [target, reference.entity];
      const key = Math.min(from, to) * count + Math.max(from, to);
      const link = links.get(key);
      if (link) link.references.push(reference);
      else links.set(key, { entities, references: [reference] });
    }
  }
  return [...links.values()];
}

/** The field a reference is written in, without list indexes: `systems`, `program`. */
function fieldOf(reference: Reference): string {
  return formatPath(reference.path.filter((segment) => typeof segment === 'string'));
}

function roleName(role: string): string {
  return role.replaceAll('-', ' ');
}

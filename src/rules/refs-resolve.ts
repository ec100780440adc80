// Governance is relations: an owner who does not exist or a risk pointing at the wrong kind breaks every rule built on it.
import { defineRule, type RelatedReport } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import { describeEntity } from '../model/entity.js';
import { kindsStandingFor, standsFor } from '../model/party-kinds.js';
import type { Model, Reference } from '../model/model.js';
import type { SourceFile } from '../parse/source-file.js';
import { withArticle } from './helpers/article.js';
import { Candidates, closest } from '../util/closest.js';
import { formatPath } from '../util/format-path.js';
import { show } from '../schema/schema-issues.js';
import { docsUrl } from './helpers/docs-url.js';

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    teamRoles: {
      description:
        "Roles a Team may hold in place of a Person, such as `process-manager` when a team runs a process together: a Team's id under `roles.<role>` then resolves. Accountable roles (owners, `program-manager`) are better left out, since accountability needs one named person. A RACI's parties may be Teams whatever this option says. Default: none, every role is held by Persons.",
      type: 'array',
      items: { title: 'a role id', type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
      uniqueItems: true,
      default: [],
    },
  },
  additionalProperties: false,
} as const;

/** The options the rule gets, with the defaults filled in: read from the schema, so the two cannot disagree. */
type Options = OptionsOf<typeof OPTIONS>;

/** Roles that make someone answerable for an entity: the `teamRoles` hint is not offered for them. */
const ACCOUNTABLE_ROLE = /(^|-)owner$|^program-manager$/;

export default defineRule<Options>({
  meta: {
    id: 'refs/resolve',
    description: 'Every reference must name an existing entity of the right kind, and every role must be in the role catalogue.',
    severity: 'error',
    docs: docsUrl('refs/resolve'),
    options: OPTIONS,
  },
  check({ model, options, report }) {
    // The ids a dangling reference may have meant, indexed once per list of kinds: a large repo has thousands of each.
    const indexes = new Map<string, Candidates>();
    const candidatesFor = (kinds: readonly string[]) => {
      const key = kinds.join(',');
      let index = indexes.get(key);
      if (!index) indexes.set(key, (index = new Candidates(candidates(model, kinds))));
      return index;
    };
    // The closest id is asked twice for a dangling reference, for the hint and for the related location.
    const meant = new Map<string, string | undefined>();
    const closestTo = (value: string, kinds: readonly string[]) => {
      const key = `${kinds.join(',')}\0${value}`;
      if (!meant.has(key)) meant.set(key, closest(value, candidatesFor(kinds)));
      return meant.get(key);
    };
    // References that may name an entity of a file that does not parse, by that file: said once per file.
    const unchecked = new Map<SourceFile, Reference[]>();
    for (const reference of model.references) {
      const unreadable = model.withId(reference.value).length === 0 ? model.unreadableIds.get(reference.value) : undefined;
      if (unreadable && !(reference.kinds.includes('Role') && model.builtinRoles.has(reference.value))) {
        const list = unchecked.get(unreadable);
        if (list) list.push(reference);
        else unchecked.set(unreadable, [reference]);
        continue;
      }
      const message = problemWith(reference, model, options.teamRoles, closestTo);
      if (!message) continue;
      const related = relatedTo(reference, model, closestTo);
      report({ entity: reference.entity, path: reference.path, target: reference.isKey ? 'key' : 'value', message, ...(related ? { related: [related] } : {}) });
    }
    for (const [file, [first, ...others]] of unchecked) {
      report({
        entity: first!.entity,
        path: first!.path,
        target: first!.isKey ? 'key' : 'value',
        message: messages.unchecked(first!, file, others.length),
      });
    }
  },
});

export const messages = {
  unchecked: ({ entity, value, path, isKey }: Reference, file: SourceFile, others: number) =>
    `${describeEntity(entity)}: \`${formatPath(isKey ? path.slice(0, -1) : path)}\` names ${show(value)}, which may be the id of an entity in ${file.path}, but that file ${file.problems.length > 0 ? 'does not parse' : 'cannot be read'}, so ${others === 0 ? 'this reference' : `this reference and ${others} other${others === 1 ? '' : 's'} to ids in it`} could not be checked: fix ${file.path} first.`,
};

function problemWith(
  reference: Reference,
  model: Model,
  teamRoles: readonly string[],
  closestTo: ClosestTo,
): string | undefined {
  const { entity, value, kinds, isKey, path } = reference;
  if (kinds.includes('Role') && model.builtinRoles.has(value)) return undefined;
  const targets = model.withId(value);
  if (targets.some((target) => kinds.length === 0 || kinds.includes(target.kind) || kinds.includes(standsFor(target.kind)))) return undefined;
  // A role's holder: `roles.<role>` or `roles.<role>[i]`.
  const role = !isKey && path[0] === 'roles' && typeof path[1] === 'string' ? path[1] : undefined;
  if (role !== undefined && teamRoles.includes(role) && targets.some((target) => standsFor(target.kind) === 'Team')) return undefined;
  const field = `\`${formatPath(isKey ? path.slice(0, -1) : path)}\``;
  // A Backstage User stands for a Person where the register has Users: the message names both.
  const named = kinds.flatMap((kind) => [kind, ...kindsStandingFor(kind).filter((other) => model.ofKind(other).length > 0)]);
  const expected = named.length === 0 ? 'an entity' : named.map(withArticle).join(' or ');
  if (targets.length > 0) {
    const found = targets[0]!;
    const teamHint =
      standsFor(found.kind) !== 'Team' || role === undefined
        ? ''
        : ACCOUNTABLE_ROLE.test(role)
          ? ` (a member of ${show(value)}, perhaps), since \`${role}\` is accountable and accountability needs one named person`
          : `, or let teams hold \`${role}\` with refs/resolve's \`teamRoles\` option`;
    return `${describeEntity(entity)}: ${field} names ${show(value)}, which is ${withArticle(found.kind)}, not ${expected}: name ${expected} instead${teamHint}.`;
  }
  const match = closestTo(value, kinds);
  const hint = match === undefined ? '' : ` (did you mean '${match}'?)`;
  if (isKey && kinds.includes('Role')) {
    return `${describeEntity(entity)}: role ${show(value)} in ${field} is not in the role catalogue${hint}: use a built-in role or define it with a \`kind: Role\` entity.`;
  }
  return `${describeEntity(entity)}: ${field} names ${show(value)}, but there is no ${named.join(' or ') || 'entity'} with that id${hint}.`;
}

/** The id closest to a dangling one among the ids of the given kinds, if close enough to be a likely typo. */
type ClosestTo = (value: string, kinds: readonly string[]) => string | undefined;

/** Where the entity the reference names (of the wrong kind), or the one it may have meant, is defined. */
function relatedTo({ value, kinds }: Reference, model: Model, closestTo: ClosestTo): RelatedReport | undefined {
  const [found] = model.withId(value);
  if (found) return { entity: found, path: ['id'], message: `${describeEntity(found)} is defined here.` };
  const meant = closestTo(value, kinds);
  const [candidate] = meant === undefined ? [] : model.withId(meant);
  return candidate && { entity: candidate, path: ['id'], message: `${describeEntity(candidate)} is defined here.` };
}

/** Ids that could have been meant: those of the expected kinds (any kind when none is expected). */
function* candidates(model: Model, kinds: readonly string[]): Iterable<string> {
  if (kinds.length === 0) {
    for (const entity of model.entities) if (entity.id !== undefined) yield entity.id;
    return;
  }
  if (kinds.includes('Role')) yield* model.builtinRoles;
  for (const kind of kinds.flatMap((kind) => [kind, ...kindsStandingFor(kind)])) for (const entity of model.ofKind(kind)) if (entity.id !== undefined) yield entity.id;
}

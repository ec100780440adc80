// When a person leaves, every role, RACI column and team place still naming them is accountability held by nobody.
import { defineRule, type RelatedReport } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import { describeEntity, type Entity } from '../model/entity.js';
import type { Reference } from '../model/model.js';
import { hasLeft, leftOn } from '../model/people.js';
import { formatPath } from '../util/format-path.js';
import { docsUrl } from './helpers/docs-url.js';
import { listSome } from './helpers/list-some.js';

/** How many places a message names before it says how many more there are; the related locations list them all. */
const LISTED = 20;

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    ignoreFields: {
      description:
        'Fields whose Person ids record something the person did rather than a duty they hold, such as who reviewed or accepted something: a leaver named there is history, not a place to hand over. Matched against the first key of the path (`reviewedBy`).',
      type: 'array',
      items: { title: 'a field name such as reviewedBy', type: 'string' },
      uniqueItems: true,
      default: ['acceptedBy', 'reviewedBy'],
    },
  },
  additionalProperties: false,
} as const;

/** The options the rule gets, with the defaults filled in: read from the schema, so the two cannot disagree. */
type Options = OptionsOf<typeof OPTIONS>;

/** What a list field's item is called in a checklist: `member of Team 'ops'` rather than `members of…`. */
const ITEM_NAMES: Readonly<Record<string, string>> = { members: 'member', parties: 'party' };

export const messages = {
  stillHolds: (person: Entity, departure: string, places: readonly string[], deputy: string | undefined) => {
    const cover = deputy === undefined ? '' : ` (their deputy '${deputy}' can stand in until then)`;
    return `${describeEntity(person)} ${departure} but is still named in ${places.length} place${places.length === 1 ? '' : 's'}: ${listSome(places, LISTED)}. Name a successor in each${cover} and remove '${person.id}': this is the offboarding checklist.`;
  },
};

export default defineRule<Options>({
  meta: {
    id: 'person/left-holds-roles',
    description: 'A Person who has left (`status: left`, or `leftOn` today or earlier) must hold no role, deputy, RACI column or team place.',
    severity: 'error',
    docs: docsUrl('person/left-holds-roles'),
    options: OPTIONS,
  },
  check({ model, options, report, today }) {
    const leavers = new Map<string, Entity>();
    for (const person of model.ofKind('Person')) {
      if (person.id !== undefined && !leavers.has(person.id) && hasLeft(person, today)) leavers.set(person.id, person);
    }
    if (leavers.size === 0) return;
    // Leaver id → the references still naming them, from any entity but their own Person.
    const named = new Map<string, Reference[]>();
    for (const reference of model.references) {
      const leaver = leavers.get(reference.value);
      if (!leaver || !reference.kinds.includes('Person')) continue;
      // Their own file, and the file of another leaver (a deputy of someone who left too), hold nothing to hand over.
      if (reference.entity.kind === 'Person' && leavers.get(reference.entity.id ?? '') === reference.entity) continue;
      if (options.ignoreFields.includes(String(reference.path[0]))) continue;
      const list = named.get(reference.value);
      if (list) list.push(reference);
      else named.set(reference.value, [reference]);
    }
    for (const [id, references] of named) {
      const person = leavers.get(id)!;
      const places = [...new Set(references.map(place))];
      const related: RelatedReport[] = references.map((reference) => ({
        entity: reference.entity,
        path: reference.path,
        message: `${describeEntity(person)} has left but is still ${place(reference)} here.`,
      }));
      report({
        entity: person,
        path: [leftOn(person, today) === undefined ? 'status' : 'leftOn'],
        message: messages.stillHolds(person, departure(person, today), places, activeDeputy(person, leavers)),
        related,
      });
    }
  },
});

/** "left on 2026-10-31", or "has left (`status: left`)" when no `leftOn` has come. */
function departure(person: Entity, today: string): string {
  const date = leftOn(person, today);
  return date === undefined ? 'has left (`status: left`)' : `left on ${date}`;
}

/** The person's deputy, unless they have left too. */
function activeDeputy(person: Entity, leavers: ReadonlyMap<string, Entity>): string | undefined {
  const { deputy } = person.data;
  return typeof deputy === 'string' && !leavers.has(deputy) ? deputy : undefined;
}

/** A place in the checklist: `system-owner of System 'pos'`, `member of Team 'ops'`, `deputy of Person 'li'`. */
function place({ entity, path }: Reference): string {
  const [field, role] = path;
  const what = field === 'roles' && typeof role === 'string' ? role : (ITEM_NAMES[String(field)] ?? formatPath(path.filter((segment) => typeof segment === 'string')));
  return `${what} of ${describeEntity(entity)}`;
}

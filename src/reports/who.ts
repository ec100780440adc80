import type { Finding, Location } from '../engine/finding.js';
import { locateInEntity } from '../engine/locate-report.js';
import type { Entity } from '../model/entity.js';
import { ownerLoads } from '../model/load.js';
import { entitiesOfKind } from '../model/lookup.js';
import type { Model, Reference } from '../model/model.js';
import { lettersOf, raciParties, raciTasks } from '../model/raci.js';
import type { Path } from '../parse/locate.js';
import { formatPath } from '../util/format-path.js';

/** An entity as reports name it. */
export interface EntityName {
  kind: string;
  id?: string;
}

/** Where something is written: a file, line and column. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

/** A role or duty held on an entity: a role id under `roles`, or the field that names the person (`deputy`, `sponsor`). */
export interface Holding extends Place {
  entity: EntityName;
  role: string;
}

/** The person's letters in one task of a RACI matrix, at the cell. */
export interface RaciLetters extends Place {
  matrix: EntityName;
  task: string;
  letters: string;
}

/** A team the person belongs to, as their Person's `team` or the Team's `members` records it. */
export interface Membership extends Place {
  team: string;
  /** `team`: their Person names the team; `members`: the Team lists them. */
  recordedIn: 'team' | 'members';
}

/** A review finding of something the person owns. */
export interface Overdue extends Place {
  ruleId: string;
  entity?: EntityName;
  message: string;
}

/** Their load as `person/overload` counts it, with the options in force. */
export interface Load {
  /** How many entities they are an owner or manager of. */
  count: number;
  /** What the rule allows; absent when the rule is off. */
  max?: number;
  /** Kinds whose roles are not counted. */
  ignoreKinds: string[];
  overloaded: boolean;
  entities: Array<Place & { entity: EntityName; roles: string[] }>;
}

/** Everything a person holds in the register: `govlint who`. */
export interface WhoReport {
  person: EntityName & Place & { name?: string; email?: string };
  roles: Holding[];
  raci: RaciLetters[];
  teams: Membership[];
  overdue: Overdue[];
  load: Load;
}

/** The review rules: what they report about an entity is overdue (or never) reviewed. */
const REVIEW_RULES: ReadonlySet<string> = new Set(['review/overdue', 'docs/stale']);

/** Fields a reference is shown apart from `roles`: RACI columns and team places have sections of their own. */
const SECTIONED = new Set(['parties', 'members']);

/** The options in force of the rules `who` counts as: person/overload's (`max` absent when it is off) and person/left-holds-roles'. */
export interface WhoSettings {
  overload: { max?: number; ignoreKinds: readonly string[] };
  /** Fields that record what a person did (`reviewedBy`), not a duty they hold: person/left-holds-roles' `ignoreFields`. */
  historyFields: readonly string[];
}

/**
 * What a person holds: their roles (and the other fields that give them a duty: deputy, sponsor, alert recipient;
 * not those that record what they did, such as `reviewedBy`), their RACI letters, their teams, what they own that a
 * review rule reports (from `findings`, after suppressions: those an exception silences are left out, as are the
 * notes announcing a review), and their load as `person/overload` counts it. `id` must be a Person of the model.
 */
export function whoHolds(model: Model, id: string, findings: readonly Finding[], settings: WhoSettings): WhoReport {
  const person = entitiesOfKind(model, id, 'Person')[0]!;
  const references = model.references.filter((reference) => namesPerson(reference, id));
  return {
    person: { kind: 'Person', id, ...personDetails(person), ...placeOf(person, ['id']) },
    roles: references.filter(({ path }) => !SECTIONED.has(String(path[0])) && !settings.historyFields.includes(String(path[0]))).map(holding),
    raci: raciLetters(model, id),
    teams: memberships(person, references),
    overdue: findings
      .filter((finding) => REVIEW_RULES.has(finding.ruleId) && !finding.suppression && finding.severity !== 'note' && finding.owners?.some((owner) => owner.id === id))
      .map(({ ruleId, entity, message, file, line, column }) => ({ ruleId, ...(entity ? { entity } : {}), message, file, line, column })),
    load: loadOf(model, id, settings.overload),
  };
}

/** A reference that names the person: one that may name a Person (or any kind) and has their id. */
export function namesPerson(reference: Reference, id: string): boolean {
  return reference.value === id && (reference.kinds.length === 0 || reference.kinds.includes('Person'));
}

function personDetails(person: Entity): { name?: string; email?: string } {
  const { name, email } = person.data;
  return { ...(typeof name === 'string' ? { name } : {}), ...(typeof email === 'string' ? { email } : {}) };
}

function holding({ entity, path }: Reference): Holding {
  const role = path[0] === 'roles' && typeof path[1] === 'string' ? path[1] : formatPath(path.filter((segment) => typeof segment === 'string'));
  return { entity: nameOf(entity), role, ...placeOf(entity, path) };
}

/** Their letters in every task of every matrix with a column of theirs; blank cells are left out. */
function raciLetters(model: Model, id: string): RaciLetters[] {
  const found: RaciLetters[] = [];
  for (const matrix of model.ofKind('Raci')) {
    if (!raciParties(matrix).includes(id)) continue;
    for (const task of raciTasks(matrix)) {
      const cell = task.assignments[id];
      if (lettersOf(cell).size === 0) continue;
      found.push({ matrix: nameOf(matrix), task: task.name, letters: cell!.trim(), ...placeOf(matrix, ['tasks', task.index, 'assignments', id]) });
    }
  }
  return found;
}

function memberships(person: Entity, references: readonly Reference[]): Membership[] {
  const found: Membership[] = [];
  const { team } = person.data;
  if (typeof team === 'string') found.push({ team, recordedIn: 'team', ...placeOf(person, ['team']) });
  for (const { entity, path } of references) {
    if (entity.kind === 'Team' && path[0] === 'members' && entity.id !== undefined) found.push({ team: entity.id, recordedIn: 'members', ...placeOf(entity, path) });
  }
  return found;
}

function loadOf(model: Model, id: string, { max, ignoreKinds }: WhoSettings['overload']): Load {
  const loads = ownerLoads(model, ignoreKinds).get(id) ?? [];
  return {
    count: loads.length,
    ...(max === undefined ? {} : { max }),
    ignoreKinds: [...ignoreKinds],
    overloaded: max !== undefined && loads.length > max,
    entities: loads.map(({ entity, roles }) => ({ entity: nameOf(entity), roles, ...placeOf(entity, ['roles', roles[0]!]) })),
  };
}

function nameOf(entity: Entity): EntityName {
  return entity.id === undefined ? { kind: entity.kind } : { kind: entity.kind, id: entity.id };
}

function placeOf(entity: Entity, path: Path): Place {
  const { file, line, column }: Location = locateInEntity(entity, path);
  return { file, line, column };
}

import type { Path } from '../parse/locate.js';
import { ACCOUNTABLE_ROLES } from './accountable.js';
import { documentSubjects } from './documents.js';
import type { Entity } from './entity.js';
import { entitiesOfKind } from './lookup.js';
import type { Model } from './model.js';
import { programsOfSystem } from './programs.js';
import { lettersOf, raciParties, raciTasks } from './raci.js';
import { roleHolders } from './roles.js';

/** A person accountable for an entity, with the roles that make them so and, when the register has them, their name and e-mail. */
export interface Owner {
  id: string;
  /** Role ids (`system-owner`), or `A` for the Accountable of a RACI task, in the order they were found. */
  roles: string[];
  name?: string;
  email?: string;
}

/**
 * The people accountable for fixing what is wrong with an entity, as the domain has them: a Risk's program manager
 * and system owner (a side the Risk leaves empty falls to the holder on its System or Program); a System's system
 * owner; a Program's program manager; a Process's process owner; a Product's product manager and product owner; a
 * Document's document owner, else the owners of what it describes or of what lists it under `documents`; for a path
 * inside a RACI task, that task's Accountable, else (and for the rest of the matrix) the owners of its `scope`.
 * A Backstage entity's owner is its `spec.owner`: a User, or a Group, reached at its `spec.profile.email`, else
 * through its members. Other kinds (Person, Team, Role, a plugin's kinds) have nobody. The one place owners are resolved: findings,
 * digests and the calendar all ask here.
 */
export function ownersOf(model: Model, entity: Entity, path: Path = []): Owner[] {
  const owners = new Owners(model);
  if (entity.kind === 'Raci') {
    if (path[0] === 'tasks' && typeof path[1] === 'number') addTaskAccountable(owners, model, entity, path[1]);
    if (owners.size === 0) for (const scope of scopeOf(model, entity)) addAccountable(owners, model, scope);
  } else {
    addAccountable(owners, model, entity);
  }
  return owners.list();
}

class Owners {
  private readonly byId = new Map<string, Owner>();
  constructor(private readonly model: Model) {}

  get size(): number {
    return this.byId.size;
  }

  /**
   * Adds a holder who is a Person of the register: an id that names nobody is refs/resolve's finding, and a Team
   * holding a role is not one accountable person.
   */
  add(id: string, role: string): void {
    const known = this.byId.get(id);
    if (known) {
      if (!known.roles.includes(role)) known.roles.push(role);
      return;
    }
    const [holder] = this.model.withId(id).filter((entity) => ['Person', 'backstage:User', 'backstage:Group'].includes(entity.kind));
    if (!holder) return;
    if (holder.kind === 'backstage:Group' && profileOf(holder).email === undefined) {
      // A team without an address of its own is reached through its members.
      for (const member of groupMembers(this.model, holder)) if (entitiesOfKind(this.model, member, 'backstage:User').length > 0) this.add(member, role);
      return;
    }
    const { name, email } = holder.kind === 'Person' ? holder.data : profileOf(holder);
    const owner: Owner = { id, roles: [role] };
    if (typeof name === 'string') owner.name = name;
    if (typeof email === 'string') owner.email = email;
    this.byId.set(id, owner);
  }

  list(): Owner[] {
    return [...this.byId.values()];
  }
}

/** A Backstage User's or Group's `spec.profile`: its display name and e-mail address, where given. */
function profileOf(entity: Entity): { name?: string; email?: string } {
  const spec = entity.data.spec as { profile?: { displayName?: unknown; email?: unknown } } | undefined;
  const profile = spec?.profile;
  return {
    ...(typeof profile?.displayName === 'string' ? { name: profile.displayName } : {}),
    ...(typeof profile?.email === 'string' ? { email: profile.email } : {}),
  };
}

/** The Users of a Backstage Group: those its `spec.members` lists and those whose `spec.memberOf` names it. */
function groupMembers(model: Model, group: Entity): string[] {
  const listed = (group.data.spec as { members?: unknown } | undefined)?.members;
  const members = new Set(Array.isArray(listed) ? listed.filter((member): member is string => typeof member === 'string') : []);
  for (const user of model.ofKind('backstage:User')) {
    const memberOf = (user.data.spec as { memberOf?: unknown } | undefined)?.memberOf;
    if (user.id !== undefined && Array.isArray(memberOf) && memberOf.includes(group.id)) members.add(user.id);
  }
  return [...members];
}

function addAccountable(owners: Owners, model: Model, entity: Entity): void {
  for (const role of ACCOUNTABLE_ROLES[entity.kind] ?? []) {
    const holders = roleHolders(entity, role);
    for (const person of holders.length > 0 ? holders : fallbackHolders(model, entity, role)) owners.add(person, role);
  }
  if (entity.kind === 'Document' && owners.size === 0) {
    for (const subject of documentSubjects(model, entity)) if (subject.kind !== 'Document') addAccountable(owners, model, subject);
  }
}

/** For a Risk that leaves a side empty: the system owner of its System, the program manager of its Program (or its System's). */
function fallbackHolders(model: Model, entity: Entity, role: string): string[] {
  if (entity.kind !== 'Risk') return [];
  const systems = typeof entity.data.system === 'string' ? entitiesOfKind(model, entity.data.system, 'System') : [];
  if (role === 'system-owner') {
    // A Backstage System or Component the Risk names is looked after by its owner.
    const catalog = typeof entity.data.system === 'string' ? model.withId(entity.data.system).filter((system) => system.kind.startsWith('backstage:')) : [];
    return [...systems.flatMap((system) => roleHolders(system, role)), ...catalog.flatMap((system) => roleHolders(system, 'owner'))];
  }
  if (role !== 'program-manager') return [];
  const programs =
    typeof entity.data.program === 'string'
      ? entitiesOfKind(model, entity.data.program, 'Program')
      : systems.flatMap((system) => programsOfSystem(model, system).map(({ program }) => program));
  return programs.flatMap((program) => roleHolders(program, role));
}

/** The party marked A in a task: a Person by id, or the holders of a role on the matrix's scope. */
function addTaskAccountable(owners: Owners, model: Model, matrix: Entity, index: number): void {
  const task = raciTasks(matrix).find((candidate) => candidate.index === index);
  if (!task) return;
  const scope = scopeOf(model, matrix);
  for (const party of raciParties(matrix)) {
    if (!lettersOf(task.assignments[party]).has('A')) continue;
    if (entitiesOfKind(model, party, 'Person').length > 0) owners.add(party, 'A');
    // A role as party: whoever holds it on the scope.
    else for (const person of scope.flatMap((entity) => roleHolders(entity, party))) owners.add(person, 'A');
  }
}

function scopeOf(model: Model, matrix: Entity): Entity[] {
  const { scope } = matrix.data;
  return typeof scope === 'string' ? model.withId(scope).filter((entity) => entity.kind !== 'Raci') : [];
}

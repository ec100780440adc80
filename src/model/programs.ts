import type { Path } from '../parse/locate.js';
import type { Entity } from './entity.js';
import { entitiesOfKind } from './lookup.js';
import type { Model } from './model.js';

/** A Program a System belongs to, and where that is written: the System's `program`, or an item of the Program's `systems`. */
export interface ProgramMembership {
  program: Entity;
  declaredBy: Entity;
  path: Path;
}

/**
 * The Programs a System belongs to: the one its `program` names and every one whose `systems` lists it, each once,
 * the System's own `program` first. Ids that name no Program are refs/resolve's business.
 */
export function programsOfSystem(model: Model, system: Entity): ProgramMembership[] {
  const memberships: ProgramMembership[] = [];
  const { program } = system.data;
  if (typeof program === 'string') {
    for (const entity of entitiesOfKind(model, program, 'Program')) memberships.push({ program: entity, declaredBy: system, path: ['program'] });
  }
  if (system.id === undefined) return memberships;
  for (const listing of listingsOf(model).get(system.id) ?? []) {
    if (!memberships.some((membership) => membership.program === listing.program)) memberships.push(listing);
  }
  return memberships;
}

const listings = new WeakMap<Model, Map<string, ProgramMembership[]>>();

/** Which Programs list each System id under `systems`, indexed once per model so that asking is not a scan of every Program. */
function listingsOf(model: Model): Map<string, ProgramMembership[]> {
  let index = listings.get(model);
  if (!index) {
    index = new Map();
    for (const program of model.ofKind('Program')) {
      const systems = Array.isArray(program.data.systems) ? program.data.systems : [];
      systems.forEach((id: unknown, position) => {
        if (typeof id !== 'string') return;
        const list = index!.get(id) ?? [];
        // The first listing in a Program counts, as indexOf found it.
        if (!list.some((listing) => listing.program === program)) list.push({ program, declaredBy: program, path: ['systems', position] });
        index!.set(id, list);
      });
    }
    listings.set(model, index);
  }
  return index;
}

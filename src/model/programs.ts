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
  for (const entity of model.ofKind('Program')) {
    if (memberships.some((membership) => membership.program === entity)) continue;
    const systems = Array.isArray(entity.data.systems) ? entity.data.systems : [];
    const index = systems.indexOf(system.id);
    if (index >= 0) memberships.push({ program: entity, declaredBy: entity, path: ['systems', index] });
  }
  return memberships;
}

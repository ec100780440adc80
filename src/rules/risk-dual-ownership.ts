// The risk register is joint: a risk is owned from the system's side and, when a program is involved, from the program's.
import { defineRule } from '../api/types.js';
import type { Entity } from '../model/entity.js';
import { describeEntity } from '../model/entity.js';
import type { Model } from '../model/model.js';
import { programsOfSystem } from '../model/programs.js';
import { roleHolders } from '../model/roles.js';
import { docsUrl } from './helpers/docs-url.js';
import { linkedEntity, personHolders } from './helpers/linked.js';

/** Where a missing owner could be copied from: the linked entity, how the Risk reaches it, and who holds the role there. */
interface Source {
  /** `its System 'pharmacy'`, `Program 'clinical', to which its System 'pharmacy' belongs,`. */
  via: string;
  holders: string[];
}

const WHY = {
  'system-owner': 'the person who owns it for the system (technical remediation)',
  'program-manager': 'the person who owns it for the program (timeline, budget, stakeholders)',
};

export const messages = {
  noSystemOwner: (risk: Entity, sources: readonly Source[]) => missing(`${describeEntity(risk)} has no system owner`, 'system-owner', sources),
  noProgramManager: (risk: Entity, sources: readonly Source[]) =>
    missing(`${describeEntity(risk)} belongs to a program but has no program manager`, 'program-manager', sources),
};

export default defineRule({
  meta: {
    id: 'risk/dual-ownership',
    description: 'A Risk must have a system-owner, and a program-manager too when it or its System belongs to a Program.',
    severity: 'error',
    docs: docsUrl('risk/dual-ownership'),
  },
  check({ model, report }) {
    for (const risk of model.ofKind('Risk')) {
      const system = linkedEntity(model, risk, 'system', 'System');
      if (roleHolders(risk, 'program-manager').length === 0) {
        const sources = programSources(model, risk, system);
        if (sources) report({ entity: risk, path: ['roles', 'program-manager'], message: messages.noProgramManager(risk, sources) });
      }
      if (roleHolders(risk, 'system-owner').length === 0) {
        const sources = system ? [{ via: `its ${describeEntity(system)}`, holders: personHolders(model, system, 'system-owner') }] : [];
        report({ entity: risk, path: ['roles', 'system-owner'], message: messages.noSystemOwner(risk, sources) });
      }
    }
  },
});

/**
 * The Programs a Risk belongs to, as sources of a program manager: its own `program`, or else those of its System;
 * undefined when it belongs to none (an operational risk, which needs no program manager). A `program` naming no
 * Program still says the risk belongs to one: refs/resolve reports the id.
 */
function programSources(model: Model, risk: Entity, system: Entity | undefined): Source[] | undefined {
  if (typeof risk.data.program === 'string') {
    const program = linkedEntity(model, risk, 'program', 'Program');
    return program ? [{ via: `its ${describeEntity(program)}`, holders: personHolders(model, program, 'program-manager') }] : [];
  }
  const memberships = system ? programsOfSystem(model, system) : [];
  if (memberships.length === 0) return undefined;
  return memberships.map(({ program }) => ({
    via: `${describeEntity(program)}, to which its ${describeEntity(system!)} belongs,`,
    holders: personHolders(model, program, 'program-manager'),
  }));
}

/** What is missing and what to do: copy the holder of the role on the linked System or Program, or else name someone. */
function missing(what: string, role: keyof typeof WHY, sources: readonly Source[]): string {
  const known = sources.filter((source) => source.holders.length > 0);
  if (known.length === 0) return `${what}: add \`roles.${role}\`, ${WHY[role]}.`;
  const name = role.replace('-', ' ');
  const who = known
    .map(({ via, holders }) => `the ${name}${holders.length === 1 ? ` of ${via} is` : `s of ${via} are`} ${holders.map((person) => `'${person}'`).join(' and ')}`)
    .join(', and ');
  const everyone = [...new Set(known.flatMap((source) => source.holders))];
  return `${what}, ${WHY[role]}: ${who}, so name ${everyone.length === 1 ? `'${everyone[0]}'` : 'one of them'} under \`roles.${role}\`.`;
}

// "Define a RACI matrix for every major deliverable": without one, who does the work and who answers for it is
// settled case by case, and program and system duties overlap.
import { defineRule } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import type { Entity } from '../model/entity.js';
import { describeEntity } from '../model/entity.js';
import type { Model } from '../model/model.js';
import { programsOfSystem } from '../model/programs.js';
import { assignedRoles, roleHolders } from '../model/roles.js';
import { docsUrl } from './helpers/docs-url.js';

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    kinds: {
      description: 'The kinds of entity that are major deliverables, each of which needs a RACI matrix in its scope. An empty list asks for nothing.',
      type: 'array',
      items: { description: 'A kind name, such as Program, System, Product or Process.', type: 'string', minLength: 1 },
      uniqueItems: true,
      default: ['Program'],
    },
  },
  additionalProperties: false,
} as const;

type Options = OptionsOf<typeof OPTIONS>;

export default defineRule<Options>({
  meta: {
    id: 'raci/required',
    description: 'A major deliverable (default: each Program) must have a RACI matrix scoped on it or on one of its Systems.',
    severity: 'note',
    docs: docsUrl('raci/required'),
    options: OPTIONS,
  },
  check({ model, options, report }) {
    const scopes = new Set<string>();
    for (const matrix of model.ofKind('Raci')) if (typeof matrix.data.scope === 'string') scopes.add(matrix.data.scope);
    const programSystems = options.kinds.includes('Program') ? systemsByProgram(model) : new Map<Entity, string[]>();
    for (const kind of options.kinds) {
      for (const entity of model.ofKind(kind)) {
        if (entity.id === undefined || scopes.has(entity.id)) continue;
        const systems = [...(programSystems.get(entity) ?? []), ...listedSystems(entity)];
        if (systems.some((system) => scopes.has(system))) continue;
        const within = systems.length > 0 ? ' or one of its Systems' : '';
        report({
          entity,
          path: ['id'],
          message: `${describeEntity(entity)} has no RACI matrix: no Raci has \`scope: ${entity.id}\`${within}. Write one${agreedWith(entity)} that names, for each of its tasks, one Accountable and who is Responsible, Consulted and Informed.`,
        });
      }
    }
  },
});

/** The Systems of each Program, by the System's `program` or the Program's `systems`. */
function systemsByProgram(model: Model): Map<Entity, string[]> {
  const systems = new Map<Entity, string[]>();
  for (const system of model.ofKind('System')) {
    if (system.id === undefined) continue;
    for (const { program } of programsOfSystem(model, system)) systems.set(program, [...(systems.get(program) ?? []), system.id]);
  }
  return systems;
}

/** The Systems an entity lists under `systems` (a Product's, a plugin kind's). */
function listedSystems(entity: Entity): string[] {
  const { systems } = entity.data;
  return Array.isArray(systems) ? systems.filter((id): id is string => typeof id === 'string') : [];
}

/** " with priya-raman (program-manager)": the people who answer for the entity, to agree the matrix with. */
function agreedWith(entity: Entity): string {
  const holders = assignedRoles(entity).flatMap((role) => roleHolders(entity, role).map((person) => `${person} (${role})`));
  return holders.length > 0 ? ` with ${holders.join(', ')}` : '';
}

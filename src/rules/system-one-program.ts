// A system is delivered by one program, whose manager answers for it: two programs claiming it leave that to chance.
import { defineRule } from '../api/types.js';
import { describeEntity } from '../model/entity.js';
import { programsOfSystem } from '../model/programs.js';
import { roleHolders } from '../model/roles.js';
import type { Entity } from '../model/entity.js';
import { docsUrl } from './helpers/docs-url.js';

const WHY = 'a system belongs to one program, whose program manager answers for it and receives its risks and alerts';

export const messages = {
  contradicted: (system: Entity, own: Entity, other: Entity) =>
    `${describeEntity(system)} says \`program: ${own.id}\`${managedBy(own)}, but ${describeEntity(other)}${managedBy(other)} lists it under \`systems\`: ${WHY}, so remove it from the \`systems\` of ${describeEntity(other)}, or correct \`program\`.`,
  listedTwice: (system: Entity, first: Entity, other: Entity) =>
    `${describeEntity(other)}${managedBy(other)} lists ${describeEntity(system)} under \`systems\`, and so does ${describeEntity(first)}${managedBy(first)}: ${WHY}, so remove it from the \`systems\` of one of them, and write the other in the System's \`program\`.`,
};

/** ` (program manager 'ann')`: who the lead settles the question with, when the Program names them. */
function managedBy(program: Entity): string {
  const managers = roleHolders(program, 'program-manager');
  if (managers.length === 0) return '';
  return ` (program manager${managers.length === 1 ? '' : 's'} ${managers.map((manager) => `'${manager}'`).join(' and ')})`;
}

export default defineRule({
  meta: {
    id: 'system/one-program',
    description: "A System must not be claimed by two Programs: its `program` and every Program's `systems` must agree.",
    severity: 'warning',
    docs: docsUrl('system/one-program'),
  },
  check({ model, report }) {
    for (const system of model.ofKind('System')) {
      const [first, ...rest] = programsOfSystem(model, system);
      // Two Programs under the System's own `program` id are ids/unique's finding.
      const others = rest.filter((membership) => membership.declaredBy !== system);
      if (!first || others.length === 0) continue;
      // A `program` naming no Program is refs/resolve's finding; the listings cannot be weighed against it.
      if (typeof system.data.program === 'string' && first.declaredBy !== system) continue;
      for (const other of others) {
        if (first.declaredBy === system) {
          report({
            entity: system,
            path: ['program'],
            message: messages.contradicted(system, first.program, other.program),
            related: [{ entity: other.program, path: other.path, message: `${describeEntity(other.program)} lists ${describeEntity(system)} here.` }],
          });
        } else {
          report({
            entity: other.program,
            path: other.path,
            message: messages.listedTwice(system, first.program, other.program),
            related: [{ entity: first.program, path: first.path, message: `${describeEntity(first.program)} lists ${describeEntity(system)} here.` }],
          });
        }
      }
    }
  },
});

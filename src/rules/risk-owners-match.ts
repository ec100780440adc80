// A joint risk is owned by the manager of the program and the owner of the system it threatens, not by bystanders.
import { defineRule, type RuleContext } from '../api/types.js';
import type { Entity } from '../model/entity.js';
import { describeEntity } from '../model/entity.js';
import type { Model } from '../model/model.js';
import { programsOfSystem } from '../model/programs.js';
import { roleAssignments } from '../model/roles.js';
import { docsUrl } from './helpers/docs-url.js';
import { linkedEntity, personHolders } from './helpers/linked.js';

/** A side of a joint risk: the Risk's field naming the program or system, and the role its holder must share. */
interface Side {
  field: string;
  role: string;
  verb: string;
  holder: string;
}

const PROGRAM_SIDE: Side = { field: 'program', role: 'program-manager', verb: 'managed', holder: 'manager of the program' };
const SYSTEM_SIDE: Side = { field: 'system', role: 'system-owner', verb: 'owned', holder: 'owner of the system' };

export default defineRule({
  meta: {
    id: 'risk/owners-match',
    description: 'A Risk must be owned by the program-manager of its program and the system-owner of its system, and its system must belong to its program.',
    severity: 'warning',
    docs: docsUrl('risk/owners-match'),
  },
  check({ model, report }) {
    for (const risk of model.ofKind('Risk')) {
      const program = linkedEntity(model, risk, 'program', 'Program');
      const system = linkedEntity(model, risk, 'system', 'System');
      if (program) checkHolders(model, report, risk, program, PROGRAM_SIDE);
      if (system) checkHolders(model, report, risk, system, SYSTEM_SIDE);
      if (program && system) checkSystemInProgram(model, report, risk, system, program);
    }
  },
});

function checkHolders(model: Model, report: RuleContext['report'], risk: Entity, owner: Entity, side: Side): void {
  // Advice names only people who exist: a holder that names no Person is refs/resolve's finding, and a risk cannot
  // be told to copy it. A program or system nobody holds the role on is program/single-manager's or
  // system/single-owner's finding.
  const expected = personHolders(model, owner, side.role);
  if (expected.length === 0) return;
  const role = side.role.replace('-', ' ');
  const quoted = expected.map((person) => `'${person}'`);
  for (const { person, path } of roleAssignments(risk, side.role)) {
    // A person who does not exist is refs/resolve's finding already.
    if (expected.includes(person) || model.withId(person).length === 0) continue;
    report({
      entity: risk,
      path,
      message: `${describeEntity(risk)} has ${role} '${person}', but its ${describeEntity(owner)} is ${side.verb} by ${quoted.join(' and ')}: a risk is owned by the ${side.holder} it threatens, so name ${expected.length === 1 ? quoted[0] : 'one of them'} under \`roles.${side.role}\`, or correct \`${side.field}\`.`,
      related: [{ entity: owner, path: ['roles', side.role], message: `${describeEntity(owner)} names its ${role} here.` }],
    });
  }
}

function checkSystemInProgram(model: Model, report: RuleContext['report'], risk: Entity, system: Entity, program: Entity): void {
  const memberships = programsOfSystem(model, system);
  // A system of no program cannot contradict the risk.
  if (memberships.length === 0 || memberships.some((membership) => membership.program.id === program.id)) return;
  const others = memberships.map((membership) => describeEntity(membership.program)).join(' and ');
  report({
    entity: risk,
    path: ['system'],
    message: `${describeEntity(risk)} names ${describeEntity(system)}, which belongs to ${others}, not to its ${describeEntity(program)}: a joint risk concerns a program and one of its own systems, so correct \`system\` or \`program\`.`,
    related: memberships.map(({ program: other, declaredBy, path }) => ({
      entity: declaredBy,
      path,
      message:
        declaredBy === system
          ? `${describeEntity(system)} belongs to ${describeEntity(other)} here.`
          : `${describeEntity(other)} lists ${describeEntity(system)} here.`,
    })),
  });
}

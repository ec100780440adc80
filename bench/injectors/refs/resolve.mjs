// One dangling or wrong reference each; the ids named exist nowhere.

import { holderRoles, ghostId, reserveTarget, matrixOf } from '../../entities.mjs';

/** Role ids that are neither built in nor defined in the generated repo. */
const UNDEFINED_ROLES = ['service-owner', 'business-owner', 'data-owner', 'technical-lead', 'security-officer'];

export const injectors = [
  {
    // Not on Risks, whose owners must match (risk/owners-match), nor on the Programs and Systems Risks name.
    name: 'unknown-person-in-role', kinds: ['Program', 'System', 'Process', 'Product', 'Document'], changesRoles: true,
    eligible: (entity) => holderRoles(entity).length > 0 && entity.risks === 0,
    apply(entity, ctx) {
      const [role, person] = ctx.random.pick(holderRoles(entity));
      entity.data.roles[role] = ghostId(ctx.repo, person);
      return { 'refs/resolve': 1 };
    },
  },
  {
    name: 'unknown-system', kinds: ['Product'],
    apply(entity, ctx) {
      entity.data.systems.push(ghostId(ctx.repo, entity.data.systems[0]));
      return { 'refs/resolve': 1 };
    },
  },
  {
    // A Risk whose `system` names no System is not compared with one by risk/owners-match.
    name: 'wrong-kind', kinds: ['Risk'],
    apply(entity, ctx) {
      const target = reserveTarget(ctx, ['Program'], entity);
      if (!target) return undefined;
      entity.data.system = target.id;
      return { 'refs/resolve': 1 };
    },
  },
  {
    // The Program still lists the System, so it still belongs to it.
    name: 'unknown-program', kinds: ['System'],
    apply(entity, ctx) {
      entity.data.program = ghostId(ctx.repo, entity.data.program);
      return { 'refs/resolve': 1 };
    },
  },
  {
    // Some undefined roles end in -owner, so they count towards person/overload: someone with room takes it.
    name: 'unknown-role', kinds: ['System', 'Program', 'Product'],
    apply(entity, ctx) {
      entity.data.roles[ctx.random.pick(UNDEFINED_ROLES)] = ctx.person();
      return { 'refs/resolve': 1 };
    },
  },
  {
    name: 'unknown-described', kinds: ['Document'],
    apply(entity, ctx) {
      entity.data.describes.push(ghostId(ctx.repo, entity.data.describes[0]));
      return { 'refs/resolve': 1 };
    },
  },
  {
    name: 'unknown-team', kinds: ['Person'],
    apply(entity, ctx) {
      entity.data.team = ghostId(ctx.repo, entity.data.team);
      return { 'refs/resolve': 1 };
    },
  },
  {
    name: 'unknown-member', kinds: ['Team'],
    apply(entity, ctx) {
      entity.data.members.push(ghostId(ctx.repo, entity.data.members[0] ?? 'new-starter'));
      return { 'refs/resolve': 1 };
    },
  },
  {
    name: 'unknown-raci-party', kinds: ['Raci'],
    apply(entity, ctx) {
      // A column for somebody who has left: the matrix still names its parties, so raci/no-gaps is unaffected.
      const matrix = matrixOf(entity);
      const index = ctx.random.int(matrix.parties.length);
      const party = matrix.parties[index];
      const ghost = ghostId(ctx.repo, party);
      matrix.parties[index] = ghost;
      for (const task of matrix.tasks) {
        if (!(party in task.assignments)) continue;
        task.assignments = Object.fromEntries(Object.entries(task.assignments).map(([key, value]) => [key === party ? ghost : key, value]));
      }
      return { 'refs/resolve': 1 };
    },
  },
];

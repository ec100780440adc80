import type { Rule } from '../api/types.js';
import backstageGroupHierarchy from './backstage-group-hierarchy.js';
import backstageLocationTargets from './backstage-location-targets.js';
import docsChangedUnreviewed from './docs-changed-unreviewed.js';
import docsHasOwner from './docs-has-owner.js';
import docsRequired from './docs-required.js';
import docsStale from './docs-stale.js';
import filesReadable from './files-readable.js';
import idsUnique from './ids-unique.js';
import personLeftHoldsRoles from './person-left-holds-roles.js';
import personOverload from './person-overload.js';
import personUniqueEmail from './person-unique-email.js';
import processHasManager from './process-has-manager.js';
import processSingleOwner from './process-single-owner.js';
import productManagerAndOwner from './product-manager-and-owner.js';
import programSingleManager from './program-single-manager.js';
import raciHasResponsible from './raci-has-responsible.js';
import raciNoGaps from './raci-no-gaps.js';
import raciRequired from './raci-required.js';
import raciSingleAccountable from './raci-single-accountable.js';
import raciValidLetters from './raci-valid-letters.js';
import refsResolve from './refs-resolve.js';
import reviewOverdue from './review-overdue.js';
import riskAcceptanceExpired from './risk-acceptance-expired.js';
import riskDualOwnership from './risk-dual-ownership.js';
import riskOwnersMatch from './risk-owners-match.js';
import rolesAppliesTo from './roles-applies-to.js';
import rolesConflict from './roles-conflict.js';
import schemaHasKind from './schema-has-kind.js';
import schemaValid from './schema-valid.js';
import suppressionsExpired from './suppressions-expired.js';
import suppressionsUnused from './suppressions-unused.js';
import suppressionsValid from './suppressions-valid.js';
import systemAlertsRouted from './system-alerts-routed.js';
import systemOneProgram from './system-one-program.js';
import systemSingleOwner from './system-single-owner.js';
import teamMembersMatch from './team-members-match.js';
import yamlSyntax from './yaml-syntax.js';

/** The built-in rules, sorted by id. */
export const builtinRules: readonly Rule<any>[] = [
  backstageGroupHierarchy,
  backstageLocationTargets,
  docsChangedUnreviewed,
  docsHasOwner,
  docsRequired,
  docsStale,
  filesReadable,
  idsUnique,
  personLeftHoldsRoles,
  personOverload,
  personUniqueEmail,
  processHasManager,
  processSingleOwner,
  productManagerAndOwner,
  programSingleManager,
  raciHasResponsible,
  raciNoGaps,
  raciRequired,
  raciSingleAccountable,
  raciValidLetters,
  refsResolve,
  reviewOverdue,
  riskAcceptanceExpired,
  riskDualOwnership,
  riskOwnersMatch,
  rolesAppliesTo,
  rolesConflict,
  schemaHasKind,
  schemaValid,
  suppressionsExpired,
  suppressionsUnused,
  suppressionsValid,
  systemAlertsRouted,
  systemOneProgram,
  systemSingleOwner,
  teamMembersMatch,
  yamlSyntax,
];

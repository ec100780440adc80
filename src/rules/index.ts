import type { Rule } from '../api/types.js';
import docsStale from './docs-stale.js';
import idsUnique from './ids-unique.js';
import processSingleOwner from './process-single-owner.js';
import refsResolve from './refs-resolve.js';
import riskDualOwnership from './risk-dual-ownership.js';
import schemaValid from './schema-valid.js';
import yamlSyntax from './yaml-syntax.js';

/** The built-in rules, sorted by id. */
export const builtinRules: readonly Rule<any>[] = [
  docsStale,
  idsUnique,
  processSingleOwner,
  refsResolve,
  riskDualOwnership,
  schemaValid,
  yamlSyntax,
];

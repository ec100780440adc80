/** govlint's public API: what rule and plugin authors, and programs that run govlint, may rely on. */
export { definePlugin, defineRule } from './api/types.js';
export type { EntityReport, FileReport, Plugin, RelatedReport, Report, Rule, RuleContext, RuleMeta, Severity } from './api/types.js';
export type { Entity } from './model/entity.js';
export { describeEntity } from './model/entity.js';
export type { Model, NonEntity, Reference } from './model/model.js';
export { roleAssignments, roleHolders } from './model/roles.js';
export type { Commit, CommitState, FileChange, History, HistoryNeed, Hunk } from './model/history.js';
export type { Path, Target } from './parse/locate.js';
export type { KindDefinition, KindExtension } from './schema/compose-kind-schema.js';
export type { Finding, Location, RelatedLocation } from './engine/finding.js';

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
// For programs that embed govlint: load and resolve a config as `govlint check` does, then lint files held in memory.
export { lint } from './engine/lint.js';
export type { LintResult, LintSetup } from './engine/lint.js';
export type { InputFile } from './io/read-files.js';
export type { RuleFailure, RuleSetting } from './engine/run-rules.js';
export { loadConfig } from './config/load-config.js';
export type { LoadedConfig } from './config/load-config.js';
export { resolveConfig } from './config/resolve-config.js';
export type { ResolvedConfig } from './config/resolve-config.js';
export { BUILTIN_ROLES } from './schema/builtin-kinds.js';
export type { KindRegistry } from './schema/kind-registry.js';
export type { SourceFile } from './parse/source-file.js';

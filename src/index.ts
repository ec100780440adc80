/** govlint's public API: what rule and plugin authors, and programs that run govlint, may rely on. */
export { definePlugin, defineRule } from './api/types.js';
export type { Due, EntityDue, EntityReport, FileDue, FileReport, Plugin, RelatedReport, Report, Rule, RuleContext, RuleMeta, Severity } from './api/types.js';
export type { Entity } from './model/entity.js';
export { defineAdapter } from './adapt/types.js';
export type { AdaptedEntity, Adapter, SourcePath } from './adapt/types.js';
export type { Model, NonEntity, Reference } from './model/model.js';
export type { Commit, CommitState, FileChange, History, HistoryNeed, Hunk } from './model/history.js';
export type { Path, Target } from './parse/locate.js';
export type { MarkdownBody, Range, SourceDocument, SourceFile, Suppression } from './parse/source-file.js';
export type { KindDefinition, KindExtension } from './schema/compose-kind-schema.js';
export type { Finding, Location, RelatedLocation } from './engine/finding.js';

// The rule author's kit: the helpers built-in rules use (README, "Helpers for rules"; test/conventions.test.ts keeps the two in step).
export type { OptionsOf } from './api/options-of.js';
export { checkSingleHolder } from './api/single-holder.js';
export type { SingleHolderRole } from './api/single-holder.js';
export { checkRequiredRoles } from './api/required-roles.js';
export type { RequiredRole } from './api/required-roles.js';
export { describeEntity } from './model/entity.js';
export { assignedRoles, roleAssignments, roleHolders } from './model/roles.js';
export type { RoleAssignment } from './model/roles.js';
export { entitiesOfKind } from './model/lookup.js';
export { kindsStandingFor, standsFor } from './model/party-kinds.js';
export { hasLeft, leftOn } from './model/people.js';
export { programsOfSystem } from './model/programs.js';
export { documentSubjects } from './model/documents.js';
export type { ProgramMembership } from './model/programs.js';
export { describeTask, isRaciCell, lettersOf, partiesWith, raciParties, raciTasks } from './model/raci.js';
export type { RaciLetter, RaciTask } from './model/raci.js';
export { lastReviewed, noGitDateReason, ownInterval, recordReview, reviewFinding, reviewState } from './model/review.js';
export type { FromGit, NoGitDate, ReviewFinding, ReviewState, ReviewWording } from './model/review.js';
export { checkReview, REVIEW_OPTIONS } from './api/check-review.js';
export type { ReviewCadence } from './api/check-review.js';
export { ACCOUNTABLE_ROLES } from './model/accountable.js';
export { ownersOf, type Owner } from './model/owners.js';
export { ownerLoads, type OwnerLoad } from './model/load.js';
export { addDuration, compareDates, daysBetween, formatDuration, isDate, isLonger, parseDuration } from './util/dates.js';
export type { Duration } from './util/dates.js';
export { Candidates, closest, didYouMean } from './util/closest.js';
export { formatPath } from './util/format-path.js';
export { show } from './schema/schema-issues.js';
export { locate } from './parse/locate.js';
export { isExpired, UNSUPPRESSIBLE_RULE } from './parse/suppressions.js';

// For programs that embed govlint: load and resolve a config as `govlint check` does, then lint files held in memory.
export { lint } from './engine/lint-here.js';
export type { LintResult, LintSetup } from './engine/lint.js';
export type { InputFile } from './io/read-files.js';
export type { RuleFailure, RuleSetting } from './engine/run-rules.js';
export { loadConfig } from './config/load-config.js';
export type { LoadedConfig } from './config/load-config.js';
export { resolveConfig } from './config/resolve-config.js';
export type { ResolvedConfig } from './config/resolve-config.js';
export { BUILTIN_ROLES } from './schema/builtin-kinds.js';

// The governance cycle's reports, from a linted model.
export { listExceptions } from './reports/exceptions.js';
export type { Exception, ExceptionState } from './reports/exceptions.js';
export { exceptionsJson, exceptionsMarkdown, exceptionsText } from './reports/format-exceptions.js';
export { whoHolds, type WhoReport } from './reports/who.js';
export { departureFindings, withoutPerson } from './reports/leaving.js';
export { leavingJson, leavingText, whoJson, whoText, type LeavingReport } from './reports/format-who.js';
export { buildCalendar, type Calendar } from './reports/calendar.js';
export type { DueDate } from './engine/locate-due.js';
export { calendarIcs, calendarJson, calendarMarkdown, calendarText } from './reports/format-calendar.js';
export type { KindRegistry } from './schema/kind-registry.js';

import type { Due, EntityDue, EntityReport, FileDue, FileReport, RelatedReport, Report, RuleContext, Rule, Severity } from '../api/types.js';
import { isDate } from '../util/dates.js';
import type { Entity } from '../model/entity.js';
import { show } from '../schema/schema-issues.js';
import type { Model } from '../model/model.js';
import type { Finding } from './finding.js';

/** A rule as the config turned it on: its severity and its options with defaults applied. */
export interface RuleSetting {
  rule: Rule<any>;
  severity: Severity;
  options: Record<string, unknown>;
}

/** What a rule reported, not yet located (see locate-report.ts); or, for a rule's failure, the finding at the config file. */
export type RuleReport =
  | { ruleId: string; severity: Severity; report: Report; located?: never }
  | { ruleId: string; severity: Severity; located: Finding; report?: never };

/** A due date a rule gave the calendar (`context.due`), not yet located. */
export interface RuleDue {
  ruleId: string;
  due: Due;
}

/** A rule that threw: its findings are missing, so the check is incomplete. */
export interface RuleFailure {
  ruleId: string;
  reason: string;
  /** The error finding that says so, also among the findings. */
  finding?: Finding;
}

export interface RuleEnvironment {
  model: Model;
  today: string;
  knownRules: ReadonlySet<string>;
  /** Where a failed rule that was checking no known entity is reported: the config file that loads the plugin. */
  configFile?: string;
}

/**
 * Runs rules over the model, adding what they report to `reports`, as reported: `locateReports` turns them into
 * findings with positions once the rules have run. A rule that throws, reports garbage, tries to change the model
 * (which is frozen, see src/model/read-only.ts) or returns a promise does not stop the others: it is recorded as a
 * failure and as an error report naming it.
 */
export function runRules(settings: readonly RuleSetting[], environment: RuleEnvironment, reports: RuleReport[], failures: RuleFailure[], dues: RuleDue[]): void {
  for (const { rule, severity, options } of settings) {
    const ruleId = rule.meta.id;
    // Reports made once check has returned (from a promise or a timer) would land after the findings are sorted
    // and written, or never: they are refused, and a rule that returns a promise fails.
    let checking = true;
    const report = (reported: Report) => {
      if (!checking) return;
      const checked = checkedReport(reported);
      reports.push({ ruleId, severity: lowerSeverity(severity, checked.severity), report: checked });
    };
    const due = (given: Due) => {
      if (checking) dues.push({ ruleId, due: checkedDue(given) });
    };
    const context: RuleContext = { ...environment, options, report, due };
    try {
      const returned: unknown = rule.check(context);
      if (isThenable(returned)) {
        // Its rejection, if any, is part of this failure: never an unhandled rejection that ends the process.
        returned.then(undefined, () => {});
        throw new Error('its check returned a promise, and govlint does not wait for rules: make check synchronous');
      }
    } catch (error) {
      const reason = failureReason(error);
      const failure: RuleFailure = { ruleId, reason };
      const report = failureReport(failure, environment.configFile);
      if (report) reports.push(report);
      failures.push(failure);
    } finally {
      checking = false;
    }
  }
}

const RANK: Record<Severity, number> = { note: 0, warning: 1, error: 2 };

/** The rule's severity, or the report's own when that is lower. */
function lowerSeverity(rule: Severity, report: Severity | undefined): Severity {
  return report !== undefined && RANK[report] < RANK[rule] ? report : rule;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** A write to the frozen model throws a TypeError that does not say why the model is frozen: say it. */
function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof TypeError && /read only|read-only|not extensible|Cannot (delete|add|change|assign|redefine|define)/i.test(message)) {
    return `it tried to change the model, which rules may only read (${message})`;
  }
  return message;
}

/**
 * The error that says a rule failed, at the config file that turns it on; without one (a built-in rule under the
 * defaults) the failure is still counted, and the run is reported incomplete.
 */
function failureReport(failure: RuleFailure, configFile: string | undefined): RuleReport | undefined {
  if (configFile === undefined) return undefined;
  const { ruleId, reason } = failure;
  const message = `Rule ${ruleId} failed, so its findings are missing: ${reason}. Report this to the rule's author.`;
  const finding: Finding = { ruleId, severity: 'error', message, file: configFile, line: 1, column: 1, endLine: 1, endColumn: 1, fingerprint: '' };
  failure.finding = finding;
  return { ruleId, severity: 'error', located: finding };
}

/**
 * A report must carry a message and either an entity or a file and range; anything else is the rule's fault. It is
 * copied, paths included, as it is located only once the rules have run: a rule that reuses its report object does
 * not change what it reported.
 */
function checkedReport(report: Report): Report {
  const candidate = report as Partial<EntityReport & FileReport> | null;
  const located = isParsed(candidate?.entity) || (candidate?.file?.lines !== undefined && candidate.range !== undefined);
  if (typeof candidate?.message !== 'string' || !located) {
    throw new Error(`it reported ${show(report)}, not { entity, path, message } or { file, range, message }`);
  }
  const severity: unknown = candidate.severity;
  if (severity !== undefined && (typeof severity !== 'string' || !Object.hasOwn(RANK, severity))) {
    throw new Error(`it reported the severity ${show(severity)}, not 'error', 'warning' or 'note'`);
  }
  if ('range' in candidate) return { ...(candidate as FileReport) };
  const copy: EntityReport = { ...(candidate as EntityReport) };
  if (copy.path !== undefined) copy.path = pathOf(copy.path);
  if (copy.related !== undefined) copy.related = [...copy.related].map(checkedRelated);
  return copy;
}

/** A due date must carry a real date, a phrase, and an entity or a file and range; copied as a report is. */
function checkedDue(due: Due): Due {
  const candidate = due as Partial<EntityDue & FileDue> | null;
  const located = isParsed(candidate?.entity) || (candidate?.file?.lines !== undefined && candidate.range !== undefined);
  const { date, what, overdue } = candidate ?? {};
  if (typeof date !== 'string' || !isDate(date) || typeof what !== 'string' || !located || (overdue !== undefined && typeof overdue !== 'boolean')) {
    throw new Error(`it gave the due date ${show(due)}, not { entity, path, date: 'YYYY-MM-DD', what } or { file, range, date, what }`);
  }
  if ('range' in candidate!) return { ...(candidate as FileDue) };
  const copy: EntityDue = { ...(candidate as EntityDue) };
  if (copy.path !== undefined) copy.path = pathOf(copy.path);
  return copy;
}

function checkedRelated(related: RelatedReport): RelatedReport {
  if (!isParsed(related?.entity) || typeof related.message !== 'string') throw new Error(`it reported a related place ${show(related)}, not { entity, path, message }`);
  return related.path === undefined ? { ...related } : { ...related, path: pathOf(related.path) };
}

/** An entity of the model, whose document has the positions that locating reads. */
function isParsed(entity: Entity | undefined): boolean {
  return entity?.document?.positions?.nodes instanceof Int32Array;
}

/** A path's segments, as locating reads them: numbers index lists, anything else names a key. */
function pathOf(path: Iterable<unknown>): Array<string | number> {
  return [...path].map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

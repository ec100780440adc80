import type { Report, RuleContext, Rule, Severity } from '../api/types.js';
import type { Model } from '../model/model.js';
import type { Finding } from './finding.js';
import { isEntityReport, locateInEntity, locateReport } from './locate-report.js';

/** A rule as the config turned it on: its severity and its options with defaults applied. */
export interface RuleSetting {
  rule: Rule<any>;
  severity: Severity;
  options: Record<string, unknown>;
}

/** A rule that threw: its findings are missing, so the check is incomplete. */
export interface RuleFailure {
  ruleId: string;
  reason: string;
}

export interface RuleEnvironment {
  model: Model;
  today: string;
  knownRules: ReadonlySet<string>;
}

/** Runs rules over the model, adding what they report to `findings` as findings with positions. */
export function runRules(settings: readonly RuleSetting[], environment: RuleEnvironment, findings: Finding[], failures: RuleFailure[]): void {
  for (const { rule, severity, options } of settings) {
    const ruleId = rule.meta.id;
    const context: RuleContext = { ...environment, options, report: (report) => findings.push(toFinding(report, ruleId, severity)) };
    try {
      rule.check(context);
    } catch (error) {
      failures.push({ ruleId, reason: error instanceof Error ? error.message : String(error) });
    }
  }
}

function toFinding(report: Report, ruleId: string, severity: Severity): Finding {
  const finding: Finding = { ruleId, severity, message: report.message, ...locateReport(report), fingerprint: '' };
  const entity = report.entity;
  if (entity) finding.entity = entity.id === undefined ? { kind: entity.kind } : { kind: entity.kind, id: entity.id };
  if (isEntityReport(report) && report.related?.length) {
    finding.related = report.related.map((related) => ({
      ...locateInEntity(related.entity, related.path, related.target),
      message: related.message,
    }));
  }
  return finding;
}

import type { Report, Rule, RuleContext, Severity } from '../api/types.js';
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

export interface RuleRun {
  findings: Finding[];
  failures: RuleFailure[];
}

/** Runs every enabled rule over the model and turns what they report into findings with positions. */
export function runRules(model: Model, settings: readonly RuleSetting[], today: string): RuleRun {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const { rule, severity, options } of settings) {
    const ruleId = rule.meta.id;
    const context: RuleContext = {
      model,
      options,
      today,
      report: (report) => findings.push(toFinding(report, ruleId, severity)),
      where: (entity, path) => {
        const { file, line, column } = locateInEntity(entity, path);
        return `${file}:${line}:${column}`;
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      failures.push({ ruleId, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { findings, failures };
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

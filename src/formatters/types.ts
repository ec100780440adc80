import type { RuleMeta, Severity } from '../api/types.js';
import type { Finding } from '../engine/finding.js';

/** A document or Markdown file that was not checked because it has no `kind`. */
export interface Skipped {
  file: string;
  line: number;
}

/** Everything a formatter needs, and nothing that differs between machines or runs. */
export interface CheckReport {
  tool: { name: string; version: string; informationUri: string };
  /** Sorted by file, line, column, rule and message; suppressed and baseline ones are marked (see `reported`). */
  findings: Finding[];
  /** The rules that ran, sorted by id, with the severity the config gave them. */
  rules: Array<RuleMeta & { configuredSeverity: Severity }>;
  files: number;
  entities: number;
  skipped: Skipped[];
  /** Documents of other tools' formats (an `apiVersion` no adapter claims: Kubernetes manifests), left alone. */
  unclaimed: Skipped[];
}

export interface FormatOptions {
  color: boolean;
  /** SARIF `automationDetails.id` category, so code scanning keeps runs of several configurations apart. */
  sarifCategory?: string;
}

/** A pure function from a report to the text to write. */
export type Formatter = (report: CheckReport, options: FormatOptions) => string;

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** The ids of the people accountable for a finding, `priya-raman, thomas-berg`; empty when nobody is. */
export function ownerIds(finding: Finding): string {
  return (finding.owners ?? []).map((owner) => owner.id).join(', ');
}

/** The message followed by who is to fix it, for outputs that show nothing but a message (annotations, widgets). */
export function messageWithOwners(finding: Finding): string {
  const owners = ownerIds(finding);
  return owners ? `${finding.message} Owners: ${owners}.` : finding.message;
}

/** The findings a reader sees: those no suppression comment silences and no baseline already knows. */
export function reported(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => !finding.suppression && finding.baselineState !== 'unchanged');
}

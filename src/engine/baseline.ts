import type { Finding } from './finding.js';

/** What a baseline file records of each finding: enough for a person to read, and the fingerprint to match on. */
export interface BaselineEntry {
  ruleId: string;
  file: string;
  entity?: { kind: string; id?: string };
  message: string;
  fingerprint: string;
}

export interface Baseline {
  govlintBaseline: 1;
  findings: BaselineEntry[];
}

/** The baseline of the current findings (suppressed ones need none), in report order. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  return {
    govlintBaseline: 1,
    findings: findings
      .filter((finding) => !finding.suppression)
      .map(({ ruleId, file, entity, message, fingerprint }) => ({ ruleId, file, ...(entity ? { entity } : {}), message, fingerprint })),
  };
}

/**
 * Marks each finding `unchanged` when the baseline has its fingerprint, else `new`. Fingerprints hash the rule,
 * file, entity and message, not the line, so edits that only move lines keep a finding unchanged.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): void {
  const known = new Set(baseline.findings.map((entry) => entry.fingerprint));
  for (const finding of findings) finding.baselineState = known.has(finding.fingerprint) ? 'unchanged' : 'new';
}

/** Checks that parsed JSON is a baseline, so that a wrong file is a clear error rather than every finding being new. */
export function isBaseline(value: unknown): value is Baseline {
  const candidate = value as Partial<Baseline> | null;
  return (
    candidate?.govlintBaseline === 1 &&
    Array.isArray(candidate.findings) &&
    candidate.findings.every((entry) => typeof entry?.fingerprint === 'string')
  );
}

import { hash } from 'node:crypto';
import type { Finding } from './finding.js';

/**
 * Gives each finding a fingerprint that survives edits which only move lines: a hash of rule, file, entity and
 * message, with a counter for identical findings in one file so that each stays distinct.
 */
export function addFingerprints(findings: Finding[]): void {
  const seen = new Map<string, number>();
  for (const finding of findings) {
    const key = [finding.ruleId, finding.file, finding.entity?.kind ?? '', finding.entity?.id ?? '', finding.message].join('\0');
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    // One call, not a Hash object per finding: a first run on a register can have thousands.
    finding.fingerprint = `${hash('sha256', key, 'hex').slice(0, 32)}:${occurrence}`;
  }
}

import { createHash } from 'node:crypto';
import type { Severity } from '../api/types.js';
import { messageWithOwners, reported, type Formatter } from './types.js';

/** GitLab's code quality severities are info, minor, major, critical and blocker; govlint's three map to the middle. */
const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', note: 'info' };

/**
 * A GitLab code quality report: the merge request widget shows the findings a change adds or fixes, matching them
 * across pipelines by fingerprint. The fingerprint hashes the finding's own, which survives edits that move lines.
 */
export const formatGitlab: Formatter = (report) => {
  const seen = new Set<string>();
  const issues = reported(report.findings).map((finding) => ({
    // The merge request widget shows only the description, so it names who is to fix the finding.
    description: messageWithOwners(finding),
    check_name: finding.ruleId,
    fingerprint: uniqueFingerprint(finding.fingerprint, seen),
    severity: SEVERITY[finding.severity],
    location: { path: finding.file, lines: { begin: finding.line } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
};

/** An MD5-sized hex hash of the finding's fingerprint; a repeated one (never made by the engine) gets a counter. */
function uniqueFingerprint(fingerprint: string, seen: Set<string>): string {
  let key = fingerprint;
  for (let occurrence = 2; seen.has(key); occurrence++) key = `${fingerprint}#${occurrence}`;
  seen.add(key);
  return createHash('sha256').update(`govlint\0${key}`).digest('hex').slice(0, 32);
}

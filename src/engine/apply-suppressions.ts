import type { Suppression } from '../parse/source-file.js';
import { isExpired, UNSUPPRESSIBLE_RULE } from '../parse/suppressions.js';
import type { Finding } from './finding.js';

/**
 * Marks each finding that a valid, unexpired suppression covers (same file, a covered line, a named rule) with the
 * suppression's reason, and counts on each suppression how many findings it silenced.
 */
export function applySuppressions(findings: readonly Finding[], suppressions: readonly Suppression[], today: string): void {
  const active = suppressions.filter((suppression) => !suppression.problem && !isExpired(suppression, today));
  if (active.length === 0) return;
  const byFile = new Map<string, Suppression[]>();
  for (const suppression of active) {
    const list = byFile.get(suppression.file.path) ?? [];
    list.push(suppression);
    byFile.set(suppression.file.path, list);
  }
  for (const finding of findings) {
    if (finding.ruleId === UNSUPPRESSIBLE_RULE) continue;
    for (const suppression of byFile.get(finding.file) ?? []) {
      if (finding.line < suppression.from || finding.line > suppression.to || !suppression.rules.includes(finding.ruleId)) continue;
      suppression.matched++;
      finding.suppression ??= { justification: suppression.reason!, ...(suppression.until ? { until: suppression.until } : {}) };
    }
  }
}

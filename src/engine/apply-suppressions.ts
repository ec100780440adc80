import type { Suppression } from '../parse/source-file.js';
import { isExpired, UNSUPPRESSIBLE_RULE } from '../parse/suppressions.js';
import type { Finding } from './finding.js';

/**
 * Marks each finding that a valid, unexpired suppression covers (same file, a covered line, a named rule) with the
 * suppression's reason, and counts on each suppression how many findings it silenced.
 */
export function applySuppressions(findings: readonly Finding[], suppressions: readonly Suppression[], today: string): void {
  const byFile = activeByFile(suppressions, today);
  if (byFile.size === 0) return;
  for (const finding of findings) {
    for (const suppression of covering(byFile, finding)) {
      suppression.matched++;
      finding.suppression ??= { justification: suppression.reason!, ...(suppression.until ? { until: suppression.until } : {}) };
    }
  }
}

/** The valid, unexpired suppressions of each file, by its path. */
export function activeByFile(suppressions: readonly Suppression[], today: string): Map<string, Suppression[]> {
  const byFile = new Map<string, Suppression[]>();
  for (const suppression of suppressions) {
    if (suppression.problem || isExpired(suppression, today)) continue;
    const list = byFile.get(suppression.file.path) ?? [];
    list.push(suppression);
    byFile.set(suppression.file.path, list);
  }
  return byFile;
}

/** The suppressions that cover a rule at a line of a file: the same file, a covered line, the rule named. */
export function covering(byFile: ReadonlyMap<string, Suppression[]>, { ruleId, file, line }: { ruleId: string; file: string; line: number }): Suppression[] {
  if (ruleId === UNSUPPRESSIBLE_RULE) return [];
  return (byFile.get(file) ?? []).filter((suppression) => line >= suppression.from && line <= suppression.to && suppression.rules.includes(ruleId));
}

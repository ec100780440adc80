import type { Finding } from '../engine/finding.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_CHECK = 2;

/** 1 when any error was found or warnings exceed --max-warnings, else 0. */
export function exitCodeFor(findings: readonly Finding[], maxWarnings: number | undefined): number {
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') return EXIT_FINDINGS;
    if (finding.severity === 'warning') warnings++;
  }
  return maxWarnings !== undefined && warnings > maxWarnings ? EXIT_FINDINGS : EXIT_OK;
}

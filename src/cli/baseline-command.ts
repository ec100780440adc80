import { join } from 'node:path';
import { createBaseline } from '../engine/baseline.js';
import { runLint, type LintOptions } from './run-lint.js';
import { writeOutput } from './write-output.js';
import { writeStderr } from './write-stderr.js';

export const DEFAULT_BASELINE = '.govlint-baseline.json';

/** `govlint baseline`: records the current findings, so that `check --baseline` reports only new ones. */
export async function baseline(paths: string[], options: LintOptions & { output?: string }): Promise<number> {
  const run = await runLint(paths, options);
  const findings = run.result.findings.filter((finding) => run.reported.has(finding.file));
  const file = options.output ?? join(run.root, DEFAULT_BASELINE);
  const recorded = createBaseline(findings);
  await writeOutput(`${JSON.stringify(recorded, null, 2)}\n`, file);
  writeStderr(`recorded ${recorded.findings.length} finding${recorded.findings.length === 1 ? '' : 's'} in ${file}`);
  return 0;
}

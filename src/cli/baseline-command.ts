import { join } from 'node:path';
import { createBaseline } from '../engine/baseline.js';
import { refuseReadFiles } from './output-specs.js';
import { runLint, type LintOptions } from './run-lint.js';
import { writeOutput } from './write-output.js';
import { writeStderr } from './write-stderr.js';

export const DEFAULT_BASELINE = '.govlint-baseline.json';

/** `govlint baseline`: records the current findings, so that `check --baseline` reports only new ones. */
export async function baseline(paths: string[], options: LintOptions & { output?: string }): Promise<number> {
  const run = await runLint(paths, options);
  const findings = run.result.findings.filter((finding) => run.reported.has(finding.file));
  const file = options.output ?? join(run.root, DEFAULT_BASELINE);
  refuseReadFiles([{ report: 'baseline', file }], run.read, run.regular);
  const recorded = createBaseline(findings);
  // The default file is in the root, and links are refused below it; a file given with -o, below the folder named.
  await writeOutput(`${JSON.stringify(recorded, null, 2)}\n`, file, options.output === undefined ? run.root : undefined);
  writeStderr(`recorded ${recorded.findings.length} finding${recorded.findings.length === 1 ? '' : 's'} in ${file}`);
  return 0;
}

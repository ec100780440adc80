import { readFile } from 'node:fs/promises';
import { applyBaseline, isBaseline } from '../engine/baseline.js';
import { loadFormatter } from '../formatters/index.js';
import { reported as visible, type CheckReport } from '../formatters/types.js';
import { REPOSITORY_URL } from '../rules/helpers/docs-url.js';
import { UsageError } from '../util/usage-error.js';
import { useColor } from './color.js';
import { EXIT_CANNOT_CHECK, exitCodeFor } from './exit-code.js';
import { outputSpecs, refuseUnsafeOutputs } from './output-specs.js';
import { personArgument } from './person-argument.js';
import { runLint, type LintOptions, type LintRun } from './run-lint.js';
import { VERSION } from './version.js';
import { writeOutput } from './write-output.js';
import { writeStderr } from './write-stderr.js';

export interface CheckOptions extends LintOptions {
  format?: string[];
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
  baseline?: string;
  sarifCategory?: string;
  /** Report only the findings this person is an owner of. */
  owner?: string;
}

/** `govlint check`: lint, keep the findings of the files asked about, format, write. Returns the exit code. */
export async function check(paths: string[], options: CheckOptions): Promise<number> {
  const outputs = outputSpecs(options.format, options.output);
  // Loaded while the files are parsed, rather than after.
  const formatters = Promise.all(outputs.map(({ format }) => loadFormatter(format)));
  formatters.catch(() => {}); // Awaited below; a check that fails first must not leave it unhandled.
  const run = await runLint(paths, options);
  refuseUnsafeOutputs(outputs, options.baseline === undefined ? run.read : [...run.read, options.baseline], run.regular);
  // A failed rule's finding is reported wherever it points: the check is incomplete for every file.
  const failures = new Set(run.result.failures.map((failure) => failure.finding));
  const owner = options.owner === undefined ? undefined : personArgument(run.result.model, options.owner, '--owner');
  const counted = run.result.findings.filter(
    (finding) =>
      (run.reported.has(finding.file) || run.introduced.has(finding) || failures.has(finding)) &&
      (owner === undefined || failures.has(finding) || finding.owners?.some(({ id }) => id === owner)),
  );
  if (options.baseline !== undefined) applyBaseline(counted, await readBaseline(options.baseline));
  // --quiet hides warnings from the report, but they still count for --max-warnings.
  const findings = options.quiet ? counted.filter((finding) => finding.severity === 'error') : counted;

  const report = checkReport(run, findings);
  for (const [index, { file }] of outputs.entries()) {
    const formatter = (await formatters)[index]!;
    const color = options.color && file === undefined && (await useColor());
    await writeOutput(formatter(report, { color, ...(options.sarifCategory ? { sarifCategory: options.sarifCategory } : {}) }), file);
  }
  if (run.ignored.length > 0) {
    writeStderr(`not checked, as the config's include and exclude leave ${run.ignored.length === 1 ? 'it' : 'them'} out: ${run.ignored.join(', ')}`);
  }
  for (const failure of run.result.failures) {
    writeStderr(`rule ${failure.ruleId} failed, so the check is incomplete: ${failure.reason}`);
  }
  if (run.result.failures.length > 0) return EXIT_CANNOT_CHECK;
  const exitCode = exitCodeFor(visible(counted), options.maxWarnings);
  if (exitCode !== exitCodeFor(visible(findings), options.maxWarnings)) {
    const warnings = visible(counted).filter((finding) => finding.severity === 'warning').length;
    writeStderr(`${warnings} warning${warnings === 1 ? '' : 's'}, not shown under --quiet, ${warnings === 1 ? 'is' : 'are'} more than --max-warnings ${options.maxWarnings} allows`);
  }
  return exitCode;
}

export function checkReport(run: LintRun, findings: CheckReport['findings']): CheckReport {
  return {
    tool: { name: 'govlint', version: VERSION, informationUri: REPOSITORY_URL },
    findings,
    rules: run.config.settings.map(({ rule, severity }) => ({ ...rule.meta, configuredSeverity: severity })),
    files: run.files,
    entities: run.result.model.entities.length,
    skipped: run.result.model.nonEntities
      .filter((nonEntity) => nonEntity.reason === 'no-kind' && run.reported.has(nonEntity.file.path))
      .map(({ file, range }) => ({ file: file.path, line: file.lines.position(range.start).line })),
    unclaimed: run.result.model.nonEntities
      .filter((nonEntity) => nonEntity.reason === 'unclaimed' && run.reported.has(nonEntity.file.path))
      .map(({ file, range }) => ({ file: file.path, line: file.lines.position(range.start).line })),
  };
}

async function readBaseline(file: string) {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read baseline ${file}: ${error.code ?? error.message}; create it with govlint baseline`);
  });
  let baseline: unknown;
  try {
    baseline = JSON.parse(text);
  } catch {
    throw new UsageError(`baseline ${file} is not JSON: create it again with govlint baseline`);
  }
  if (!isBaseline(baseline)) throw new UsageError(`${file} is not a govlint baseline: create it with govlint baseline`);
  return baseline;
}

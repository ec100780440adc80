import { UsageError } from '../config/config-error.js';
import { lint } from '../engine/lint.js';
import { loadFormatter, type FormatName } from '../formatters/index.js';
import { unsuppressed, type CheckReport } from '../formatters/types.js';
import { discoverFiles } from '../io/discover-files.js';
import { readFiles } from '../io/read-files.js';
import { REPOSITORY_URL } from '../rules/docs-url.js';
import { BUILTIN_ROLES } from '../schema/builtin-kinds.js';
import { isDate, localToday } from '../util/dates.js';
import { useColor } from './color.js';
import { configFor } from './config-for.js';
import { EXIT_CANNOT_CHECK, exitCodeFor } from './exit-code.js';
import { VERSION } from './version.js';
import { writeOutput } from './write-output.js';

export interface CheckOptions {
  config?: string;
  format: FormatName;
  output?: string;
  today?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
}

/** `govlint check`: load, lint, format, write. Returns the exit code; only usage problems throw. */
export async function check(paths: string[], options: CheckOptions): Promise<number> {
  const targets = paths.length > 0 ? paths : ['.'];
  const today = options.today ?? localToday();
  if (!isDate(today)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not '${today}'`);

  const config = await configFor(targets[0]!, options.config);
  const files = await readFiles(await discoverFiles(targets, config));
  const result = lint(files, { kinds: config.kinds, builtinRoles: BUILTIN_ROLES, rules: config.settings, today });

  const shown = options.quiet ? result.findings.filter((finding) => finding.severity === 'error') : result.findings;
  const report: CheckReport = {
    tool: { name: 'govlint', version: VERSION, informationUri: REPOSITORY_URL },
    findings: shown,
    rules: config.settings.map(({ rule, severity }) => ({ ...rule.meta, configuredSeverity: severity })),
    files: files.length,
    entities: result.model.entities.length,
    skipped: result.model.nonEntities
      .filter((nonEntity) => nonEntity.reason === 'no-kind')
      .map(({ file, range }) => ({ file: file.path, line: file.lines.position(range.start).line })),
  };
  const format = await loadFormatter(options.format);
  await writeOutput(format(report, { color: options.color && !options.output && useColor() }), options.output);

  for (const failure of result.failures) {
    process.stderr.write(`govlint: rule ${failure.ruleId} failed, so the check is incomplete: ${failure.reason}\n`);
  }
  return result.failures.length > 0 ? EXIT_CANNOT_CHECK : exitCodeFor(unsuppressed(result.findings), options.maxWarnings);
}


import { listExceptions } from '../reports/exceptions.js';
import { exceptionsJson, exceptionsMarkdown, exceptionsText } from '../reports/format-exceptions.js';
import { refuseReadFiles } from './output-specs.js';
import { runLint, type LintOptions } from './run-lint.js';
import { writeOutput } from './write-output.js';

const FORMATTERS = { text: exceptionsText, json: exceptionsJson, markdown: exceptionsMarkdown };

export interface ExceptionsOptions extends LintOptions {
  format: keyof typeof FORMATTERS;
  output?: string;
  /** An exception in force whose `until` falls within this many days is marked as expiring soon. */
  days: number;
}

/**
 * `govlint exceptions`: every govlint-disable comment of the register, as a steering committee reviews them: in
 * force (with what each silences, why, who approved it and how long it has left), expired, unused and not valid.
 * The register is checked first, so that what each one silences is counted.
 */
export async function exceptions(paths: string[], options: ExceptionsOptions): Promise<number> {
  const run = await runLint(paths, options);
  const listed = listExceptions(run.result.model, run.today, options.days).filter((exception) => run.reported.has(exception.file));
  if (options.output) refuseReadFiles([{ report: 'exceptions', file: options.output }], run.read);
  await writeOutput(FORMATTERS[options.format](listed), options.output);
  return 0;
}

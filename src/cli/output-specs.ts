import { UsageError } from '../config/config-error.js';
import { FORMAT_NAMES, type FormatName } from '../formatters/index.js';

/** One report to write: a format and the file it goes to (stdout when none). */
export interface OutputSpec {
  format: FormatName;
  file?: string;
}

/** Collects repeated `-f` values, so that one run can write text to the terminal and SARIF to a file. */
export function collectFormat(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * Turns the `-f` values (`text`, `sarif:govlint.sarif`) and `-o` into outputs: `-o` is the file of the one format
 * given without a file; at most one output may go to stdout.
 */
export function outputSpecs(formats: readonly string[] | undefined, output: string | undefined): OutputSpec[] {
  const specs = (formats?.length ? formats : ['text']).map(parseSpec);
  const toStdout = specs.filter((spec) => spec.file === undefined);
  if (output !== undefined) {
    if (toStdout.length !== 1) throw new UsageError('--output needs exactly one --format without a file of its own');
    toStdout[0]!.file = output;
  } else if (toStdout.length > 1) {
    throw new UsageError(`only one format can go to stdout, but ${toStdout.map((spec) => spec.format).join(' and ')} would: give the others a file, as in -f sarif:govlint.sarif`);
  }
  return specs;
}

function parseSpec(value: string): OutputSpec {
  const colon = value.indexOf(':');
  const format = colon === -1 ? value : value.slice(0, colon);
  if (!(FORMAT_NAMES as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format '${format}': use one of ${FORMAT_NAMES.join(', ')}, optionally with a file, as in -f sarif:govlint.sarif`);
  }
  const file = colon === -1 ? undefined : value.slice(colon + 1);
  if (file === '') throw new UsageError(`-f ${value} names no file after the colon`);
  return file === undefined ? { format: format as FormatName } : { format: format as FormatName, file };
}

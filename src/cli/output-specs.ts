import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FORMAT_NAMES, type FormatName } from '../formatters/index.js';
import { namedFolder, refuseLinks } from '../io/safe-write.js';
import { UsageError } from '../util/usage-error.js';
import { shownPath, writeProblem } from './write-files.js';

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
 * given without a file; at most one output may go to stdout, and at most one to each file (else all but the last
 * would be lost).
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
  const byFile = new Map<string, OutputSpec>();
  for (const spec of specs.filter((spec) => spec.file !== undefined)) {
    const file = canonicalPath(spec.file!);
    const other = byFile.get(file);
    if (other) throw new UsageError(`the ${other.format} and ${spec.format} reports would both be written to ${shownPath(file)}: give each its own file`);
    byFile.set(file, spec);
  }
  return specs;
}

/**
 * Before any report is written: refuses one that would be written through a symbolic link, or would replace a
 * file the run reads (the reports were lost, or the file, or both).
 */
export function refuseUnsafeOutputs(outputs: readonly OutputSpec[], read: readonly string[], regular: ReadonlySet<string> = new Set()): void {
  const files = outputs.filter((output) => output.file !== undefined);
  for (const { file } of files) {
    try {
      refuseLinks(namedFolder(file!), resolve(file!));
    } catch (error) {
      throw writeProblem(resolve(file!), error);
    }
  }
  refuseReadFiles(files.map(({ format, file }) => ({ report: `${format} report`, file: file! })), read, regular);
}

/**
 * Refuses a report that would replace a file the run reads: a governance file, the config or the baseline. Each
 * report is named for the message; `read` holds paths absolute or relative to the working folder, and `regular`
 * those of them that were no symbolic link when listed.
 *
 * A regular file's canonical path ends in its own name, so only those named as a report is are resolved, with the
 * others: resolving each of thousands of files costs more than reading them.
 */
export function refuseReadFiles(reports: ReadonlyArray<{ report: string; file: string }>, read: readonly string[], regular: ReadonlySet<string> = new Set()): void {
  if (reports.length === 0) return;
  const targets = reports.map(({ report, file }) => ({ report, file, canonical: canonicalPath(file) }));
  const names = new Set(targets.map(({ canonical }) => nameKey(canonical)));
  const readFiles = new Set(read.filter((path) => !regular.has(path) || names.has(nameKey(path))).map(canonicalPath));
  for (const { report, file, canonical } of targets) {
    if (readFiles.has(canonical)) {
      throw new UsageError(`the ${report} would replace ${shownPath(resolve(file))}, which this run reads: write it to another file`);
    }
  }
}

/**
 * A path's last name, folded so that two spellings a file system may take for one name (case, Unicode composition)
 * fold alike; folding more names together than a file system does only resolves a few more paths.
 */
function nameKey(path: string): string {
  return basename(path).normalize('NFC').toUpperCase().toLowerCase();
}

/** A path with symbolic links and `..` resolved, so that two spellings of one file compare equal; for a file not there yet, its folder's, and its name. */
function canonicalPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    const folder = dirname(absolute);
    return folder === absolute ? absolute : join(canonicalPath(folder), basename(absolute));
  }
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

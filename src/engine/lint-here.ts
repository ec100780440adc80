import type { InputFile } from '../io/read-files.js';
import { readMarkdownTables } from '../parse/markdown-tables.js';
import { parseHere } from '../parse/parse-files.js';
import { inPathOrder, lintParsed, type LintResult, type LintSetup } from './lint.js';

/**
 * The core of govlint, for files held in memory: parse every file, build the model, run the rules, apply
 * suppressions, sort the findings. It runs at once, so the Markdown table reader is loaded with it; the command
 * line uses lintInParallel (lint.ts), which loads that reader only when a RACI matrix is written in Markdown.
 */
export function lint(files: readonly InputFile[], setup: LintSetup): LintResult {
  const options = { ...(setup.limits ? { limits: setup.limits } : {}), ...(setup.onParsed ? { onParsed: setup.onParsed } : {}) };
  return lintParsed(parseHere(inPathOrder(files), options), setup, readMarkdownTables);
}

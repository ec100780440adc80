import { buildModel } from '../model/build-model.js';
import type { Model } from '../model/model.js';
import { parseFile } from '../parse/parse-file.js';
import type { KindRegistry } from '../schema/kind-registry.js';
import type { Finding } from './finding.js';
import { addFingerprints } from './fingerprint.js';
import { runRules, type RuleFailure, type RuleSetting } from './run-rules.js';
import { compareFindings, compareText } from './sort-findings.js';

/** A file to check: its path as findings show it and its raw text. */
export interface InputFile {
  path: string;
  text: string;
}

export interface LintSetup {
  kinds: KindRegistry;
  builtinRoles: readonly string[];
  rules: readonly RuleSetting[];
  /** The day rules treat as today, YYYY-MM-DD. */
  today: string;
}

export interface LintResult {
  /** Sorted by file, line, column, rule and message. */
  findings: Finding[];
  failures: RuleFailure[];
  model: Model;
}

/** The core of govlint: parse every file, build the model, run the rules, sort the findings. */
export function lint(files: readonly InputFile[], setup: LintSetup): LintResult {
  // Rules see files in path order, so which of two entities with one id comes first does not depend on the input order.
  const sorted = [...files].sort((a, b) => compareText(a.path, b.path));
  const parsed = sorted.map((file) => parseFile(file.path, file.text));
  const model = buildModel(parsed, setup.kinds, setup.builtinRoles);
  const { findings, failures } = runRules(model, setup.rules, setup.today);
  findings.sort(compareFindings);
  addFingerprints(findings);
  return { findings, failures, model };
}

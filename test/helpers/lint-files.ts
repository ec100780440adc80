import type { Ajv } from 'ajv';
import { builtinRules } from '../../src/rules/index.js';
import { ruleOptions } from '../../src/config/rule-options.js';
import { createAjv } from '../../src/schema/create-ajv.js';
import { lint } from '../../src/engine/lint-here.js';
import type { LintResult, LintSetup } from '../../src/engine/lint.js';
import type { InputFile } from '../../src/io/read-files.js';
import { BUILTIN_ROLES, builtinKindSchemas, sharedDefinitions } from '../../src/schema/builtin-kinds.js';
import { KindRegistry } from '../../src/schema/kind-registry.js';
import type { Rule } from '../../src/api/types.js';
import type { Finding } from '../../src/engine/finding.js';
import type { History } from '../../src/model/history.js';

export interface LintFilesOptions {
  /** The rules to run (default: every built-in rule) with their default severity. */
  rules?: readonly Rule<any>[];
  /** Options by rule id, checked against each rule's schema and completed with its defaults, as the config's are. */
  options?: Record<string, Record<string, unknown>>;
  today?: string;
  /** The Git history rules see as `model.history`. */
  history?: History;
}

/** Lints in-memory files (path → text) with the built-in kinds, as `govlint check` would. */
export function lintFiles(files: Record<string, string>, options: LintFilesOptions = {}): LintResult {
  return lint(inputFiles(files), lintSetup(options));
}

/** The setup `lintFiles` lints with. */
export function lintSetup({ rules = builtinRules, options = {}, today = '2026-11-22', history }: LintFilesOptions = {}): LintSetup {
  const kinds = sharedKinds();
  const settings = rules.map((rule) => ({ rule, severity: rule.meta.severity, options: ruleOptions(sharedAjv, rule, options[rule.meta.id], 'the test options') }));
  return { kinds, builtinRoles: BUILTIN_ROLES, rules: settings, today, ...(history ? { history } : {}) };
}

export function inputFiles(files: Record<string, string>): InputFile[] {
  return Object.entries(files).map(([path, text]) => ({ path, text }));
}

let kinds: KindRegistry | undefined;

/**
 * One registry of the built-in kinds for every test: run from the sources, a registry compiles each kind's schema
 * with ajv on first use, about 60 ms for a lint of every kind, which is the whole cost of linting a few small files.
 * The registry keeps only what it compiled from its fixed schemas, so sharing it changes no result.
 */
function sharedKinds(): KindRegistry {
  return (kinds ??= new KindRegistry([sharedDefinitions()], builtinKindSchemas()));
}

let ajv: Ajv | undefined;

/** One ajv for every test: it compiles each rule's options schema once (the tests run from the sources, uncompiled). */
function sharedAjv(): Ajv {
  return (ajv ??= createAjv({ useDefaults: true }));
}

/** The parts of a finding a rule test asserts: rule, file, start and end position, message. */
export function brief(finding: Finding) {
  const { ruleId, file, line, column, endLine, endColumn, message } = finding;
  return { ruleId, file, line, column, endLine, endColumn, message };
}

/** Findings of one rule only. */
export function findingsOf(result: LintResult, ruleId: string): Finding[] {
  return result.findings.filter((finding) => finding.ruleId === ruleId);
}

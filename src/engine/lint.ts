import type { Adapter } from '../adapt/types.js';
import type { InputFile } from '../io/read-files.js';
import { buildModel } from '../model/build-model.js';
import type { History } from '../model/history.js';
import type { Model } from '../model/model.js';
import { readOnlySet } from '../model/read-only.js';
import type { ParseCache } from '../parse/parse-cache.js';
import type { ParseLimits } from '../parse/parse-file.js';
import { parseFiles } from '../parse/parse-files.js';
import type { SourceFile } from '../parse/source-file.js';
import type { KindRegistry } from '../schema/kind-registry.js';
import type { Finding } from './finding.js';
import { addFingerprints } from './fingerprint.js';
import { applySuppressions } from './apply-suppressions.js';
import { locateReports } from './locate-report.js';
import { locateDues, type DueDate } from './locate-due.js';
import { runRules, type RuleDue, type RuleFailure, type RuleReport, type RuleSetting } from './run-rules.js';
import { compareFindings, compareText } from './sort-findings.js';

export interface LintSetup {
  kinds: KindRegistry;
  builtinRoles: readonly string[];
  rules: readonly RuleSetting[];
  /** Every rule id the config knows, on or off (default: those in `rules`). */
  knownRules?: ReadonlySet<string>;
  /** The day rules treat as today, YYYY-MM-DD. */
  today: string;
  limits?: ParseLimits;
  /** What reads documents of other formats as entities (src/adapt), in the order they are asked. */
  adapters?: readonly Adapter[];
  /** The config file, as findings name files: where a failing plugin rule is reported when no entity is known. */
  configFile?: string;
  /** Called as files are parsed, for progress. */
  onParsed?: (done: number, total: number) => void;
  /** The Git history rules read, when one needs it (`loadHistory` in src/git); becomes `model.history`. */
  history?: History;
  /** Files parsed in earlier runs (`check --cache`); used by `lintInParallel`. */
  cache?: ParseCache;
  /** How many threads `lintInParallel` parses in (see ParseFilesOptions.threads). */
  threads?: number;
}

export interface LintResult {
  /** Sorted by file, line, column, rule and message; suppressed findings are included and marked. */
  findings: Finding[];
  failures: RuleFailure[];
  /** What the rules that ran computed to fall due (reviews, expiries), for the compliance calendar; sorted by date. */
  readonly due: DueDate[];
  model: Model;
}

/**
 * The same, with parsing spread over worker threads when the repo is large, and files from the cache when given.
 * The Git history may still be loading (`loadHistory` runs git in other processes): it is waited for once the
 * files are parsed, so that both go on at once.
 */
export async function lintInParallel(files: readonly InputFile[], setup: LintSetup, history?: Promise<History | undefined>): Promise<LintResult> {
  const options = {
    ...(setup.limits ? { limits: setup.limits } : {}),
    ...(setup.onParsed ? { onParsed: setup.onParsed } : {}),
    ...(setup.cache ? { cache: setup.cache } : {}),
    ...(setup.threads === undefined ? {} : { threads: setup.threads }),
  };
  // Settled into a value at once, so that a failure while the files are parsed is not an unhandled rejection.
  const loading = history?.then((loaded) => ({ loaded }), (error: unknown) => ({ error }));
  const parsed = await parseFiles(inPathOrder(files), options);
  const outcome = await loading;
  if (outcome && 'error' in outcome) throw outcome.error;
  return lintParsed(parsed, outcome?.loaded ? { ...setup, history: outcome.loaded } : setup);
}

/** Rules see files in path order, so which of two entities with one id comes first does not depend on the input order. */
export function inPathOrder(files: readonly InputFile[]): InputFile[] {
  return [...files].sort((a, b) => compareText(a.path, b.path));
}

/** Builds the model of parsed files, runs the rules, applies suppressions and sorts the findings. */
export function lintParsed(parsed: SourceFile[], setup: LintSetup): LintResult {
  const model = buildModel(parsed, setup.kinds, setup.builtinRoles, setup.history, setup.adapters);
  const environment = {
    model,
    today: setup.today,
    knownRules: readOnlySet(setup.knownRules ?? setup.rules.map(({ rule }) => rule.meta.id)),
    ...(setup.configFile === undefined ? {} : { configFile: setup.configFile }),
  };
  const failures: RuleFailure[] = [];
  // Rules report entities and paths; the findings are located once the rules have run. Suppressions apply to
  // lines, so the rules about suppressions themselves run, and are located, after them.
  const reports: RuleReport[] = [];
  const dues: RuleDue[] = [];
  runRules(setup.rules.filter(({ rule }) => !rule.meta.afterSuppressions), environment, reports, failures, dues);
  const findings: Finding[] = locateReports(reports, model);
  applySuppressions(findings, model.suppressions, setup.today);
  const later: RuleReport[] = [];
  runRules(setup.rules.filter(({ rule }) => rule.meta.afterSuppressions), environment, later, failures, dues);
  findings.push(...locateReports(later, model));
  findings.sort(compareFindings);
  addFingerprints(findings);
  let due: DueDate[] | undefined;
  return {
    findings,
    failures,
    // Located when first read (by the calendar), so that a check, which never reads it, does not pay for it.
    get due() {
      return (due ??= locateDues(dues, model, setup.today));
    },
    model,
  };
}

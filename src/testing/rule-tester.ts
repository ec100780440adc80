/**
 * A strict tester for govlint rules, built-in or from a plugin (`govlint/testing`). Each case is a register snippet
 * that goes through the engine as `govlint check` takes it: parsed, built into the model, checked by the rule
 * alone, suppressions applied, findings located and sorted. A valid case fails on any finding; an invalid case fails
 * unless the rule reports exactly the findings it lists, with their messages and positions.
 */
import { AssertionError } from 'node:assert';
import { isDeepStrictEqual } from 'node:util';
import type { Ajv } from 'ajv';
import type { Plugin, Rule } from '../api/types.js';
import { collectKinds, collectRules, DEFAULT_LIMITS, ruleSettings } from '../config/resolve-config.js';
import type { Finding } from '../engine/finding.js';
import { lint } from '../engine/lint-here.js';
import { BUILTIN_ROLES } from '../schema/builtin-kinds.js';
import type { KindRegistry } from '../schema/kind-registry.js';
import { createAjv } from '../schema/create-ajv.js';
import { isDate } from '../util/dates.js';
import { caseKey, prepareCase, type ExpectedFinding, type PreparedCase, type RuleTests } from './test-cases.js';

export type { ExpectedFinding, InvalidCase, RuleTests, ValidCase } from './test-cases.js';

export interface RuleTesterConfig {
  /** Plugins whose kinds the snippets use; a rule of one of them runs under its namespaced id (`vendors/has-contract`). */
  plugins?: Plugin[];
  /** The day rules treat as today, YYYY-MM-DD; default 2026-11-22, so that a test does not change with the date. */
  today?: string;
}

type Describe = (title: string, body: () => void) => unknown;
type It = (title: string, body: () => void) => unknown;

/** Outside a test framework, a group is run at once. */
const describeAtOnce: Describe = (_title, body) => body();
/** Outside a test framework, a case is run at once and its failure thrown. */
const itAtOnce: It = (_title, body) => body();

function framework<T>(name: 'describe' | 'it'): T | undefined {
  const found = (globalThis as Record<string, unknown>)[name];
  return typeof found === 'function' ? (found as T) : undefined;
}

export const DEFAULT_TODAY = '2026-11-22';

export class RuleTester {
  static #describe: Describe | undefined;
  static #it: It | undefined;
  static #itOnly: It | undefined;

  /**
   * The test framework's `describe`: the global one when there is one (vitest with `globals`, mocha, jest).
   * Set it (with `it`) for a framework that has no globals: `RuleTester.describe = describe` from vitest or node:test.
   */
  static get describe(): Describe {
    return RuleTester.#describe ?? framework<Describe>('describe') ?? describeAtOnce;
  }

  static set describe(value: Describe | undefined) {
    RuleTester.#describe = value;
  }

  static get it(): It {
    return RuleTester.#it ?? framework<It>('it') ?? itAtOnce;
  }

  static set it(value: It | undefined) {
    RuleTester.#it = value;
  }

  /** How a case marked `only` is run: `it.only` of the framework's `it`, unless set. */
  static get itOnly(): It {
    if (RuleTester.#itOnly) return RuleTester.#itOnly;
    const it = RuleTester.it as It & { only?: It };
    if (typeof it.only !== 'function') throw new Error('RuleTester: set RuleTester.itOnly to run cases marked `only` with this test framework');
    return it.only.bind(it);
  }

  static set itOnly(value: It | undefined) {
    RuleTester.#itOnly = value;
  }

  readonly #plugins: Plugin[];
  readonly #today: string;
  /** Made on first use and kept for every case, as one run of `govlint check` keeps them. */
  #kinds: KindRegistry | undefined;
  #ajv: Ajv | undefined;

  constructor(config: RuleTesterConfig = {}) {
    this.#plugins = config.plugins ?? [];
    this.#today = checkedToday(config.today ?? DEFAULT_TODAY, 'RuleTester');
  }

  /**
   * Declares the cases as tests: a `describe` named by the rule's id, holding `valid` and `invalid` groups with
   * one `it` per case. An empty group, a duplicate case, or a case that cannot test anything is a failing test.
   */
  run(rule: Rule<any>, tests: RuleTests): void {
    const known = collectRules(this.#plugins, []);
    // A plugin's rule runs as the config would run it: under the id collectRules gave its copy.
    const tested = known.find((candidate) => candidate === rule) ?? known.find((candidate) => candidate.check === rule.check) ?? rule;
    const seen = new Map<string, string>();
    RuleTester.describe(tested.meta.id, () => {
      for (const group of ['valid', 'invalid'] as const) {
        RuleTester.describe(group, () => {
          const cases: unknown[] = Array.isArray(tests?.[group]) ? tests[group] : [];
          if (cases.length === 0) {
            RuleTester.it(`has ${group} cases`, () => {
              throw new Error(`${tested.meta.id} has no ${group} case: a rule is tested with at least one register it reports nothing in and one it reports findings in`);
            });
          }
          cases.forEach((given, index) => {
            const label = `${group} case ${index + 1}`;
            let prepared: PreparedCase;
            try {
              prepared = prepareCase(given as string, label, group === 'invalid');
            } catch (error) {
              RuleTester.it(label, () => {
                throw error;
              });
              return;
            }
            const key = caseKey(prepared, this.#today);
            const duplicateOf = seen.get(key);
            seen.set(key, duplicateOf ?? label);
            const declare = prepared.only ? RuleTester.itOnly : RuleTester.it;
            declare(prepared.title, () => {
              if (duplicateOf) throw new Error(`${label} has the same files, options and day as ${duplicateOf}: remove it or make it test something else`);
              this.#check(tested, known, prepared, label);
            });
          });
        });
      }
    });
  }

  #check(rule: Rule<any>, known: readonly Rule<any>[], prepared: PreparedCase, label: string): void {
    const today = checkedToday(prepared.today ?? this.#today, label);
    const kinds = (this.#kinds ??= collectKinds(this.#plugins));
    // The options are checked and completed by the code that reads them from a config.
    const ajv = () => (this.#ajv ??= createAjv({ useDefaults: true }));
    const settings = ruleSettings(ajv, [rule], kinds, { [rule.meta.id]: [rule.meta.severity, prepared.options] }, label);
    const files = Object.entries(prepared.files).map(([path, text]) => ({ path, text }));
    const knownRules = new Set([...known.map((each) => each.meta.id), rule.meta.id]);
    const result = lint(files, { kinds, adapters: this.#plugins.flatMap((plugin) => plugin.adapters ?? []), builtinRoles: BUILTIN_ROLES, rules: settings, knownRules, today, limits: DEFAULT_LIMITS });
    const [failure] = result.failures;
    if (failure) throw new Error(`${label}: rule ${rule.meta.id} failed: ${failure.reason}`);
    // Suppressed findings are not shown to users, so a case sees them as not reported.
    const reported = result.findings.filter((finding) => !finding.suppression);
    if (!prepared.findings) {
      const problems = result.model.files.flatMap((file) => file.problems.map((problem) => ({ file, problem })));
      if (problems.length > 0) {
        const { file, problem } = problems[0]!;
        const { line, column } = file.lines.position(problem.range.start);
        throw new Error(`${label} does not parse, so it tests nothing: ${file.path}:${line}:${column} ${problem.message}`);
      }
    }
    const expected = prepared.findings ?? [];
    const actual = reported.map((finding, index) => shown(finding, expected[index]));
    if (!isDeepStrictEqual(actual, expected)) {
      const listed = actual.map((finding) => `\n  ${finding.file}:${finding.line}:${finding.column} ${finding.message}`).join('');
      const what = actual.length === expected.length ? 'reported findings other than those listed' : `should report ${count(expected.length)}, and reported ${count(actual.length)}`;
      const message = `${label}: ${rule.meta.id} ${what}:${listed}`;
      // No `operator`: Node would add its own diff to the message; test frameworks show one from `actual` and `expected`.
      throw new AssertionError({ message, actual, expected });
    }
  }
}

/** The parts of a finding a case compares: message, file and start, and the end where the case gives it. */
function shown(finding: Finding, expected: ExpectedFinding | undefined): ExpectedFinding {
  return {
    message: finding.message,
    line: finding.line,
    column: finding.column,
    ...(expected?.endLine === undefined ? {} : { endLine: finding.endLine }),
    ...(expected?.endColumn === undefined ? {} : { endColumn: finding.endColumn }),
    file: finding.file,
  };
}

function count(findings: number): string {
  return findings === 0 ? 'no finding' : findings === 1 ? '1 finding' : `${findings} findings`;
}

function checkedToday(today: string, label: string): string {
  if (!isDate(today)) throw new Error(`${label}: today must be a date written YYYY-MM-DD, not '${today}'`);
  return today;
}

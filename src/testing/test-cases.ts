/** The cases a RuleTester runs, and the checks that make a case that cannot test anything fail. */

/** A register snippet the rule must report nothing in. A string is a case of one file, `code`. */
export interface ValidCase {
  /** The test's title; default: the snippet. */
  name?: string;
  /** The text of one file, named `filename`. */
  code?: string;
  /** The name of `code`'s file; default `register.yaml` (give a `.md` name for a Markdown file). */
  filename?: string;
  /** Files by path and text; beside `code`, the rest of the register. */
  files?: Record<string, string>;
  /** The rule's options, as a config gives them: checked against the rule's options schema, defaults filled in. */
  options?: Record<string, unknown>;
  /** The day the rule treats as today, YYYY-MM-DD; default: the tester's. */
  today?: string;
  /** Run only the cases marked so (through `RuleTester.itOnly`). */
  only?: boolean;
}

/** A finding the rule must report: its message and start are required; the end and the file are checked when given. */
export interface ExpectedFinding {
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Default: the case's only file, or `filename` when the case has `code`. */
  file?: string;
}

/** A register snippet the rule must report exactly these findings in, in the order govlint sorts them (file, line, column). */
export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export interface RuleTests {
  valid: Array<string | ValidCase>;
  invalid: InvalidCase[];
}

/** A case as the tester runs it: its files, and where a finding that names no file is expected. */
export interface PreparedCase {
  title: string;
  files: Record<string, string>;
  options?: Record<string, unknown>;
  today?: string;
  only: boolean;
  /** The file a finding without `file` is expected in, when the case says which. */
  mainFile?: string;
  findings?: ExpectedFinding[];
}

export const DEFAULT_FILENAME = 'register.yaml';

const CASE_KEYS = new Set(['name', 'code', 'filename', 'files', 'options', 'today', 'only']);
const FINDING_KEYS = new Set(['message', 'line', 'column', 'endLine', 'endColumn', 'file']);

/**
 * Checks a case's shape and gathers its files. Throws, naming the case, when the case could not test anything: no
 * file, a key the tester does not know (such as ESLint's `errors`), an invalid case without findings, or a finding
 * without a message or a position.
 */
export function prepareCase(given: string | ValidCase | InvalidCase, label: string, invalid: boolean): PreparedCase {
  const testCase: ValidCase & { findings?: unknown } = typeof given === 'string' ? { code: given } : given;
  if (typeof testCase !== 'object' || testCase === null) throw new Error(`${label} is not a string or an object`);
  const known = invalid ? new Set([...CASE_KEYS, 'findings']) : CASE_KEYS;
  for (const key of Object.keys(testCase)) {
    if (!known.has(key)) throw new Error(`${label} has an unknown key \`${key}\`; known keys: ${[...known].join(', ')}`);
  }
  const filename = testCase.filename ?? DEFAULT_FILENAME;
  if (testCase.filename !== undefined && testCase.code === undefined) throw new Error(`${label} has a \`filename\` but no \`code\``);
  if (testCase.code !== undefined && testCase.files && Object.hasOwn(testCase.files, filename)) {
    throw new Error(`${label} has \`code\` and a file named '${filename}' in \`files\`: give one of them`);
  }
  const files = { ...testCase.files, ...(testCase.code === undefined ? {} : { [filename]: testCase.code }) };
  const paths = Object.keys(files);
  if (paths.length === 0) throw new Error(`${label} has no file: give \`code\` or \`files\``);
  for (const path of paths) if (typeof files[path] !== 'string') throw new Error(`${label}: the text of '${path}' is not a string`);
  const mainFile = testCase.code !== undefined ? filename : paths.length === 1 ? paths[0] : undefined;
  const title = testCase.name ?? (testCase.code !== undefined ? testCase.code.trim() : paths.join(', '));
  const prepared: PreparedCase = {
    title,
    files,
    only: testCase.only === true,
    ...(testCase.options === undefined ? {} : { options: testCase.options }),
    ...(testCase.today === undefined ? {} : { today: testCase.today }),
    ...(mainFile === undefined ? {} : { mainFile }),
  };
  if (!invalid) return prepared;
  const findings = testCase.findings;
  if (!Array.isArray(findings) || findings.length === 0) {
    throw new Error(`${label} lists no \`findings\`: an invalid case names every finding it expects (a case without any is a valid one)`);
  }
  return { ...prepared, findings: findings.map((finding, index) => expectedFinding(finding, `${label}, finding ${index + 1},`, mainFile)) };
}

function expectedFinding(finding: unknown, label: string, mainFile: string | undefined): ExpectedFinding {
  if (typeof finding !== 'object' || finding === null) throw new Error(`${label} is not an object with a message, line and column`);
  const given = finding as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!FINDING_KEYS.has(key)) throw new Error(`${label} has an unknown key \`${key}\`; known keys: ${[...FINDING_KEYS].join(', ')}`);
  }
  if (typeof given.message !== 'string') throw new Error(`${label} has no \`message\``);
  for (const key of ['line', 'column', 'endLine', 'endColumn']) {
    const value = given[key];
    if ((value !== undefined || key === 'line' || key === 'column') && !(Number.isInteger(value) && (value as number) >= 1)) {
      throw new Error(`${label} needs \`${key}\` as a number from 1`);
    }
  }
  const file = given.file ?? mainFile;
  if (typeof file !== 'string') throw new Error(`${label} must name its \`file\`: the case has several files and no \`code\``);
  return { ...(given as unknown as ExpectedFinding), file };
}

/** The same files, options and day: a second case with them tests nothing new, and is most likely a copy left unedited. */
export function caseKey(prepared: PreparedCase, defaultToday: string): string {
  const files = Object.entries(prepared.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([files, sortedKeys(prepared.options ?? {}), prepared.today ?? defaultToday]);
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]));
}

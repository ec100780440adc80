import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/rules/index.js';
import { runGovlint } from '../helpers/run-cli.js';

const BENCH = fileURLToPath(new URL('../../bench/', import.meta.url));
const ruleIds = builtinRules.map((rule) => rule.meta.id);

interface Expected {
  today: string;
  findings: Record<string, number>;
  suppressed: number;
  defects: { injector: string; rule: string }[];
}
interface Verdict {
  problems: string[];
  notes: string[];
}
// bench/compare.mjs is plain JavaScript, loaded by URL, so untyped here.
type Compare = (expected: Expected, actual: unknown, options: { modelledOnly: boolean }) => Verdict;
type CountsFrom = (format: string, text: string) => unknown;

describe("the benchmark's injectors", () => {
  it('are in one file per built-in rule, named after its id, and in no file for anything else', () => {
    const files = readdirSync(join(BENCH, 'injectors'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mjs'))
      .map((file) => file.replaceAll('\\', '/').replace(/\.mjs$/, ''));
    expect(files.sort()).toEqual([...ruleIds].sort());
  });
});

// A small repo with many defects, so that most injectors are used, generated and checked as `npm run bench` does:
// govlint must find exactly what the injectors declare they planted, per rule and per file, in each format. The
// generator runs as a process, as the benchmark runs it: it loads govlint's build, not the sources.
describe('a small benchmark repo: 800 entities, 12 % of them with a defect', () => {
  const formats = ['json', 'text', 'sarif'];
  let dir: string;
  let expected: Expected;
  let compare: Compare;
  let countsFrom: CountsFrom;
  const reports = new Map<string, { code: number; stderr: string; text: string }>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govlint-bench-small-'));
    const repo = join(dir, 'repo');
    await promisify(execFile)(process.execPath, [join(BENCH, 'generate.mjs'), repo, '800', '--defect-rate', '0.12']);
    expected = JSON.parse(readFileSync(join(repo, '.bench-expected.json'), 'utf8')) as Expected;
    ({ compare, countsFrom } = (await import(new URL('../../bench/compare.mjs', import.meta.url).href)) as { compare: Compare; countsFrom: CountsFrom });
    // One run writes every format, each to its file, as one run per format would.
    const outputs = formats.map((format) => ['-f', `${format}:${join(dir, `report.${format}`)}`]);
    const { code, stderr } = await runGovlint(['check', '.', '--today', expected.today, ...outputs.flat()], repo);
    for (const format of formats) reports.set(format, { code, stderr, text: readFileSync(join(dir, `report.${format}`), 'utf8') });
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('plants findings of every rule but the one that needs a Git history and those of Backstage catalogs, and some that suppressions silence', () => {
    const planted = Object.entries(expected.findings).filter(([, count]) => count > 0).map(([rule]) => rule);
    expect(planted).toEqual(ruleIds.filter((id) => id !== 'docs/changed-unreviewed' && !id.startsWith('backstage/')));
    expect(expected.suppressed).toBeGreaterThan(0);
    expect(new Set(expected.defects.map(({ rule, injector }) => `${rule} ${injector}`)).size).toBeGreaterThan(55);
  });

  it.each(formats)('govlint finds exactly the planted findings (-f %s)', (format) => {
    const { code, stderr, text } = reports.get(format)!;
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(compare(expected, countsFrom(format, text), { modelledOnly: false })).toEqual({ problems: [], notes: [] });
  });

  it('fails loudly when a count differs from what the injectors declare', () => {
    const declared = { ...expected, findings: { ...expected.findings, 'docs/required': expected.findings['docs/required']! + 1 } };
    const { problems } = compare(declared, { byRule: expected.findings }, { modelledOnly: false });
    expect(problems).toEqual([`docs/required: expected ${declared.findings['docs/required']}, found ${expected.findings['docs/required']}`]);
  });
});

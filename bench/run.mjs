#!/usr/bin/env node
// Benchmarks govlint as users run it: whole `govlint check` processes on generated repos of 1,000, 10,000 and
// 100,000 entities, against the parse-only floor, checking that the findings are exactly the injected ones. Each
// size is checked without a cache and again with a warm `--cache` (an unchanged repo checked a second time). At
// 10,000 entities, a run where most files carry findings is held to at most 1.3 × the parse floor of the same runs,
// and so is a generated Backstage catalog of 10,000 entities checked with the govlint:backstage preset.
//
//   npm run bench -- [--sizes 1000,10000,100000] [--runs <n>] [--write] [options]
//
//   --sizes <list>     entity counts to run (default 1000,10000,100000)
//   --runs <n>         runs per measurement (default 5 up to 10,000 entities, 3 above; 10 for the one-file repo)
//   --write            also write the results to bench/RESULTS.md
//   --bin <file>       the govlint to run (default: bin/govlint.js of this repo)
//   --label <text>     how to name that govlint in the results (default: version and git commit)
//   --modelled-only    compare only the rules the generator injects defects for; list the others' findings
//   --regenerate       regenerate the repos even if a matching one is cached in the temp folder
//   --timeout <s>      give up on a run after this many seconds (default 1800)
//   --rss <method>     how to measure peak RSS: gnu-time or wrapper (default: gnu-time when /usr/bin/time is GNU's)
//   --backstage-only   run only the Backstage catalog row (bench/generate-backstage.mjs)
//
// Repos are generated into the temp folder (govlint-bench-<entities>, govlint-bench-backstage-<entities>) and reused
// while their .bench-expected.json matches the generator version. Wall time is the median of the runs, measured
// around the whole process; peak RSS is the largest of the runs, measured for the govlint process itself (GNU time,
// else bench/rss-wrapper.mjs).
// Each format's output is checked: findings per rule (and per file in JSON), the files, entities and skipped
// documents of the summary, and how many findings suppression comments silenced.
// The exit code is 1 when a count differs from the expected one or a run fails, else 0.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, countsFrom, modelledTotal } from './compare.mjs';
import * as backstageGenerator from './generate-backstage.mjs';
import * as registerGenerator from './generate.mjs';
import { RULE_IDS, TODAY } from './generate.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(BENCH_DIR, '..');
const FLOOR = join(BENCH_DIR, 'parse-floor.mjs');
const WRAPPER = join(BENCH_DIR, 'rss-wrapper.mjs');
const FORMATS_AT = 10_000;

// ---------------------------------------------------------------------------------------------------------------
// Command line.

function parseArgs(argv) {
  const options = {
    sizes: [1000, 10_000, 100_000],
    runs: undefined,
    write: false,
    bin: join(REPO_ROOT, 'bin', 'govlint.js'),
    label: undefined,
    modelledOnly: false,
    regenerate: false,
    timeout: 1800,
    rss: undefined,
    backstageOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--sizes') options.sizes = value().split(',').map((size) => wholeNumber(size.replace(/_/g, ''), arg));
    else if (arg === '--runs') options.runs = wholeNumber(value(), arg);
    else if (arg === '--write') options.write = true;
    else if (arg === '--bin') options.bin = resolve(value());
    else if (arg === '--label') options.label = value();
    else if (arg === '--modelled-only') options.modelledOnly = true;
    else if (arg === '--backstage-only') options.backstageOnly = true;
    else if (arg === '--regenerate') options.regenerate = true;
    else if (arg === '--timeout') options.timeout = wholeNumber(value(), arg);
    else if (arg === '--rss') {
      options.rss = value();
      if (!['gnu-time', 'wrapper'].includes(options.rss)) fail(`--rss must be gnu-time or wrapper, not '${options.rss}'`);
    }
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 24).map((line) => line.replace(/^\/\/ ?/, '')).join('\n') + '\n');
      process.exit(0);
    } else fail(`unknown option ${arg} (see --help)`);
  }
  if (options.sizes.some((size) => size < 100)) fail('--sizes must be at least 100 entities each');
  return options;
}

function wholeNumber(text, option) {
  if (!/^[1-9]\d*$/.test(text)) fail(`${option} must be a whole number, not '${text}'`);
  return Number(text);
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const log = (message) => process.stderr.write(`${message}\n`);

// ---------------------------------------------------------------------------------------------------------------
// Measuring one process: wall time around it, peak RSS of the process itself.

function detectRssMethod() {
  const probe = join(os.tmpdir(), `govlint-bench-probe-${process.pid}`);
  try {
    const result = spawnSync('/usr/bin/time', ['-f', '%M', '-o', probe, process.execPath, '-e', '0'], { stdio: 'ignore' });
    if (result.status === 0 && /^\d+\s*$/.test(readFileSync(probe, 'utf8'))) return 'gnu-time';
  } catch {
    // No GNU time: fall back to the wrapper.
  } finally {
    rmSync(probe, { force: true });
  }
  return 'wrapper';
}

let rssMethod;

/** Runs `node <script> ...args` in `cwd`; resolves with wall ms, peak RSS in KB, exit code, stdout and stderr. */
function measure(script, args, { cwd, timeoutSeconds }) {
  const rssFile = join(os.tmpdir(), `govlint-bench-rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  const [command, commandArgs] =
    rssMethod === 'gnu-time'
      ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, process.execPath, script, ...args]]
      : [process.execPath, [WRAPPER, rssFile, script, ...args]];
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutSeconds * 1000);
    let wallMs;
    child.on('exit', () => {
      wallMs = performance.now() - started;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let rssKb;
      try {
        rssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
      } catch {
        rssKb = undefined;
      }
      rmSync(rssFile, { force: true });
      resolvePromise({
        wallMs,
        rssKb,
        code: timedOut ? 'timeout' : (code ?? signal),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Repos.

/** The repo of `size` entities that `generator` (generate.mjs by default) makes, reused from the temp folder when it matches. */
function repoFor(size, regenerate, generator = registerGenerator, prefix = 'govlint-bench') {
  const { DEFAULT_SEED, EXPECTED_FILE, GENERATOR_VERSION, generate } = generator;
  const dir = join(os.tmpdir(), `${prefix}-${size}`);
  const file = join(dir, EXPECTED_FILE);
  if (!regenerate && existsSync(file)) {
    try {
      const expected = JSON.parse(readFileSync(file, 'utf8'));
      if (expected.version === GENERATOR_VERSION && expected.entities === size && expected.seed === DEFAULT_SEED) {
        log(`reusing ${dir}`);
        return { dir, expected };
      }
    } catch {
      // Unreadable: regenerate.
    }
  }
  log(`generating ${size.toLocaleString('en-US')} entities into ${dir} ...`);
  const started = performance.now();
  const expected = generate(dir, size);
  log(`  ${expected.files.toLocaleString('en-US')} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { dir, expected };
}

/** A repo of one file holding one valid entity: what a run costs before any real work (startup, config, schemas). */
function oneFileRepo() {
  const dir = join(os.tmpdir(), 'govlint-bench-one-file');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "one-file-governance", "private": true }\n');
  writeFileSync(
    join(dir, 'person.yaml'),
    'kind: Person\nid: ada-lovelace\nname: Ada Lovelace\nemail: ada.lovelace@meridian-retail.example\nreviewed: 2026-11-02\n',
  );
  const findings = Object.fromEntries(RULE_IDS.map((rule) => [rule, 0]));
  return { dir, expected: { entities: 1, files: 1, parsedEntities: 1, skipped: 0, findings, totalFindings: 0, suppressed: 0 } };
}

// ---------------------------------------------------------------------------------------------------------------
// Running a series.

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A measurement repeated `runs` times: its wall times, peak RSS values, and the check of its first output. */
function series(label, script, args, cwd, check) {
  return { label, script, args, cwd, check, walls: [], rss: [], hashes: new Set(), verdict: undefined, failed: undefined };
}

/**
 * Runs the series round-robin, one run of each in turn, so that a change in the machine's load during the
 * measurement affects them all alike, rather than whichever happened to run then.
 */
async function runInterleaved(all, runs, options) {
  for (let run = 1; run <= runs; run++) {
    for (const one of all) {
      if (one.failed) continue;
      const outcome = await measure(one.script, one.args, { cwd: one.cwd, timeoutSeconds: options.timeout });
      const wall = outcome.wallMs / 1000;
      log(`  ${one.label} run ${run}/${runs}: ${wall.toFixed(2)} s, ${outcome.rssKb ? (outcome.rssKb / 1024).toFixed(0) : '?'} MB, exit ${outcome.code}`);
      if (!one.check.exitCodes.includes(outcome.code)) {
        const detail = outcome.stderr.trim().split('\n').slice(-5).join(' | ');
        one.failed = `${one.label}: exit ${outcome.code}${detail ? `: ${detail}` : ''}`;
        continue;
      }
      one.walls.push(wall);
      if (outcome.rssKb) one.rss.push(outcome.rssKb);
      const output = one.check.output?.(outcome);
      if (output !== undefined) {
        one.hashes.add(createHash('sha256').update(output).digest('hex'));
        if (!one.verdict && one.check.verify) one.verdict = one.check.verify(output);
      }
    }
  }
  for (const one of all) one.deterministic = one.hashes.size <= 1;
}

function govlintCheck(expected, format, outFile, options) {
  return {
    exitCodes: [0, 1],
    output: () => readFileSync(outFile, 'utf8'),
    verify: (text) => {
      const actual = countsFrom(format, text);
      return { actual, ...compare(expected, actual, options) };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Many findings: the first run on an existing register, before a baseline, where most files have a finding and
// each needs a position. Every entity of most kinds is made overdue for review (a config that reviews them daily,
// and a later --today), so that far more than half of the files carry findings.

const MANY_FINDINGS_AT = 10_000;
const MANY_FINDINGS_TODAY = '2036-01-01';
const MANY_FINDINGS_BUDGET = 1.3;
const MANY_FINDINGS_CONFIG = `rules:
  review/overdue:
    - warning
    - intervals: { Person: 1 day, Team: 1 day, Role: 1 day, Program: 1 day, Process: 1 day, Product: 1 day, Raci: 1 day }
`;

/** Checks that at least half of the files carry a finding; the counts are not modelled. */
function manyFindingsCheck(outFile) {
  return {
    exitCodes: [1],
    output: () => readFileSync(outFile, 'utf8'),
    verify: (text) => {
      const { findings, summary } = JSON.parse(text);
      const files = new Set(findings.map((finding) => finding.file)).size;
      const problems = files * 2 >= summary.files ? [] : [`only ${files} of ${summary.files} files carry findings, fewer than half`];
      return { actual: { findings: findings.length, files, of: summary.files }, problems, notes: [] };
    },
  };
}

/** The many-findings case at 10,000 entities, against the parse floor measured in the same runs; a row of the table. */
async function manyFindingsRow(dir, outDir, options, record, floorOf) {
  const configFile = join(outDir, 'many-findings.govlintrc.yaml');
  writeFileSync(configFile, MANY_FINDINGS_CONFIG);
  const outFile = join(outDir, 'many-findings.json');
  const args = ['check', '.', '--config', configFile, '--root', '.', '--today', MANY_FINDINGS_TODAY, '-f', 'json', '-o', outFile];
  return budgetedRow(
    {
      name: 'many findings',
      size: MANY_FINDINGS_AT,
      label: `json, many findings (--today ${MANY_FINDINGS_TODAY}, daily reviews)`,
      check: series(`govlint json many findings ${integer(MANY_FINDINGS_AT)}`, options.bin, args, dir, manyFindingsCheck(outFile)),
      floor: floorOf(`parse floor many findings ${integer(MANY_FINDINGS_AT)}`, dir),
      budget: MANY_FINDINGS_BUDGET,
      files: (actual) => (actual ? integer(actual.of) : '?'),
      findings: (actual, problems) => `${integer(actual.findings)} in ${integer(actual.files)} files ${problems.length ? 'TOO FEW' : 'OK'}`,
    },
    options,
    record,
  );
}

/**
 * Runs a check and the parse floor of the same repo in turn, holds the check to `budget` × the floor, and gives its
 * row of the table; `files` and `findings` make those cells from the check's verdict.
 */
async function budgetedRow({ name, size, label, check, floor, budget, files, findings }, options, record) {
  const runs = options.runs ?? 5;
  log(`${integer(size)} entities, ${name}, ${runs} runs each`);
  await runInterleaved([check, floor], runs, options);
  record(`${integer(size)} ${name}`, check);
  record(`${integer(size)} ${name} parse floor`, floor);
  const wall = check.walls.length ? median(check.walls) : undefined;
  const floorWall = floor.walls.length ? median(floor.walls) : undefined;
  const ratio = wall && floorWall ? wall / floorWall : undefined;
  if (ratio !== undefined && ratio > budget) {
    record(`${integer(size)} ${name}`, { verdict: { problems: [`${ratio.toFixed(2)} × the parse floor, over the budget of ${budget} ×`], notes: [] } });
  }
  const peak = check.rss.length ? Math.max(...check.rss) : undefined;
  const floorPeak = floor.rss.length ? Math.max(...floor.rss) : undefined;
  const actual = check.verdict?.actual;
  return [
    integer(size),
    files(actual),
    label,
    String(check.walls.length),
    wall === undefined ? '–' : seconds(wall),
    check.walls.length > 1 ? `${seconds(Math.min(...check.walls))}–${seconds(Math.max(...check.walls))}` : '–',
    wall === undefined ? '–' : integer(size / wall),
    megabytes(peak),
    floorWall === undefined ? '–' : seconds(floorWall),
    megabytes(floorPeak),
    ratio === undefined ? '–' : `${ratio.toFixed(2)}× (budget ${budget}×)`,
    peak && floorPeak ? `${(peak / floorPeak).toFixed(1)}×` : '–',
    check.failed ? 'FAILED' : actual ? findings(actual, check.verdict.problems) : '?',
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// A Backstage catalog: 10,000 generated entities (bench/generate-backstage.mjs) checked with the repo's own config,
// which extends govlint:recommended and govlint:backstage, against the parse floor of the same repo. Each planted
// defect must give exactly one finding at its file and line, whatever rule reports it.

const BACKSTAGE_AT = 10_000;
const BACKSTAGE_BUDGET = 1.3;

/** Checks the findings against the planted defects, one each at its file and line, and the summary's counts. */
function backstageCheck(expected, outFile) {
  return {
    exitCodes: [1],
    output: () => readFileSync(outFile, 'utf8'),
    verify: (text) => {
      const { findings, summary } = JSON.parse(text);
      const planted = new Set(expected.defects.map(({ file, line }) => `${file}:${line}`));
      const problems = [];
      const unexpected = findings.filter(({ file, line }) => !planted.delete(`${file}:${line}`));
      if (unexpected.length) problems.push(`${unexpected.length} findings where no defect was planted, first: ${unexpected[0].file}:${unexpected[0].line} ${unexpected[0].ruleId} ${unexpected[0].message}`);
      if (planted.size) problems.push(`${planted.size} planted defects not found, first: ${[...planted][0]}`);
      for (const [key, want] of [['files', expected.files], ['entities', expected.entities]]) {
        if (summary[key] !== want) problems.push(`summary.${key}: expected ${want}, found ${summary[key]}`);
      }
      return { actual: { findings: findings.length }, problems, notes: [] };
    },
  };
}

/** The Backstage catalog, against the parse floor measured in the same runs; a row of the table. */
async function backstageRow(outDir, options, record, floorOf) {
  const { dir, expected } = repoFor(BACKSTAGE_AT, options.regenerate, backstageGenerator, 'govlint-bench-backstage');
  const outFile = join(outDir, 'backstage.json');
  const args = ['check', '.', '--root', '.', '--today', TODAY, '-f', 'json', '-o', outFile];
  await measure(FLOOR, [dir], { cwd: dir, timeoutSeconds: options.timeout }); // warms the page cache
  return budgetedRow(
    {
      name: 'backstage',
      size: BACKSTAGE_AT,
      label: 'json, Backstage catalog (govlint:backstage)',
      check: series(`govlint json backstage ${integer(BACKSTAGE_AT)}`, options.bin, args, dir, backstageCheck(expected, outFile)),
      floor: floorOf(`parse floor backstage ${integer(BACKSTAGE_AT)}`, dir),
      budget: BACKSTAGE_BUDGET,
      files: () => integer(expected.files),
      findings: (actual, problems) => `${integer(expected.totalFindings)}/${integer(actual.findings)} ${problems.length ? 'MISMATCH' : 'OK'}`,
    },
    options,
    record,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Presentation.

const integer = (value) => Math.round(value).toLocaleString('en-US');
const seconds = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const megabytes = (kb) => (kb === undefined ? '?' : (kb / 1024).toFixed(0));

function machine() {
  const cpus = os.cpus();
  const memory = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${cpus[0]?.model?.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${memory} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** The 1-minute load average: other work on the machine slows the runs down. */
function load() {
  return os.loadavg()[0].toFixed(2);
}

function govlintLabel(bin) {
  const root = resolve(dirname(bin), '..');
  let version = '?';
  try {
    version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  } catch {
    // Not a package: leave the version out.
  }
  let commit = 'not a git checkout';
  try {
    const sha = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--', 'src', 'schemas', 'package.json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    commit = `git ${sha}${dirty ? ' with uncommitted changes in src/ or schemas/' : ''}`;
  } catch {
    // Not a git checkout.
  }
  return `govlint ${version} (${commit}), ${relative(process.cwd(), bin) || bin}`;
}

/** Warns when dist/ is older than src/: the benchmark runs the build, not the sources. */
function staleBuildWarning(bin) {
  const root = resolve(dirname(bin), '..');
  const newest = (dir, pattern) => {
    let latest = 0;
    if (!existsSync(dir)) return latest;
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile() && pattern.test(entry.name)) latest = Math.max(latest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
    }
    return latest;
  };
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) fail(`${join(root, 'dist')} is missing: run npm run build first`);
  const src = newest(join(root, 'src'), /\.ts$/);
  const dist = newest(join(root, 'dist'), /\.js$/);
  if (src > dist) log('bench: warning: src/ has changes newer than dist/; run npm run build to benchmark them');
}

function table(rows) {
  const header = ['entities', 'files', 'format', 'runs', 'median wall s', 'range s', 'entities/s', 'peak RSS MB', 'parse floor s', 'floor RSS MB', 'wall × floor', 'RSS × floor', 'findings expected/actual'];
  const align = ['---:', '---:', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---'];
  const lines = [`| ${header.join(' | ')} |`, `| ${align.join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function row(size, expected, format, result, floor) {
  const wall = result.walls.length ? median(result.walls) : undefined;
  const peak = result.rss.length ? Math.max(...result.rss) : undefined;
  const floorWall = floor?.walls.length ? median(floor.walls) : undefined;
  const floorPeak = floor?.rss.length ? Math.max(...floor.rss) : undefined;
  let findings;
  if (result.failed) findings = `FAILED`;
  else if (!result.verdict) findings = '?';
  else {
    const actual = modelledTotal(expected, result.verdict.actual, result.modelledOnly);
    findings = `${integer(expected.totalFindings)}/${integer(actual)} ${result.verdict.problems.length ? 'MISMATCH' : 'OK'}`;
  }
  return [
    integer(size),
    integer(expected.files),
    format,
    String(result.walls.length),
    wall === undefined ? '–' : seconds(wall),
    result.walls.length > 1 ? `${seconds(Math.min(...result.walls))}–${seconds(Math.max(...result.walls))}` : '–',
    wall === undefined || size === 1 ? '–' : integer(size / wall),
    megabytes(peak),
    floorWall === undefined ? '–' : seconds(floorWall),
    megabytes(floorPeak),
    wall && floorWall ? `${(wall / floorWall).toFixed(2)}×` : '–',
    peak && floorPeak ? `${(peak / floorPeak).toFixed(1)}×` : '–',
    findings,
  ];
}

function ruleTable(verdicts) {
  const sizes = [...verdicts.keys()];
  const rules = new Set(RULE_IDS);
  for (const { expected, verdict } of verdicts.values()) {
    for (const rule of Object.keys(expected.findings)) rules.add(rule);
    for (const rule of Object.keys(verdict?.actual.byRule ?? {})) rules.add(rule);
  }
  const lines = [`| rule | ${sizes.map((size) => `${integer(size)}: expected/actual`).join(' | ')} |`, `| --- | ${sizes.map(() => '---').join(' | ')} |`];
  for (const rule of [...rules].sort()) {
    const cells = sizes.map((size) => {
      const { expected, verdict } = verdicts.get(size);
      const want = expected.findings[rule];
      const got = verdict?.actual.byRule[rule] ?? 0;
      if (!verdict) return '?';
      if (want === undefined) return `not modelled/${integer(got)}`;
      return `${integer(want)}/${integer(got)}${want === got ? '' : ' MISMATCH'}`;
    });
    lines.push(`| ${rule} | ${cells.join(' | ')} |`);
  }
  // Not a rule: the findings valid suppression comments silenced (summary.suppressed).
  const cells = sizes.map((size) => {
    const { expected, verdict } = verdicts.get(size);
    if (!verdict) return '?';
    const want = expected.suppressed;
    const got = verdict.actual.summary?.suppressed;
    if (want === undefined) return `not modelled/${got === undefined ? '?' : integer(got)}`;
    return `${integer(want)}/${got === undefined ? '?' : integer(got)}${want === got ? '' : ' MISMATCH'}`;
  });
  lines.push(`| (suppressed by govlint-disable comments) | ${cells.join(' | ')} |`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(options.bin)) fail(`no govlint at ${options.bin}`);
  staleBuildWarning(options.bin);
  rssMethod = options.rss ?? detectRssMethod();
  const loadBefore = load();
  const label = options.label ?? govlintLabel(options.bin);
  const outDir = join(os.tmpdir(), `govlint-bench-out-${process.pid}`);
  mkdirSync(outDir, { recursive: true });

  const rows = [];
  const problems = [];
  const notes = [];
  const verdicts = new Map();
  const record = (name, result) => {
    if (result.failed) problems.push(result.failed);
    if (result.verdict) {
      for (const problem of result.verdict.problems) problems.push(`${name}: ${problem}`);
      for (const note of result.verdict.notes) notes.push(`${name}: ${note}`);
    }
    if (result.deterministic === false) problems.push(`${name}: the output differed between runs`);
  };
  const govlint = (name, dir, expected, format, extra = []) => {
    const outFile = join(outDir, `report.${format}`);
    const args = ['check', '.', '--today', TODAY, '-f', format, '-o', outFile, ...extra];
    return { ...series(name, options.bin, args, dir, govlintCheck(expected, format, outFile, options)), modelledOnly: options.modelledOnly };
  };
  const floorOf = (name, dir) => series(name, FLOOR, [dir], dir, { exitCodes: [0] });

  const sizes = options.backstageOnly ? [] : options.sizes;
  for (const size of [...sizes].sort((a, b) => a - b)) {
    const { dir, expected } = repoFor(size, options.regenerate);
    const runs = options.runs ?? (size > 10_000 ? 3 : 5);
    log(`${integer(size)} entities, ${runs} runs each`);
    await measure(FLOOR, [dir], { cwd: dir, timeoutSeconds: options.timeout }); // warms the page cache
    const formats = size === FORMATS_AT ? ['json', 'text', 'sarif'] : ['json'];
    const runsOf = formats.map((format) => govlint(`govlint ${format} ${integer(size)}`, dir, expected, format));
    // An unchanged repo checked again with --cache, as on a developer's machine: the cache is written before the runs.
    const cacheFile = join(outDir, `cache-${size}`);
    const cached = govlint(`govlint json --cache ${integer(size)}`, dir, expected, 'json', ['--cache-location', cacheFile]);
    await measure(options.bin, cached.args, { cwd: dir, timeoutSeconds: options.timeout });
    const floor = floorOf(`parse floor ${integer(size)}`, dir);
    await runInterleaved([...runsOf, cached, floor], runs, options);
    verdicts.set(size, { expected, verdict: runsOf[0].verdict });
    for (const [index, format] of formats.entries()) {
      record(`${integer(size)} ${format}`, runsOf[index]);
      rows.push(row(size, expected, format, runsOf[index], floor));
    }
    record(`${integer(size)} json --cache`, cached);
    rows.push(row(size, expected, 'json, warm --cache', cached, floor));
    record(`${integer(size)} parse floor`, floor);
  }

  if (sizes.includes(MANY_FINDINGS_AT)) {
    const { dir } = repoFor(MANY_FINDINGS_AT, false);
    rows.push(await manyFindingsRow(dir, outDir, options, record, floorOf));
  }

  // Fails (exit 2, an unknown preset) until govlint has the govlint:backstage preset.
  const backstage = options.backstageOnly || sizes.includes(BACKSTAGE_AT);
  if (backstage) rows.push(await backstageRow(outDir, options, record, floorOf));

  const one = oneFileRepo();
  const oneRuns = options.runs ? Math.max(options.runs, 10) : 10;
  log(`one-file repo, ${oneRuns} runs each`);
  const oneJson = govlint('govlint json one file', one.dir, one.expected, 'json');
  const oneFloor = floorOf('parse floor one file', one.dir);
  await runInterleaved([oneJson, oneFloor], oneRuns, options);
  record('one file json', oneJson);
  record('one file parse floor', oneFloor);
  rows.push(row(1, one.expected, 'json', oneJson, oneFloor));
  rmSync(outDir, { recursive: true, force: true });

  const lines = [
    `Machine: ${machine()}; load average ${loadBefore} before the runs, ${load()} after.`,
    `govlint: ${label}`,
    `Command: govlint check <repo> --today ${TODAY} -f <format> -o <file>, run in the repo; generator v${registerGenerator.GENERATOR_VERSION}, seed ${registerGenerator.DEFAULT_SEED}, about 2% of entities with a defect.`,
    ...(backstage ? [`Backstage catalog: the same command with the repo's config (govlint:recommended and govlint:backstage); bench/generate-backstage.mjs v${backstageGenerator.GENERATOR_VERSION}, seed ${backstageGenerator.DEFAULT_SEED}, 2% of entities with an unresolved owner or system, one finding each.`] : []),
    `Wall time: median of the runs, whole process. Peak RSS: largest of the runs, ${rssMethod === 'gnu-time' ? 'GNU time (/usr/bin/time -f %M)' : 'process.resourceUsage().maxRSS in-process (bench/rss-wrapper.mjs)'}. Parse floor: bench/parse-floor.mjs (read and parse into syntax trees with the build of yaml govlint bundles, and the bodies of Markdown RACI matrices with the GFM parser govlint uses; nothing else).`,
    '',
    table(rows),
  ];
  if (verdicts.size) lines.push('', 'Findings by rule (JSON output):', '', ruleTable(verdicts));
  if (notes.length) lines.push('', 'Not compared (--modelled-only):', '', ...notes.map((note) => `- ${note}`));
  if (problems.length) lines.push('', 'Mismatches and failures:', '', ...problems.map((problem) => `- ${problem}`));
  const text = `${lines.join('\n')}\n`;
  process.stdout.write(`\n${text}`);

  if (options.write) {
    const date = new Date().toISOString().slice(0, 10);
    const file = join(BENCH_DIR, 'RESULTS.md');
    writeFileSync(file, `# govlint benchmark results\n\nRun on ${date} with \`npm run bench\`.\n\n${text}`);
    log(`wrote ${relative(process.cwd(), file) || file}`);
  }
  process.exitCode = problems.length ? 1 : 0;
}

await main();

#!/usr/bin/env node
// Checks govlint's SARIF with the official SARIF validator (the SARIF Multitool's `validate`), its GitHub rules
// included, on the bundled examples and on a scratch repo that holds the hard cases. Fails on any error or warning
// the validator reports; its notes are advice, printed but not failing. Needs a build (npm run build), the npm
// registry or cache, and a POSIX shell. Usage: node scripts/validate-sarif.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const ROOT = resolve(import.meta.dirname, '..');
const GOVLINT = join(ROOT, 'bin/govlint.js');
const TODAY = '2026-11-22';
const MULTITOOL = '@microsoft/sarif-multitool@5.7.0';
/** The validator's rule sets: `Sarif` (the specification's rules) and `Gh` (what GitHub code scanning requires). */
const RULE_KINDS = 'Sarif;Gh';

/**
 * A repo with what is easy to get wrong in SARIF: related locations (a duplicated id), a suppression, file names to
 * encode, a finding at a RACI table cell, braces in a message, and results at every level.
 */
const SCRATCH_REPO = {
  'people.yaml': people(['ada', 'grace', 'priya-raman', 'thomas-berg', 'omar-haddad']),
  'my docs/#1 100% équipe.yaml': ['kind: System', 'id: pos', 'lifecycle: planned', 'roles:', '  system-owner: ada', ''].join('\n'),
  'sécurité/pos copy.yaml': ['kind: System', 'id: pos', 'lifecycle: planned', 'roles:', '  system-owner: grace', ''].join('\n'),
  'processes/incident.yaml': [
    'kind: Process',
    'id: incident',
    'roles:',
    '  # govlint-disable-next-line process/single-owner -- two owners while the service desks merge',
    '  process-owner: [ada, grace]',
    '',
  ].join('\n'),
  'processes/change.yaml': ['kind: Process', 'id: change', 'roles:', '  process-owner: ada', ''].join('\n'),
  // Braces in a message, which SARIF reads as placeholders ({0}) unless they are doubled.
  'systems/braces.yaml': ['kind: System', 'id: braces', 'lifecycle: planned', 'roles:', "  system-owner: '{0} {{x}} }'", ''].join('\n'),
  'docs/pos-sla.md': ['---', 'kind: Document', 'id: pos-sla', 'describes: [pos]', 'reviewed: 2025-01-15', '---', '# POS SLA', ''].join('\n'),
  'raci/cut-over.md': [
    '---',
    'kind: Raci',
    'id: cut-over-raci',
    'scope: incident',
    '---',
    '| Task | Critical | priya-raman | thomas-berg | omar-haddad |',
    '|------|:--------:|:-----------:|:-----------:|:-----------:|',
    '| Approve the plan | yes | A | R | C |',
    '| Migrate open orders | yes | I | R | R |',
    '',
  ].join('\n'),
};

const runs = [
  { name: 'examples/omnichannel', cwd: ROOT, args: ['examples/omnichannel'] },
  { name: 'examples/omnichannel, with a category', cwd: ROOT, args: ['examples/omnichannel', '--sarif-category', 'governance/omnichannel'] },
  { name: 'examples/vendors (a plugin)', cwd: ROOT, args: ['examples/vendors'] },
  { name: 'scratch repo', cwd: writeRepo(SCRATCH_REPO), args: ['.'] },
  { name: 'scratch repo against a baseline (baselineState)', cwd: withBaseline(writeRepo(SCRATCH_REPO)), args: ['.', '--baseline', 'baseline.json'] },
];

const work = mkdtempSync(join(tmpdir(), 'govlint-sarif-'));
const validateSchema = schemaValidator();
let failed = false;
for (const [index, run] of runs.entries()) {
  const log = join(work, `govlint-${index}.sarif`);
  const generated = generate(run, log);
  const problems = generated.fails ? [generated] : [generated, ...schemaProblems(log), ...validatorProblems(log, join(work, `validator-${index}.sarif`))];
  const runFailed = problems.some((problem) => problem.fails);
  failed ||= runFailed;
  console.log(`${runFailed ? '✖' : '✔'} ${run.name}`);
  for (const problem of problems) console.log(`    ${problem.text}`);
}
rmSync(work, { recursive: true, force: true });
for (const run of runs) if (run.cwd !== ROOT) rmSync(run.cwd, { recursive: true, force: true });
console.log(failed ? '\nThe SARIF validator found problems.' : `\nThe SARIF validator (${MULTITOOL}, rules ${RULE_KINDS}) found no error or warning.`);
process.exitCode = failed ? 1 : 0;

/** Runs govlint; exit code 1 only says that the repo has errors, 2 that govlint could not do its job. */
function generate(run, log) {
  const result = spawnSync(process.execPath, [GOVLINT, 'check', ...run.args, '--today', TODAY, '-f', 'sarif', '-o', log], { cwd: run.cwd, encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) return { fails: true, text: `govlint exited with ${result.status}: ${result.stderr.trim()}` };
  const count = JSON.parse(readFileSync(log, 'utf8')).runs[0].results.length;
  return { fails: false, text: `govlint wrote ${count} result${count === 1 ? '' : 's'}` };
}

/** The OASIS JSON schema too, as the tests use it: the validator silently skips a log it cannot deserialize. */
function schemaProblems(log) {
  return validateSchema(JSON.parse(readFileSync(log, 'utf8'))) ? [] : validateSchema.errors.map((error) => ({ fails: true, text: `schema: ${error.instancePath} ${error.message}` }));
}

/** Runs the validator on a log and judges the log it writes about it. */
function validatorProblems(log, output) {
  // The package's launcher hands its arguments to a shell, so each is quoted for that (POSIX) shell.
  const args = ['validate', log, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', RULE_KINDS, '--level', 'Error;Warning;Note'];
  const result = spawnSync('npx', ['--yes', MULTITOOL, ...args.map(shellQuote)], { cwd: ROOT, encoding: 'utf8' });
  try {
    return judge(JSON.parse(readFileSync(output, 'utf8')));
  } catch {
    return [{ fails: true, text: `the validator wrote no log (exit code ${result.status}): ${`${result.stdout}\n${result.stderr}`.trim()}` }];
  }
}

/**
 * Errors and warnings fail, as results or as notifications about the validator's own run; notes are counted. The
 * validator exits with 0 whatever it finds, so its log is what counts.
 */
function judge(report) {
  const problems = [];
  const notes = new Map();
  let results = 0;
  for (const run of report.runs ?? []) {
    const rules = run.tool?.driver?.rules ?? [];
    for (const invocation of run.invocations ?? []) {
      if (invocation.executionSuccessful === false) problems.push({ fails: true, text: 'the validator says its run did not succeed' });
      for (const notification of [...(invocation.toolExecutionNotifications ?? []), ...(invocation.toolConfigurationNotifications ?? [])]) {
        const level = notification.level ?? 'warning';
        if (level === 'error' || level === 'warning') problems.push({ fails: true, text: `validator ${level}: ${notification.message?.text ?? JSON.stringify(notification.message)}` });
      }
    }
    for (const result of run.results ?? []) {
      results++;
      if ((result.kind ?? 'fail') !== 'fail') continue;
      const rule = rules[result.ruleIndex] ?? rules.find((candidate) => candidate.id === result.ruleId);
      const name = rule?.name ? `${result.ruleId} ${rule.name}` : result.ruleId;
      // A result without a level takes its rule's default level, and SARIF's default is warning.
      const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
      if (level === 'error' || level === 'warning') problems.push({ fails: true, text: `${level} ${name}: ${messageText(result, rule)}` });
      else notes.set(name, (notes.get(name) ?? 0) + 1);
    }
  }
  // Every govlint log draws a note at least (SARIF2003: no version-control provenance), so none means no analysis.
  if (results === 0) problems.push({ fails: true, text: 'the validator reported nothing, not even a note: it did not analyze the log' });
  if (notes.size > 0) {
    const counts = [...notes].sort().map(([name, count]) => `${name} ×${count}`);
    problems.push({ fails: false, text: `notes, advice that does not fail: ${counts.join(', ')}` });
  }
  return problems;
}

/** A result's message, with its arguments put into the rule's message string. */
function messageText(result, rule) {
  if (result.message?.text) return result.message.text;
  const template = rule?.messageStrings?.[result.message?.id]?.text ?? result.message?.id ?? '';
  return template.replace(/\{(\d+)\}/g, (_, index) => result.message?.arguments?.[Number(index)] ?? '');
}

function shellQuote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function schemaValidator() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new ajvDraft04({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

function people(ids) {
  return ids.map((id) => `kind: Person\nid: ${id}\n`).join('---\n');
}

/** Records the repo's findings in baseline.json, then adds one, so that results are both `unchanged` and `new`. */
function withBaseline(root) {
  const result = spawnSync(process.execPath, [GOVLINT, 'baseline', '.', '--today', TODAY, '-o', 'baseline.json'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`govlint baseline exited with ${result.status}: ${result.stderr.trim()}`);
  writeFileSync(join(root, 'systems.yaml'), ['kind: System', 'id: crm', 'roles:', '  system-owner: nobody', ''].join('\n'));
  return root;
}

function writeRepo(files) {
  const root = mkdtempSync(join(tmpdir(), 'govlint-sarif-repo-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, runGovlint } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { validateSarif } from '../helpers/validate-sarif.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('a plugin from a local file', () => {
  it('adds a rule whose findings appear in text, JSON and SARIF', async () => {
    // One process writes the three formats (text to stdout, the others to files), as three runs would.
    const out = mkdtempSync(join(tmpdir(), 'govlint-plugin-reports-'));
    const [jsonFile, sarifFile] = [join(out, 'report.json'), join(out, 'report.sarif')];
    const text = await runGovlint(['check', 'examples/vendors', '--today', '2026-11-22', '-f', 'text', '-f', `json:${jsonFile}`, '-f', `sarif:${sarifFile}`], ROOT);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "examples/vendors/vendors/findwell.yaml\n  1:1  warning  Vendor 'findwell' supplies systems but has no contract: add `contract`, the id of the Document holding it.  vendors/has-contract\n",
    );

    const json = JSON.parse(readFileSync(jsonFile, 'utf8'));
    expect(json.findings).toMatchObject([{ ruleId: 'vendors/has-contract', file: 'examples/vendors/vendors/findwell.yaml', line: 1, column: 1, entity: { kind: 'Vendor', id: 'findwell' } }]);

    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
    rmSync(out, { recursive: true, force: true });
    expect(validateSarif(sarif)).toEqual([]);
    const run = sarif.runs[0];
    const result = run.results[0];
    expect(result.ruleId).toBe('vendors/has-contract');
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('vendors/has-contract');
  });

  it("checks the plugin's new kind against its schema and resolves its references", async () => {
    const result = await runInProcess(['check', '-f', 'json'], resolve(ROOT, 'test/fixtures/plugin-repo'));
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings.map((f: Record<string, unknown>) => [f.ruleId, f.line, f.column, f.message]);
    expect(findings).toEqual([
      ['refs/resolve', 3, 11, "Vendor 'acme': `contract` names 'acme-contrakt', but there is no Document with that id."],
      ['refs/resolve', 8, 9, "System 'payments': `vendor` names 'acmee', but there is no Vendor with that id (did you mean 'acme'?)."],
      ['refs/resolve', 10, 17, "System 'payments': `roles.system-owner` names 'nobody', but there is no Person with that id."],
      ['vendors/has-contract', 12, 1, "Vendor 'lonely' supplies systems but has no contract: add `contract`, the id of the Document holding it."],
    ]);
  });

  it('reports a rule that throws or reports garbage as an error naming it, at the config file that loads it, keeps every other finding, and exits 2', async () => {
    const result = await runInProcess(['check'], resolve(ROOT, 'test/fixtures/crashing-plugin'));
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('process/single-owner');
    expect(result.stdout).toContain(
      ".govlintrc.yaml\n  1:1  error  Rule crashing/always-throws failed, so its findings are missing: something broke inside the rule. Report this to the rule's author.  crashing/always-throws\n" +
        "  1:1  error  Rule crashing/reports-garbage failed, so its findings are missing: it reported a mapping, not { entity, path, message } or { file, range, message }. Report this to the rule's author.  crashing/reports-garbage\n",
    );
    expect(result.stderr).toBe(
      'govlint: rule crashing/always-throws failed, so the check is incomplete: something broke inside the rule\n' +
        'govlint: rule crashing/reports-garbage failed, so the check is incomplete: it reported a mapping, not { entity, path, message } or { file, range, message }\n',
    );
  });
});

describe('a plugin from an npm package', () => {
  const plugin = (body: string) => ({
    'node_modules/govlint-plugin-budget/package.json': '{ "name": "govlint-plugin-budget", "type": "module", "main": "index.js" }',
    'node_modules/govlint-plugin-budget/index.js': body,
    '.govlintrc.yaml': 'plugins: [govlint-plugin-budget]\n',
    'finance.yaml': 'kind: Program\nid: finance\nbudget: 12\n',
  });

  it('is resolved from the folder of the config and can add fields to a built-in kind', async () => {
    const body = "export default { name: 'budget', extendKinds: { Program: { properties: { budget: { type: 'string', description: 'Budget code.' } } } } };\n";
    const result = await runInProcess(['check'], makeRepo(plugin(body)));
    expect(result.stdout).toContain("3:9  error  Program 'finance': `budget` must be a text, not the number 12.  schema/valid");
  });

  it('stops with exit 2 naming the plugin when its schema is broken', async () => {
    const body = "export default { name: 'budget', extendKinds: { Program: { properties: { budget: { type: 'text' } } } } };\n";
    const result = await runInProcess(['check'], makeRepo(plugin(body)));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^govlint: plugin 'budget' has an invalid schema for kind 'Program': .*\n$/);
  });

  it('stops with exit 2 when the plugin is not a plugin object', async () => {
    const result = await runInProcess(['check'], makeRepo(plugin('export default 42;\n')));
    expect(result).toMatchObject({ code: 2, stderr: "govlint: plugin 'govlint-plugin-budget' must export a plugin object as its default export (use definePlugin)\n" });
  });
});

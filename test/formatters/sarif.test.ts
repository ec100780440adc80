import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../src/formatters/sarif.js';
import docsStale from '../../src/rules/docs-stale.js';
import idsUnique from '../../src/rules/ids-unique.js';
import processSingleOwner from '../../src/rules/process-single-owner.js';
import refsResolve from '../../src/rules/refs-resolve.js';
import schemaValid from '../../src/rules/schema-valid.js';
import yamlSyntax from '../../src/rules/yaml-syntax.js';
import { checkReport, finding, handReport } from '../helpers/check-report.js';
import { lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';
import { validateSarif } from '../helpers/validate-sarif.js';

interface SarifLocation {
  id?: number;
  physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> };
  message?: { text: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  properties?: { entity: { kind: string; id?: string } };
}

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<{ id: string; helpUri?: string; defaultConfiguration: { level: string } }> } };
    columnKind: string;
    results: SarifResult[];
  }>;
}

/** A small repo with findings of several rules, a duplicated id, and file names that need percent-encoding. */
const REPO = {
  'people.yaml': lines('kind: Person', 'id: ada', '---', 'kind: Person', 'id: grace'),
  'my docs/a#1%.yaml': lines('kind: System', 'id: pos', 'roles:', '  system-owner: adah'),
  'équipe/sécurité.yaml': lines('kind: System', 'id: pos'),
  'docs/pos.md': lines('---', 'kind: Document', 'id: pos-sla', 'reviewed: 2025-01-01', '---', '# SLA'),
  'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-owner: [ada, grace]'),
  'broken.yaml': lines('kind: Person', 'id: alan', 'name: "Alan'),
};

/** The rules these tests run, sorted by id as the config sorts them. */
const RULES = [docsStale, idsUnique, processSingleOwner, refsResolve, schemaValid, yamlSyntax];

function sarifOf(files: Record<string, string>): SarifLog {
  return JSON.parse(formatSarif(checkReport(lintFiles(files, { rules: RULES }), RULES), { color: false })) as SarifLog;
}

describe('formatSarif', () => {
  it('writes a log that the official SARIF 2.1.0 schema accepts', () => {
    const log = sarifOf(REPO);
    expect(log.runs[0]!.results.map((result) => result.ruleId)).toEqual([
      'yaml/syntax',
      'docs/stale',
      'refs/resolve',
      'process/single-owner',
      'ids/unique',
    ]);
    expect(validateSarif(log)).toEqual([]);
  });

  it('writes a valid log with no results', () => {
    const log = sarifOf({ 'people.yaml': lines('kind: Person', 'id: ada') });
    expect(log.runs[0]!.results).toEqual([]);
    expect(validateSarif(log)).toEqual([]);
  });

  it('describes the tool and every rule that ran, with its docs and configured level', () => {
    const log = sarifOf({});
    const { driver } = log.runs[0]!.tool;
    expect([log.version, driver.name, driver.version, driver.informationUri, log.runs[0]!.columnKind]).toEqual([
      '2.1.0',
      'govlint',
      '1.2.3',
      'https://github.com/govlint/govlint',
      'utf16CodeUnits',
    ]);
    expect(driver.rules.map((rule) => rule.id)).toEqual(['docs/stale', 'ids/unique', 'process/single-owner', 'refs/resolve', 'schema/valid', 'yaml/syntax']);
    expect(driver.rules.find((rule) => rule.id === 'docs/stale')).toEqual({
      id: 'docs/stale',
      shortDescription: { text: 'A Document must have been reviewed within its `reviewEvery` interval (default and at most 6 months), and not in the future.' },
      fullDescription: { text: 'A Document must have been reviewed within its `reviewEvery` interval (default and at most 6 months), and not in the future.' },
      helpUri: 'https://github.com/govlint/govlint/blob/main/docs/rules/docs-stale.md',
      help: {
        text: 'A Document must have been reviewed within its `reviewEvery` interval (default and at most 6 months), and not in the future. See https://github.com/govlint/govlint/blob/main/docs/rules/docs-stale.md',
        markdown:
          'A Document must have been reviewed within its `reviewEvery` interval (default and at most 6 months), and not in the future.\n\n' +
          '[Documentation of `docs/stale`](https://github.com/govlint/govlint/blob/main/docs/rules/docs-stale.md): why the rule exists, what it finds, its options and examples.',
      },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['governance', 'docs'] },
    });
  });

  it('describes a rule without docs (declared in the config) or with docs that are no web page with its description alone, and encodes a plugin rule\'s docs URL', () => {
    const report = handReport([]);
    const rules = [
      { id: 'config/high-risk-mitigation', description: 'High risks need a `mitigation`.', severity: 'error' as const, configuredSeverity: 'error' as const },
      { id: 'governance/extra', description: 'Extra.', severity: 'note' as const, configuredSeverity: 'warning' as const, docs: 'https://example.com/a rule (v2).md' },
      { id: 'acme/relative', description: 'Relative.', severity: 'note' as const, configuredSeverity: 'note' as const, docs: 'docs/relative.md' },
      { id: 'acme/script', description: 'Script.', severity: 'note' as const, configuredSeverity: 'note' as const, docs: 'javascript:alert(1)' },
    ];
    const log = JSON.parse(formatSarif({ ...report, rules }, { color: false })) as SarifLog;
    expect(log.runs[0]!.tool.driver.rules).toEqual([
      {
        id: 'config/high-risk-mitigation',
        shortDescription: { text: 'High risks need a `mitigation`.' },
        fullDescription: { text: 'High risks need a `mitigation`.' },
        help: { text: 'High risks need a `mitigation`.', markdown: 'High risks need a `mitigation`.' },
        defaultConfiguration: { level: 'error' },
        properties: { tags: ['governance', 'config'] },
      },
      {
        id: 'governance/extra',
        shortDescription: { text: 'Extra.' },
        fullDescription: { text: 'Extra.' },
        helpUri: 'https://example.com/a%20rule%20(v2).md',
        help: {
          text: 'Extra. See https://example.com/a%20rule%20(v2).md',
          markdown: 'Extra.\n\n[Documentation of `governance/extra`](https://example.com/a%20rule%20%28v2%29.md): why the rule exists, what it finds, its options and examples.',
        },
        defaultConfiguration: { level: 'warning' },
        properties: { tags: ['governance'] },
      },
      {
        id: 'acme/relative',
        shortDescription: { text: 'Relative.' },
        fullDescription: { text: 'Relative.' },
        help: { text: 'Relative.', markdown: 'Relative.' },
        defaultConfiguration: { level: 'note' },
        properties: { tags: ['governance', 'acme'] },
      },
      {
        id: 'acme/script',
        shortDescription: { text: 'Script.' },
        fullDescription: { text: 'Script.' },
        help: { text: 'Script.', markdown: 'Script.' },
        defaultConfiguration: { level: 'note' },
        properties: { tags: ['governance', 'acme'] },
      },
    ]);
    expect(validateSarif(log)).toEqual([]);
  });

  it('sets automationDetails.id to the category and a slash only when a category is given', () => {
    const report = handReport([finding({ ruleId: 'docs/stale', file: 'd.md', line: 1, column: 1, message: 'Stale.' })]);
    const run = (options: { color: boolean; sarifCategory?: string }) => JSON.parse(formatSarif(report, options)) as SarifLog & { runs: Array<{ automationDetails?: unknown }> };
    expect(run({ color: false }).runs[0]).not.toHaveProperty('automationDetails');
    expect(run({ color: false, sarifCategory: '' }).runs[0]).not.toHaveProperty('automationDetails');
    const log = run({ color: false, sarifCategory: 'governance/omnichannel' });
    expect(log.runs[0]!.automationDetails).toEqual({ id: 'governance/omnichannel/' });
    expect(run({ color: false, sarifCategory: 'governance/' }).runs[0]!.automationDetails).toEqual({ id: 'governance/' });
    expect(validateSarif(log)).toEqual([]);
  });

  it('gives a result its baselineState when the finding has one, and keeps unchanged findings', () => {
    const findings = [
      finding({ ruleId: 'docs/stale', file: 'd.md', line: 1, column: 1, message: 'Stale.', baselineState: 'unchanged' }),
      finding({ ruleId: 'docs/stale', file: 'e.md', line: 1, column: 1, message: 'Stale.', baselineState: 'new' }),
      finding({ ruleId: 'docs/stale', file: 'f.md', line: 1, column: 1, message: 'Stale.' }),
    ];
    const log = JSON.parse(formatSarif(handReport(findings), { color: false })) as { runs: Array<{ results: Array<{ baselineState?: string }> }> };
    expect(log.runs[0]!.results.map((result) => result.baselineState)).toEqual(['unchanged', 'new', undefined]);
    expect(log.runs[0]!.results[2]).not.toHaveProperty('baselineState');
    expect(validateSarif(log)).toEqual([]);
  });

  it('points each result at its rule with ruleIndex', () => {
    const log = sarifOf(REPO);
    const { rules } = log.runs[0]!.tool.driver;
    for (const result of log.runs[0]!.results) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
    const stale = log.runs[0]!.results.find((result) => result.ruleId === 'docs/stale')!;
    expect(stale.ruleIndex).toBe(0);
    expect(log.runs[0]!.results.map((result) => result.ruleIndex)).toEqual([5, 0, 3, 2, 1]);
    expect(stale.level).toBe('warning');
  });

  it('leaves out ruleIndex for a result whose rule is not listed, and stays valid', () => {
    const report = handReport([finding({ ruleId: 'acme/has-contract', severity: 'note', file: 'vendors/acme.yaml', line: 1, column: 1, message: 'No contract.' })]);
    const log = JSON.parse(formatSarif(report, { color: false })) as SarifLog;
    const [result] = log.runs[0]!.results;
    expect(result).not.toHaveProperty('ruleIndex');
    expect(result!.level).toBe('note');
    expect(validateSarif(log)).toEqual([]);
  });

  it('gives a duplicated id the first use as a related location', () => {
    const result = sarifOf(REPO).runs[0]!.results.find((candidate) => candidate.ruleId === 'ids/unique')!;
    expect(result.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: '%C3%A9quipe/s%C3%A9curit%C3%A9.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 8 },
        },
      },
    ]);
    expect(result.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: {
          artifactLocation: { uri: 'my%20docs/a%231%25.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 8 },
        },
        message: { text: "System 'pos' first uses id 'pos' here." },
      },
    ]);
    expect(result.properties).toEqual({ entity: { kind: 'System', id: 'pos' } });
  });

  it('doubles literal braces in message text, which SARIF would read as placeholders such as {0}', () => {
    const findings = [
      finding({
        ruleId: 'ids/unique',
        file: 'a.yaml',
        line: 1,
        column: 1,
        message: "System '{0}' uses an id already taken: {{x}} and } {",
        related: [{ file: 'b.yaml', line: 2, column: 1, endLine: 2, endColumn: 4, message: "System '{1}' first uses it here." }],
      }),
    ];
    const log = JSON.parse(formatSarif(handReport(findings), { color: false }));
    const [result] = log.runs[0].results;
    expect(result.message).toEqual({ text: "System '{{0}}' uses an id already taken: {{{{x}}}} and }} {{" });
    expect(result.relatedLocations[0].message).toEqual({ text: "System '{{1}}' first uses it here." });
    expect(validateSarif(log)).toEqual([]);
  });

  it('percent-encodes spaces, #, % and non-ASCII letters in URIs and keeps the slashes', () => {
    const uris = sarifOf(REPO).runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['broken.yaml', 'docs/pos.md', 'my%20docs/a%231%25.yaml', 'processes/incident.yaml', '%C3%A9quipe/s%C3%A9curit%C3%A9.yaml']);
    expect(uris.map((uri) => decodeURIComponent(uri))).toEqual([
      'broken.yaml',
      'docs/pos.md',
      'my docs/a#1%.yaml',
      'processes/incident.yaml',
      'équipe/sécurité.yaml',
    ]);
  });

  it('gives every result a partial fingerprint, the same on every run', () => {
    const first = sarifOf(REPO).runs[0]!.results.map((result) => result.partialFingerprints);
    const second = sarifOf(REPO).runs[0]!.results.map((result) => result.partialFingerprints);
    expect(first).toHaveLength(5);
    for (const fingerprints of first) {
      expect(Object.keys(fingerprints)).toEqual(['govlint/v1']);
      expect(fingerprints['govlint/v1']).toMatch(/^[0-9a-f]{32}:1$/);
    }
    expect(new Set(first.map((fingerprints) => fingerprints['govlint/v1'])).size).toBe(5);
    expect(second).toEqual(first);
  });

  it('keeps fingerprints when lines move, including the first use of a duplicated id', () => {
    const moved = {
      ...REPO,
      'my docs/a#1%.yaml': lines('# The point of sale', '', 'kind: System', 'id: pos', 'roles:', '  system-owner: adah'),
      'docs/pos.md': lines('---', 'kind: Document', 'title: POS SLA', 'id: pos-sla', 'reviewed: 2025-01-01', '---', '# SLA'),
    };
    const fingerprints = (log: SarifLog) => log.runs[0]!.results.map((result) => `${result.ruleId} ${result.partialFingerprints['govlint/v1']}`).sort();
    const before = sarifOf(REPO);
    const after = sarifOf(moved);
    expect(after.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.region.startLine)).not.toEqual(
      before.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.region.startLine),
    );
    expect(fingerprints(after)).toEqual(fingerprints(before));
  });
});

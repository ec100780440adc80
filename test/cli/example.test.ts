import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';
import { validateSarif } from '../helpers/validate-sarif.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CHECK = ['check', 'examples/omnichannel', '--today', '2026-11-22'];

describe('the bundled example', () => {
  it('shows one realistic warning, naming the document owner, and passes', async () => {
    const result = await runInProcess(CHECK, ROOT);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'examples/omnichannel/docs/sla/inventory.md',
        "  9:11  warning  Document 'inventory-sla' is overdue for review: last reviewed 2025-12-01, due every 6 months, so due 2026-06-01. Review it and update `reviewed`.  docs/stale  → sofia-marquez",
        '',
        '⚠ 1 problem (0 errors, 1 warning, 0 notes) in 55 entities in 26 files.',
        '1 finding suppressed by govlint-disable comments.',
        '',
      ].join('\n'),
    });
  });

  it('gives SARIF that validates against the SARIF 2.1.0 schema', async () => {
    const sarif = JSON.parse((await runInProcess([...CHECK, '-f', 'sarif'], ROOT)).stdout);
    expect(validateSarif(sarif)).toEqual([]);
    // The exception in force stays in SARIF, marked with its justification, as code scanning expects.
    const results = sarif.runs[0].results as Array<{ level: string; ruleId: string; suppressions?: Array<{ kind: string; justification: string }> }>;
    expect(results.map(({ level, ruleId, suppressions }) => [level, ruleId, suppressions?.[0]?.kind])).toEqual([
      ['warning', 'docs/stale', undefined],
      ['warning', 'product/manager-and-owner', 'inSource'],
    ]);
  });

  it('gives a stable JSON report', async () => {
    const report = JSON.parse((await runInProcess([...CHECK, '-f', 'json'], ROOT)).stdout);
    expect(report.summary).toEqual({ error: 0, warning: 1, note: 0, suppressed: 1, inBaseline: 0, files: 26, entities: 55, skipped: [], unclaimed: [] });
    expect(report.findings[0]).toEqual({
      ruleId: 'docs/stale',
      severity: 'warning',
      message: "Document 'inventory-sla' is overdue for review: last reviewed 2025-12-01, due every 6 months, so due 2026-06-01. Review it and update `reviewed`.",
      file: 'examples/omnichannel/docs/sla/inventory.md',
      line: 9,
      column: 11,
      endLine: 9,
      endColumn: 21,
      entity: { kind: 'Document', id: 'inventory-sla' },
      related: [],
      owners: [{ id: 'sofia-marquez', name: 'Sofia Marquez', email: 'sofia.marquez@meridian-retail.example', roles: ['document-owner'] }],
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}:1$/),
    });
  });
});

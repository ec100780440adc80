import { describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline, isBaseline } from '../../src/engine/baseline.js';
import { formatJson } from '../../src/formatters/json.js';
import idsUnique from '../../src/rules/ids-unique.js';
import { checkReport } from '../helpers/check-report.js';
import { lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

/** `count` people with the same id in one file: each after the first is the same ids/unique finding. */
const sameIds = (count: number) => ({ 'people.yaml': Array.from({ length: count }, () => lines('kind: Person', 'id: ada')).join('---\n') });
const TAKEN = "Person 'ada' uses an id already taken by Person 'ada' in people.yaml: ids must be unique across the repo, so rename one of them.";

describe('baselines', () => {
  it('match each entry once: a second identical finding in the file is new', () => {
    const recorded = createBaseline(lintFiles(sameIds(2), { rules: [idsUnique] }).findings);
    expect(recorded.findings.map(({ ruleId, file, message }) => [ruleId, file, message])).toEqual([['ids/unique', 'people.yaml', TAKEN]]);

    const { findings } = lintFiles(sameIds(3), { rules: [idsUnique] });
    applyBaseline(findings, recorded);
    expect(findings.map(({ line, column, message, baselineState }) => [line, column, message, baselineState])).toEqual([
      [5, 5, TAKEN, 'unchanged'],
      [8, 5, TAKEN, 'new'],
    ]);
  });

  it('refuse a JSON report, though its findings carry fingerprints', () => {
    const result = lintFiles(sameIds(2), { rules: [idsUnique] });
    const report = JSON.parse(formatJson(checkReport(result, [idsUnique]), { color: false }));
    expect(report.findings).toMatchObject([{ ruleId: 'ids/unique', fingerprint: expect.any(String) }]);
    expect(isBaseline(report)).toBe(false);
    expect(isBaseline(JSON.parse(JSON.stringify(createBaseline(result.findings))))).toBe(true);
  });
});

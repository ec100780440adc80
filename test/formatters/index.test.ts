import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, loadFormatter } from '../../src/formatters/index.js';
import { finding, handReport } from '../helpers/check-report.js';

describe('loadFormatter', () => {
  it('loads a formatter for every format name', async () => {
    expect(FORMAT_NAMES).toEqual(['text', 'json', 'sarif', 'github', 'gitlab', 'junit', 'markdown']);
    for (const name of FORMAT_NAMES) expect(typeof (await loadFormatter(name))(handReport([]), { color: false })).toBe('string');
  });

  it('leaves suppressed findings and those already in the baseline out of every format but SARIF', async () => {
    const hidden = [
      finding({ ruleId: 'ids/unique', file: 'suppressed.yaml', line: 1, column: 1, message: 'Silenced.', suppression: { justification: 'migrating' } }),
      finding({ ruleId: 'docs/stale', file: 'known.md', line: 1, column: 1, message: 'Known.', baselineState: 'unchanged' }),
    ];
    for (const name of FORMAT_NAMES) {
      const output = (await loadFormatter(name))(handReport(hidden), { color: false });
      for (const text of ['suppressed.yaml', 'Silenced.', 'known.md', 'Known.']) expect(output.includes(text), `${name} shows ${text}`).toBe(name === 'sarif');
    }
  });
});

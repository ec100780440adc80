import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, loadFormatter } from '../../src/formatters/index.js';
import { finding, handReport } from '../helpers/check-report.js';

// More findings in one file than a function call may take as arguments: nothing may spread them into one.
const COUNT = 150_000;
const MANY = Array.from({ length: COUNT }, (_, index) =>
  finding({ ruleId: 'refs/resolve', file: 'incident.yaml', line: index + 6, column: 7, message: `Names p${index}, but there is no Person with that id.` }),
);

describe('150,000 findings in one file', () => {
  it('are formatted by every formatter', async () => {
    for (const name of FORMAT_NAMES) {
      const output = (await loadFormatter(name))(handReport(MANY), { color: false });
      expect(output, name).toContain(name === 'markdown' ? '150000 problems' : 'Names p149999, but there is no Person with that id.');
    }
    // Not a measure of speed: seven large reports take a while on a busy machine.
  }, 180_000);

  it('are listed by the text formatter, one a line, aligned to the widest position', async () => {
    const lines = (await loadFormatter('text'))(handReport(MANY), { color: false }).split('\n');
    expect(lines[0]).toBe('incident.yaml');
    expect(lines[1]).toBe('  6:7       error  Names p0, but there is no Person with that id.  refs/resolve');
    expect(lines[COUNT]).toBe('  150005:7  error  Names p149999, but there is no Person with that id.  refs/resolve');
    expect(lines.slice(COUNT + 2)).toEqual(['✖ 150000 problems (150000 errors, 0 warnings, 0 notes) in 3 entities in 2 files.', '']);
  });
});

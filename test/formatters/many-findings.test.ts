import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, loadFormatter } from '../../src/formatters/index.js';
import { finding, handReport } from '../helpers/check-report.js';

// More findings in one file than a function call may take as arguments: nothing may spread them into one, nor
// recurse once per finding. How many arguments a call may take depends on the stack: about 125,000 on Node's
// default stack of 984 KB. This file runs with a tenth of that (`--stack-size=98`, its own project in
// vitest.config.ts), where the limit is about 12,000, so 15,000 findings are as far above it as 150,000 are above
// the default one, and whatever uses the stack once per finding overflows at the same point: the same proof, at a
// tenth of the cost. The first test checks that the stack really is that small.
const COUNT = 15_000;
const MANY = Array.from({ length: COUNT }, (_, index) =>
  finding({ ruleId: 'refs/resolve', file: 'incident.yaml', line: index + 6, column: 7, message: `Names p${index}, but there is no Person with that id.` }),
);

describe(`${COUNT.toLocaleString('en')} findings in one file`, () => {
  it('are more than a call may take as arguments, on the stack this file runs with', () => {
    expect(() => Math.max(...MANY.map(({ line }) => line))).toThrow(RangeError);
  });

  it('are formatted by every formatter', async () => {
    for (const name of FORMAT_NAMES) {
      const output = (await loadFormatter(name))(handReport(MANY), { color: false });
      expect(output, name).toContain(name === 'markdown' ? `${COUNT} problems` : `Names p${COUNT - 1}, but there is no Person with that id.`);
    }
  });

  it('are listed by the text formatter, one a line, aligned to the widest position', async () => {
    const lines = (await loadFormatter('text'))(handReport(MANY), { color: false }).split('\n');
    expect(lines[0]).toBe('incident.yaml');
    expect(lines[1]).toBe('  6:7      error  Names p0, but there is no Person with that id.  refs/resolve');
    expect(lines[COUNT]).toBe('  15005:7  error  Names p14999, but there is no Person with that id.  refs/resolve');
    expect(lines.slice(COUNT + 2)).toEqual(['✖ 15000 problems (15000 errors, 0 warnings, 0 notes) in 3 entities in 2 files.', '']);
  });
});

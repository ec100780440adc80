import { describe, expect, it } from 'vitest';
import { progressOnStderr } from '../../src/cli/progress.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('progress on stderr', () => {
  it('stays silent for the first half second, then redraws one line at most every 100 ms and clears it', () => {
    const out = stream(true);
    let time = 0;
    const progress = progressOnStderr(out, {}, () => time);
    progress.update('read', 10, 100);
    time = 600;
    progress.update('read', 50, 100);
    time = 650;
    progress.update('read', 60, 100);
    time = 701;
    progress.update('checked', 70, 100);
    progress.end();
    expect(out.written).toEqual(['\r\u001b[2Kgovlint: read 50/100 files', '\r\u001b[2Kgovlint: checked 70/100 files', '\r\u001b[2K']);
  });

  it('writes nothing when stderr is not a terminal, or in CI', () => {
    for (const [out, env] of [[stream(false), {}], [stream(true), { CI: 'true' }]] as const) {
      let time = 0;
      const progress = progressOnStderr(out, env, () => time);
      time = 10_000;
      progress.update('read', 1, 2);
      progress.end();
      expect(out.written).toEqual([]);
    }
  });

  it('clears nothing when it showed nothing', () => {
    const out = stream(true);
    const progress = progressOnStderr(out, {}, () => 0);
    progress.update('read', 1, 2);
    progress.end();
    expect(out.written).toEqual([]);
  });
});

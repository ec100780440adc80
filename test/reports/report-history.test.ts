import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { historyRepo } from '../helpers/report-history-repo.js';
import { runInProcess } from '../helpers/run-in-process.js';
import type { ScratchRepo } from '../helpers/scratch-git.js';

describe('govlint report --history', () => {
  const repos: ScratchRepo[] = [];
  afterAll(() => repos.forEach((repo) => rmSync(repo.root, { recursive: true, force: true })));

  it('gives the headline at the end of each of the last n months, from the register as committed then', async () => {
    const repo = historyRepo();
    repos.push(repo);
    const result = await runInProcess(['report', '--today', '2026-11-22', '--history', '4', '-f', 'json'], repo.root);
    expect(result.stderr).toBe('');
    const { trend } = JSON.parse(result.stdout) as { trend: Array<{ month: string; commit?: string; headline?: { findings: { error: number }; entities: unknown[] } }> };
    expect(trend.map(({ month }) => month)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    expect(trend[0]).toEqual({ month: '2026-08' });
    expect(trend.slice(1).map(({ commit, headline }) => [commit?.length, headline?.findings.error, headline?.entities])).toEqual([
      [12, 1, [{ kind: 'Person', count: 1 }, { kind: 'System', count: 1 }]],
      [12, 0, [{ kind: 'Person', count: 1 }, { kind: 'System', count: 1 }]],
      [12, 1, [{ kind: 'Person', count: 1 }, { kind: 'System', count: 2 }]],
    ]);
  });

  it('draws a line chart per figure with one point per month that has a commit, and the figures as a table', async () => {
    const repo = historyRepo();
    repos.push(repo);
    const result = await runInProcess(['report', '--today', '2026-11-22', '--history', '3'], repo.root);
    expect(result.code).toBe(0);
    const charts = result.stdout.match(/<svg[^]*?<\/svg>/g)!;
    expect(charts).toHaveLength(4);
    for (const chart of charts) expect(chart.match(/<circle /g)).toHaveLength(3);
    expect(charts[0]).toContain('<desc id="trend-0-d">2026-09: 1, 2026-10: 0, 2026-11: 1</desc>');
    expect(result.stdout).toContain('<tr><th scope="row">2026-10</th><td class="num">0</td>');
  });

  it('is a usage error outside a Git repository, or for a number of months out of range', async () => {
    const repo = historyRepo();
    repos.push(repo);
    rmSync(`${repo.root}/.git`, { recursive: true, force: true });
    expect(await runInProcess(['report', '--today', '2026-11-22', '--history', '3'], repo.root)).toEqual({ code: 2, stdout: '', stderr: 'govlint: --history needs a Git repository, and this folder is in none\n' });
    expect(await runInProcess(['report', '--today', '2026-11-22', '--history', '0'], repo.root)).toEqual({ code: 2, stdout: '', stderr: 'govlint: --history must be a number of months from 1 to 120, not 0\n' });
  });
});

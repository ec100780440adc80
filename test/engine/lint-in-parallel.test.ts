import { describe, expect, it } from 'vitest';
import { lintInParallel } from '../../src/engine/lint.js';
import type { History } from '../../src/model/history.js';
import { inputFiles, lintSetup } from '../helpers/lint-files.js';

const FILES = inputFiles({ 'people.yaml': 'kind: Person\nid: ada\n', 'sla.md': '---\nkind: Document\nid: sla\nreviewed: 2026-01-10\n---\n# SLA\n' });

const HISTORY: History = { root: '/repo', commitState: () => ({ state: 'uncommitted' }), changes: () => [] };

describe('lintInParallel', () => {
  it('waits for a history still loading once the files are parsed, and gives it to the model', async () => {
    let loaded = false;
    const history = new Promise<History>((resolve) => setTimeout(() => ((loaded = true), resolve(HISTORY)), 20));
    const result = await lintInParallel(FILES, lintSetup(), history);
    expect(loaded).toBe(true);
    expect(result.model.history).toBe(HISTORY);
  });

  it('fails with the error the history failed with, after parsing, and not as an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      // Rejected at once, as git failing at start would: before lintInParallel gets to wait for it.
      const failure = Promise.reject(new Error('git log failed'));
      const outcome = expect(lintInParallel(FILES, lintSetup(), failure)).rejects.toThrow('git log failed');
      // Time for Node to report a rejection nobody handles.
      await new Promise((resolve) => setTimeout(resolve, 20));
      await outcome;
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Gives the whole test run one temporary folder and removes it at the end, so that `npm test` leaves nothing
 * behind in the system's temp folder, whatever a test or a process it starts (git, pre-commit, govlint) creates.
 * Set before the test workers start, TMPDIR reaches them and every process they spawn through `os.tmpdir()`.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'govlint-tests-'));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}

import { execFileSync } from 'node:child_process';
import { makeRepo } from './run-cli.js';

const IDENTITY = ['-c', 'user.name=Governance Lead', '-c', 'user.email=lead@example.com', '-c', 'commit.gpgsign=false'];

/** Runs git in a folder with a fixed identity and, when given, a fixed date for commits. */
export function git(cwd: string, args: readonly string[], date?: string): string {
  const env = { ...process.env, ...(date ? { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` } : {}) };
  return execFileSync('git', [...IDENTITY, ...args], { cwd, env, encoding: 'utf8' });
}

/** A new Git repository holding these files in one commit on `main`. */
export function makeGitRepo(files: Record<string, string>): string {
  const root = makeRepo(files);
  git(root, ['init', '-q', '-b', 'main']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', 'Initial governance'], '2026-01-15');
  return root;
}

import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The root of the governance repo, whose files are all loaded so that references resolve: --root when given, else
 * the folder of the config file found by searching, else the Git top level, else the current folder.
 */
export async function findRoot(explicit: string | undefined, configDir: string | undefined, from: string): Promise<string> {
  if (explicit !== undefined) return resolve(explicit);
  if (configDir !== undefined) return configDir;
  return (await gitTopLevel(from)) ?? process.cwd();
}

function gitTopLevel(cwd: string): Promise<string | undefined> {
  return new Promise((done) => {
    execFile('git', ['rev-parse', '--show-toplevel'], { cwd }, (error, stdout) => done(error ? undefined : resolve(stdout.trim())));
  });
}

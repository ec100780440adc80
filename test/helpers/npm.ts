import { spawnSync } from 'node:child_process';

/**
 * The environment for npm and an installed govlint run by a test: without the `npm_*` variables that `npm test`
 * sets for its script (they would steer the npm run here), without colour settings, and with npm's notices off.
 */
export function installEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(name) && !['FORCE_COLOR', 'NO_COLOR', 'CI'].includes(name)) env[name] = value;
  }
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

/** Runs a program to its end in that environment. */
export function runProgram(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, { cwd, env: { ...installEnv(), ...env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs npm, taking packages from its cache before the registry; throws with npm's output when it fails. */
export function npm(args: readonly string[], cwd: string): string {
  const result = runProgram('npm', [...args, '--prefer-offline'], cwd);
  if (result.code !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

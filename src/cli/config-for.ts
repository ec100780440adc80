import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { resolveConfig, type ResolvedConfig } from '../config/resolve-config.js';

/** The configuration that applies to a folder or file: --config if given, else the nearest one from there upwards. */
export async function configFor(target: string, configFile: string | undefined, allowCode = true): Promise<ResolvedConfig> {
  const absolute = resolve(target);
  const isFolder = await stat(absolute).then((stats) => stats.isDirectory(), () => false);
  return resolveConfig(await loadConfig(isFolder ? absolute : dirname(absolute), configFile, allowCode));
}

import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import type { Plugin } from '../api/types.js';
import { UsageError } from '../util/usage-error.js';
import { importCode } from './import-code.js';

/** Loads each plugin named in the config: a file path relative to the config, or a package installed beside it. */
export async function loadPlugins(specifiers: readonly string[], baseDir: string): Promise<Plugin[]> {
  const plugins: Plugin[] = [];
  for (const specifier of specifiers) plugins.push(await loadPlugin(specifier, baseDir));
  return plugins;
}

async function loadPlugin(specifier: string, baseDir: string): Promise<Plugin> {
  let module: { default?: unknown };
  try {
    module = (await importCode(resolvePlugin(specifier, baseDir))) as { default?: unknown };
  } catch (error) {
    throw new UsageError(`cannot load plugin '${specifier}': ${(error as Error).message.split('\n')[0]}`);
  }
  const plugin = module.default;
  const problem = shapeProblem(plugin);
  if (problem) throw new UsageError(`plugin '${specifier}' ${problem}`);
  return plugin as Plugin;
}

function resolvePlugin(specifier: string, baseDir: string): string {
  if (specifier.startsWith('.') || isAbsolute(specifier)) return resolve(baseDir, specifier);
  return createRequire(join(baseDir, 'govlint-config.js')).resolve(specifier);
}

/** What is wrong with a loaded plugin's shape, so that a broken plugin fails at load with its name, not mid-run. */
function shapeProblem(plugin: unknown): string | undefined {
  if (plugin === null || typeof plugin !== 'object') return 'must export a plugin object as its default export (use definePlugin)';
  const { name, rules, kinds, extendKinds, formatKinds, presets, adapters } = plugin as Record<string, unknown>;
  if (typeof name !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    return 'must have a `name` of lowercase letters, digits and dashes: it namespaces its rules';
  }
  if (rules !== undefined && !Array.isArray(rules)) return 'has `rules` that is not a list';
  for (const rule of (rules as unknown[] | undefined) ?? []) {
    const meta = (rule as { meta?: Record<string, unknown> } | null)?.meta;
    if (typeof meta?.id !== 'string' || typeof meta.description !== 'string' || typeof (rule as { check?: unknown }).check !== 'function') {
      return 'has a rule without `meta.id`, `meta.description` or a `check` function';
    }
    if (!['error', 'warning', 'note'].includes(meta.severity as string)) {
      return `has rule '${meta.id}' whose \`meta.severity\` is not error, warning or note`;
    }
  }
  if (adapters !== undefined && !Array.isArray(adapters)) return 'has `adapters` that is not a list';
  for (const adapter of (adapters as unknown[] | undefined) ?? []) {
    const { name: adapterName, claims, adapt } = (adapter ?? {}) as Record<string, unknown>;
    if (typeof adapterName !== 'string' || typeof claims !== 'function' || typeof adapt !== 'function') {
      return 'has an adapter without a `name`, a `claims` function or an `adapt` function (use defineAdapter)';
    }
  }
  for (const [field, value] of [['kinds', kinds], ['extendKinds', extendKinds], ['formatKinds', formatKinds], ['presets', presets]] as const) {
    if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      return `has \`${field}\` that is not a mapping`;
    }
  }
  for (const [presetName, preset] of Object.entries((presets ?? {}) as Record<string, unknown>)) {
    const settings = (preset as { rules?: unknown } | null)?.rules;
    if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) return `has preset '${presetName}' without a \`rules\` mapping`;
  }
  return undefined;
}

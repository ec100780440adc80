import type { Plugin, Rule } from '../api/types.js';
import { backstagePlugin } from '../backstage/plugin.js';
import { didYouMean } from '../util/closest.js';
import { UsageError } from '../util/usage-error.js';

export const DEFAULT_PRESET = 'govlint:recommended';

/** Built-in presets that bring a plugin of govlint's own: its adapters, kinds and kind extensions. */
const BUILTIN_PLUGINS: Readonly<Record<string, Plugin>> = { 'govlint:backstage': backstagePlugin };

/** Whether a plugin is one of govlint's own, whose schemas are known to compile. */
export function isBuiltinPlugin(plugin: Plugin): boolean {
  return Object.values(BUILTIN_PLUGINS).includes(plugin);
}

/** The built-in plugins the presets named in `extends` bring, each once. */
export function builtinPluginsOf(presets: readonly string[]): Plugin[] {
  return [...new Set(presets.filter((name) => Object.hasOwn(BUILTIN_PLUGINS, name)).map((name) => BUILTIN_PLUGINS[name]!))];
}

/** Rule settings by rule id, as the config's `rules` holds them. */
export type RuleEntries = Record<string, unknown>;

/**
 * The rule settings of the presets named in `extends`, merged in order: `govlint:recommended` keeps every rule at
 * its default severity, `govlint:strict` turns warnings into errors (leaving opt-in rules off), and `<plugin>:<preset>` is a plugin's own.
 */
export function presetEntries(names: readonly string[], rules: readonly Rule<any>[], plugins: readonly Plugin[], where: string): RuleEntries {
  const entries: RuleEntries = {};
  for (const name of names) Object.assign(entries, presetRules(name, rules, plugins, where));
  return entries;
}

function presetRules(name: string, rules: readonly Rule<any>[], plugins: readonly Plugin[], where: string): RuleEntries {
  // govlint:backstage's rules are built-in ones, on at their own severity: the preset brings what they read.
  if (name === DEFAULT_PRESET || Object.hasOwn(BUILTIN_PLUGINS, name)) return {};
  if (name === 'govlint:strict') {
    return Object.fromEntries(rules.filter((rule) => rule.meta.severity === 'warning' && !rule.meta.optIn).map((rule) => [rule.meta.id, 'error']));
  }
  const [pluginName, presetName] = name.split(':') as [string, string];
  const plugin = plugins.find((candidate) => candidate.name === pluginName);
  const known = ['govlint:recommended', 'govlint:strict', ...Object.keys(BUILTIN_PLUGINS), ...plugins.flatMap((p) => Object.keys(p.presets ?? {}).map((preset) => `${p.name}:${preset}`))];
  const preset = plugin?.presets?.[presetName];
  if (!preset) throw new UsageError(`${where}: \`extends\` names an unknown preset '${name}'${didYouMean(name, known)}; known presets: ${known.join(', ')}`);
  // A plugin's preset names its rules without the plugin's prefix, as its rules are written.
  return Object.fromEntries(Object.entries(preset.rules).map(([id, entry]) => [id.includes('/') ? id : `${plugin!.name}/${id}`, entry]));
}

import type { Ajv } from 'ajv';
import type { Plugin, Rule, Severity } from '../api/types.js';
import type { RuleSetting } from '../engine/run-rules.js';
import { builtinRules } from '../rules/index.js';
import { builtinKindSchemas, readSchema, sharedDefinitions } from '../schema/builtin-kinds.js';
import { compileOnce } from '../schema/compile-cache.js';
import { compiledSchemas } from '../schema/precompiled.js';
import { composeKindSchema, extendKindSchema } from '../schema/compose-kind-schema.js';
import { createAjv } from '../schema/create-ajv.js';
import { kindNamesIn } from '../schema/kind-names.js';
import { KindRegistry } from '../schema/kind-registry.js';
import { toSchemaIssues } from '../schema/schema-issues.js';
import { braceExpansions } from '../io/brace-expansions.js';
import { patternProblem } from '../io/file-matcher.js';
import { didYouMean } from '../util/closest.js';
import { UsageError } from '../util/usage-error.js';
import type { Limits, LoadedConfig, RawConfig } from './load-config.js';
import { loadPlugins } from './load-plugins.js';
import { ruleOptions } from './rule-options.js';
import { customRules, type CustomRuleDeclaration } from './custom-rules.js';
import { builtinPluginsOf, DEFAULT_PRESET, isBuiltinPlugin, presetEntries } from './presets.js';
import type { Adapter } from '../adapt/types.js';

export const DEFAULT_INCLUDE = ['**/*.yaml', '**/*.yml', '**/*.md'];

/** Brace groups multiply: past this many patterns, expanding and matching them would stall the run. */
export const MAX_BRACE_EXPANSIONS = 256;

export const DEFAULT_LIMITS: Limits = { maxFileBytes: 10 * 1_048_576, maxDocuments: 10_000 };

/** The configuration with everything resolved: the files to check, the kinds, and the rules with their settings. */
export interface ResolvedConfig {
  /** The config file as shown to users, when one was found or given. */
  file?: string;
  /** The folder of that config file, absolute. */
  dir?: string;
  include: string[];
  exclude: string[];
  limits: Limits;
  kinds: KindRegistry;
  /** The adapters of the plugins and built-in presets, in order (src/adapt). */
  adapters: Adapter[];
  /** Every rule known (built-in and plugin), sorted by id: formatters describe them. */
  rules: Rule<any>[];
  /** The rules turned on, sorted by id. */
  settings: RuleSetting[];
}

export async function resolveConfig(loaded: LoadedConfig): Promise<ResolvedConfig> {
  // ajv is loaded only if a schema must be compiled now: rule options given in the config, or no precompiled validator.
  const ajv = lazily(() => createAjv({ useDefaults: true }));
  const where = loaded.file ?? 'the configuration';
  const config = loaded.file === undefined && isEmpty(loaded.config) ? loaded.config : validated(ajv, loaded.config, where);
  if (!loaded.allowCode && config.plugins?.length) {
    throw new UsageError(`${where}: loads plugins (${config.plugins.join(', ')}), which --no-code refuses to run`);
  }
  usablePatterns(config.include ?? [], 'include', where);
  usablePatterns(config.exclude ?? [], 'exclude', where);
  const presets = typeof config.extends === 'string' ? [config.extends] : (config.extends ?? [DEFAULT_PRESET]);
  // A built-in preset's plugin is part of govlint, not code from the repo: --no-code does not refuse it.
  const plugins = [...builtinPluginsOf(presets), ...(await loadPlugins(config.plugins ?? [], loaded.baseDir))];
  const kinds = collectKinds(plugins);
  const declared = knownKinds(config.customRules ?? [], kinds, where);
  // Fragments such as { required: [mitigation] } leave out `type: object`; ajv's strict typing would refuse them.
  const declaredRules = declared.length > 0 ? customRules(declared, createAjv({ strictTypes: false, strictRequired: false }), where) : [];
  const rules = collectRules(plugins, declaredRules);
  const entries = { ...presetEntries(presets, rules, plugins, where), ...config.rules };
  return {
    ...(loaded.file ? { file: loaded.file, dir: loaded.baseDir } : {}),
    include: config.include ?? DEFAULT_INCLUDE,
    exclude: config.exclude ?? [],
    limits: { ...DEFAULT_LIMITS, ...config.limits },
    kinds,
    adapters: plugins.flatMap((plugin) => plugin.adapters ?? []),
    rules,
    settings: ruleSettings(ajv, rules, kinds, entries, where),
  };
}

/** Patterns discovery can match (see `patternProblem`), each of a bounded number of brace expansions. */
function usablePatterns(patterns: readonly string[], key: 'include' | 'exclude', where: string): void {
  for (const pattern of patterns) {
    const problem = patternProblem(pattern, key);
    if (problem) throw new UsageError(`${where}: ${key} pattern '${pattern}' ${problem}`);
    const count = braceExpansions(pattern);
    if (count > MAX_BRACE_EXPANSIONS) {
      throw new UsageError(
        `${where}: ${key} pattern '${pattern}' expands to ${count > 1e15 ? 'more than 10^15' : count} patterns through its brace groups, more than the ${MAX_BRACE_EXPANSIONS} govlint allows: use fewer brace groups`,
      );
    }
  }
}

/** Declared rules must name kinds that exist, so that a typo does not silently check nothing. */
function knownKinds(declarations: readonly CustomRuleDeclaration[], kinds: KindRegistry, where: string): readonly CustomRuleDeclaration[] {
  for (const declaration of declarations) {
    for (const kind of declaration.kinds) {
      if (!kinds.has(kind)) {
        throw new UsageError(`${where}: custom rule '${declaration.id}' names an unknown kind '${kind}'${didYouMean(kind, kinds.names())}`);
      }
    }
  }
  return declarations;
}

/** With no config file there is nothing to validate: an empty config is valid. */
function isEmpty(config: unknown): boolean {
  return typeof config === 'object' && config !== null && !Array.isArray(config) && Object.keys(config).length === 0;
}

function validated(ajv: () => Ajv, config: unknown, where: string): RawConfig {
  const schema = readSchema('govlintrc.schema.json');
  // The validator compiled at build time, unless schemas/govlintrc.schema.json changed since.
  const precompiled = compiledSchemas?.config.schema === JSON.stringify(schema) ? compiledSchemas.config.validate : undefined;
  const validate = precompiled ?? compileOnce(`config\0${JSON.stringify(schema)}`, () => ajv().compile(schema));
  if (validate(config)) return config as RawConfig;
  const [issue] = toSchemaIssues(validate.errors ?? []);
  const message = /^(has|is) /.test(issue!.message) ? `the config ${issue!.message}` : issue!.message;
  throw new UsageError(`${where}: ${message}`);
}

export function collectRules(plugins: readonly Plugin[], declared: readonly Rule<any>[]): Rule<any>[] {
  const rules = new Map<string, Rule<any>>([...builtinRules, ...declared].map((rule) => [rule.meta.id, rule]));
  for (const plugin of plugins) {
    for (const rule of plugin.rules ?? []) {
      const id = `${plugin.name}/${rule.meta.id}`;
      if (rules.has(id)) throw new UsageError(`plugin '${plugin.name}' defines rule '${id}', which already exists`);
      rules.set(id, { ...rule, meta: { ...rule.meta, id } });
    }
  }
  return [...rules.values()].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
}

export function collectKinds(plugins: readonly Plugin[]): KindRegistry {
  const kinds = builtinKindSchemas();
  for (const plugin of plugins) {
    for (const [kind, definition] of Object.entries(plugin.kinds ?? {})) {
      if (kinds.has(kind)) throw new UsageError(`plugin '${plugin.name}' defines kind '${kind}', which already exists`);
      if (!/^[A-Z][A-Za-z0-9]*$/.test(kind)) throw new UsageError(`plugin '${plugin.name}' defines kind '${kind}': kind names are PascalCase`);
      kinds.set(kind, composeKindSchema(kind, definition));
    }
  }
  for (const plugin of plugins) {
    for (const [kind, schema] of Object.entries(plugin.formatKinds ?? {})) {
      if (kinds.has(kind)) throw new UsageError(`plugin '${plugin.name}' defines kind '${kind}', which already exists`);
      if (!new RegExp(`^${plugin.name}:[A-Z][A-Za-z0-9]*$`).test(kind)) throw new UsageError(`plugin '${plugin.name}' defines format kind '${kind}': such kinds are named ${plugin.name}:<PascalCase>`);
      kinds.set(kind, schema);
    }
  }
  for (const plugin of plugins) {
    for (const [kind, extension] of Object.entries(plugin.extendKinds ?? {})) {
      const schema = kinds.get(kind);
      if (!schema) throw new UsageError(`plugin '${plugin.name}' extends kind '${kind}', which does not exist`);
      kinds.set(kind, extendKindSchema(schema, extension));
    }
  }
  const registry = new KindRegistry([sharedDefinitions()], kinds);
  // Built-in schemas are known to compile; a plugin's are compiled now so that a mistake names the plugin. A built-in
  // preset's are compiled when first used, so that a catalog with no Risk does not load ajv for the extended Risk.
  for (const plugin of plugins.filter((candidate) => !isBuiltinPlugin(candidate))) {
    for (const kind of [...Object.keys(plugin.kinds ?? {}), ...Object.keys(plugin.formatKinds ?? {}), ...Object.keys(plugin.extendKinds ?? {})]) {
      try {
        registry.compile(kind);
      } catch (error) {
        throw new UsageError(`plugin '${plugin.name}' has an invalid schema for kind '${kind}': ${(error as Error).message}`);
      }
    }
  }
  return registry;
}

export function ruleSettings(ajv: () => Ajv, rules: readonly Rule<any>[], kinds: KindRegistry, configured: Record<string, unknown>, where: string): RuleSetting[] {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  for (const id of Object.keys(configured)) {
    if (!byId.has(id)) throw new UsageError(`${where}: \`rules\` names an unknown rule '${id}'${didYouMean(id, byId.keys())}`);
  }
  const settings: RuleSetting[] = [];
  for (const rule of rules) {
    const entry = configured[rule.meta.id];
    const [severity, options] = Array.isArray(entry) ? entry : [entry ?? (rule.meta.optIn ? 'off' : rule.meta.severity), undefined];
    if (severity === 'off') continue;
    const setting: RuleSetting = { rule, severity: severity as Severity, options: ruleOptions(ajv, rule, options, where) };
    // Like custom rules' kinds: a kind that does not exist would silently leave every entity out.
    for (const { name, path } of kindNamesIn(rule.meta.options, setting.options)) {
      if (!kinds.has(name)) throw new UsageError(`${where}: rule '${rule.meta.id}' option \`${path}\` names an unknown kind '${name}'${didYouMean(name, kinds.names())}`);
    }
    settings.push(setting);
  }
  return settings;
}

/** A value made on first use, once. */
function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

import { createAjv } from '../schema/create-ajv.js';
import type { ResolvedConfig } from './resolve-config.js';
import { ruleOptions } from './rule-options.js';

/**
 * A rule's options in force, with the defaults filled in, and whether the config turns the rule on: for a rule it
 * turns off, the defaults, so that a report can still count as the rule would. Undefined for an unknown rule.
 */
export function optionsInForce(config: ResolvedConfig, ruleId: string): { on: boolean; options: Record<string, unknown> } | undefined {
  const setting = config.settings.find(({ rule }) => rule.meta.id === ruleId);
  if (setting) return { on: true, options: setting.options };
  const rule = config.rules.find((known) => known.meta.id === ruleId);
  return rule && { on: false, options: ruleOptions(() => createAjv({ useDefaults: true }), rule, undefined, ruleId) };
}

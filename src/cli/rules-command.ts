import type { Severity } from '../api/types.js';
import { CUSTOM_RULE_PREFIX } from '../config/custom-rules.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { builtinRules } from '../rules/index.js';
import { escapeTerminal } from '../formatters/escape-terminal.js';

export interface RuleListing {
  id: string;
  severity: Severity | 'off';
  source: 'built-in' | 'plugin' | 'config';
  description: string;
  docs?: string;
}

/** Every rule the config knows, with the severity it runs at (or off), where it comes from, and what it finds. */
export function listRules(config: ResolvedConfig): RuleListing[] {
  const severities = new Map(config.settings.map(({ rule, severity }) => [rule.meta.id, severity]));
  const builtin = new Set(builtinRules.map((rule) => rule.meta.id));
  return config.rules.map(({ meta }) => ({
    id: meta.id,
    severity: severities.get(meta.id) ?? 'off',
    source: builtin.has(meta.id) ? 'built-in' : meta.id.startsWith(CUSTOM_RULE_PREFIX) ? 'config' : 'plugin',
    description: meta.description,
    ...(meta.docs ? { docs: meta.docs } : {}),
  }));
}

/** `govlint rules`: one line per rule, columns aligned; or JSON. */
export function formatRuleList(rules: readonly RuleListing[], format: 'text' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(rules, null, 2)}\n`;
  const idWidth = Math.max(...rules.map((rule) => rule.id.length));
  const severityWidth = Math.max(...rules.map((rule) => rule.severity.length));
  const lines = rules.map(
    (rule) => `${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(severityWidth)}  ${escapeTerminal(rule.description)}${rule.source === 'built-in' ? '' : ` (${rule.source})`}`,
  );
  return `${lines.join('\n')}\n`;
}

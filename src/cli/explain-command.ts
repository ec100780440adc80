import { readFile } from 'node:fs/promises';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { escapeTerminal } from '../formatters/escape-terminal.js';
import { didYouMean } from '../util/closest.js';
import { UsageError } from '../util/usage-error.js';
import { withoutMarkers } from './options-table.js';
import { listRules } from './rules-command.js';

const DOCS_DIR = new URL('../../docs/rules/', import.meta.url);

/**
 * `govlint explain <rule>`: a built-in rule's documentation page (why, what it finds, examples, options); for a
 * plugin or config rule, what its metadata says. The severity it runs at under the current config comes first.
 */
export async function explainRule(config: ResolvedConfig, ruleId: string): Promise<string> {
  const listing = listRules(config).find((rule) => rule.id === ruleId);
  if (!listing) {
    throw new UsageError(`unknown rule '${ruleId}'${didYouMean(ruleId, config.rules.map((rule) => rule.meta.id))}; govlint rules lists them all`);
  }
  const header = `${ruleId}: ${listing.severity} under ${config.file ?? 'the default configuration'}\n\n`;
  if (listing.source === 'built-in') return header + withoutMarkers(await readFile(new URL(`${ruleId.replace('/', '-')}.md`, DOCS_DIR), 'utf8'));
  const { meta } = config.rules.find((rule) => rule.meta.id === ruleId)!;
  const options = meta.options ? `\n## Options\n\n${JSON.stringify(meta.options, null, 2)}\n` : '\n## Options\n\nNone.\n';
  const docs = meta.docs ? `\nMore: ${meta.docs}\n` : '';
  const about = `# ${escapeTerminal(ruleId)}\n\n${escapeTerminal(meta.description)}\n\n**Default severity:** ${meta.severity}${meta.optIn ? ', off unless the config turns it on' : ''} (${listing.source} rule)\n`;
  return header + about + options + docs;
}

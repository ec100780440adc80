// The Options section of a rule's docs page, written from the rule's options schema so that the two cannot
// disagree: each option's name, its `default` and its `description`. scripts/rule-docs.mjs writes it into
// docs/rules/*.md between the markers below (`npm run docs`); test/docs/rule-docs.test.ts fails when a page is stale.
import type { JsonSchema } from '../schema/builtin-kinds.js';

export const OPTIONS_START = "<!-- options:start (generated from the rule's options schema by `npm run docs`; do not edit) -->";
export const OPTIONS_END = '<!-- options:end -->';

interface OptionSchema {
  description?: string;
  default?: unknown;
  items?: { properties?: Record<string, OptionSchema>; required?: string[] };
}

/** The Markdown of a rule's options: "None." for a rule without any. */
export function optionsSection(schema: JsonSchema | undefined): string {
  const properties = Object.entries((schema?.properties ?? {}) as Record<string, OptionSchema>);
  if (properties.length === 0) return 'None.';
  const rows = properties.map(([name, option]) => `| \`${name}\` | ${defaultOf(option)} | ${meaning(option)} |`);
  const parts = [['| Option | Default | Meaning |', '| --- | --- | --- |', ...rows].join('\n')];
  for (const [name, option] of properties) {
    const entry = option.items;
    if (entry?.properties) {
      const required = entry.required ?? [];
      const keys = Object.entries(entry.properties).map(([key, inner]) => `| \`${key}\` | ${required.includes(key) ? '' : 'Optional. '}${meaning(inner)} |`);
      parts.push(`Each entry of \`${name}\` has:`, ['| Key | Meaning |', '| --- | --- |', ...keys].join('\n'));
    }
    if (isListOfMappings(option.default)) {
      parts.push(`The default \`${name}\`:`, ['```yaml', `${name}:`, ...option.default.map((item) => `  - ${inline(item)}`), '```'].join('\n'));
    }
  }
  return parts.join('\n\n');
}

/** The page with its options section, between the markers, replaced; an error when the page has no markers. */
export function withOptionsSection(page: string, section: string, name = 'the page'): string {
  const start = page.indexOf(OPTIONS_START);
  const end = page.indexOf(OPTIONS_END);
  if (start < 0 || end < start) throw new Error(`${name} has no ${OPTIONS_START} … ${OPTIONS_END} markers`);
  return `${page.slice(0, start + OPTIONS_START.length)}\n\n${section}\n\n${page.slice(end)}`;
}

/** The page without the markers, as people read it. */
export function withoutMarkers(page: string): string {
  return page.replace(`${OPTIONS_START}\n\n`, '').replace(`\n\n${OPTIONS_END}`, '');
}

function defaultOf(option: OptionSchema): string {
  if (!('default' in option)) return 'none';
  if (isListOfMappings(option.default)) {
    const count = option.default.length;
    return count === 1 ? 'the entry below' : `the ${NUMBERS[count] ?? count} entries below`;
  }
  return `\`${inline(option.default)}\``;
}

const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function meaning(option: OptionSchema): string {
  return (option.description ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function isListOfMappings(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object');
}

/** A value as YAML in flow style: `[a, b]`, `{ Risk: 1 month }`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{ ${Object.entries(value).map(([key, inner]) => `${key}: ${inline(inner)}`).join(', ')} }`;
  if (typeof value !== 'string') return String(value);
  // A plain scalar unless YAML would read it as something else.
  const plain = /^\w[\w .-]*$/.test(value) && !/^[\d.+-]+$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

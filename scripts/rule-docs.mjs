// Writes the Options section of every built-in rule's docs page (docs/rules/<area>-<name>.md) from the rule's
// options schema, between the page's options markers. Run by `npm run docs`, after the build: it reads dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import { optionsSection, withOptionsSection } from '../dist/cli/options-table.js';
import { builtinRules } from '../dist/rules/index.js';

for (const rule of builtinRules) {
  const page = `docs/rules/${rule.meta.id.replace('/', '-')}.md`;
  const file = new URL(`../${page}`, import.meta.url);
  const text = readFileSync(file, 'utf8');
  const updated = withOptionsSection(text, optionsSection(rule.meta.options), page);
  if (updated === text) continue;
  writeFileSync(file, updated);
  console.log(`govlint: updated ${page}`);
}

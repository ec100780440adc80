// The built-in rules as the benchmark knows them: read from govlint's build (dist/), never copied by hand, so that
// a rule added, renamed or given new defaults changes the benchmark with it.

import { fileURLToPath } from 'node:url';

const DIST = new URL('../dist/', import.meta.url);

let built;
try {
  built = await Promise.all(['rules/index.js', 'config/rule-options.js', 'schema/create-ajv.js'].map((file) => import(new URL(file, DIST).href)));
} catch (error) {
  process.stderr.write(`bench: cannot load govlint's build from ${fileURLToPath(DIST)} (${error.message}): run npm run build first\n`);
  process.exit(2);
}
const [{ builtinRules }, { ruleOptions }, { createAjv }] = built;

let ajv;

/**
 * Each built-in rule by id, sorted by id: its default severity and its options as a repo without a config gets them
 * (the options schema's defaults, filled in by ajv as `govlint check` does).
 */
export const RULES = new Map(
  builtinRules.map((rule) => [
    rule.meta.id,
    { id: rule.meta.id, severity: rule.meta.severity, options: ruleOptions(() => (ajv ??= createAjv({ useDefaults: true })), rule, undefined, 'the benchmark') },
  ]),
);

export const RULE_IDS = [...RULES.keys()];

/** The options `ruleId` runs with by default; throws on a rule that is not built in. */
export function optionsOf(ruleId) {
  const rule = RULES.get(ruleId);
  if (!rule) throw new Error(`no built-in rule '${ruleId}'`);
  return rule.options;
}

// The built-in rules as the benchmark knows them: read from govlint's build (dist/), never copied by hand, so that
// a rule added, renamed or given other defaults changes the benchmark with it.

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

/** The options of each built-in rule, by id, as a repo without a config gets them: filled in by ajv from the schema. */
const OPTIONS = new Map(
  builtinRules.map((rule) => [rule.meta.id, ruleOptions(() => (ajv ??= createAjv({ useDefaults: true })), rule, undefined, 'the benchmark')]),
);

/** The ids of the built-in rules, sorted. */
export const RULE_IDS = [...OPTIONS.keys()];

/** The rules that are off unless a config names them (`optIn`), as `id: severity` config entries. */
export const OPT_IN_RULES = builtinRules.filter((rule) => rule.meta.optIn).map((rule) => [rule.meta.id, rule.meta.severity]);

/** The options `ruleId` runs with by default; throws on a rule that is not built in. */
export function optionsOf(ruleId) {
  if (!OPTIONS.has(ruleId)) throw new Error(`no built-in rule '${ruleId}'`);
  return OPTIONS.get(ruleId);
}

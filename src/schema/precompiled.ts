import { existsSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';

/** A validator compiled at build time, with the JSON text of the schema it was compiled from. */
export interface CompiledSchema {
  /** `JSON.stringify` of the schema: a schema with other text (such as a kind a plugin extends) is compiled at run time. */
  schema: string;
  validate: ValidateFunction;
}

export interface CompiledSchemas {
  /** The built-in kinds, by kind. */
  kinds: Readonly<Record<string, CompiledSchema>>;
  /** The shared schemas the kinds were compiled with (defs.schema.json), by `$id`, as JSON text. */
  shared: Readonly<Record<string, string>>;
  /** govlintrc.schema.json, compiled with `useDefaults` as the config is validated. */
  config: CompiledSchema;
  /** The options schemas of the built-in rules, by rule id, compiled with `useDefaults`: ajv fills in their defaults. */
  ruleOptions: Readonly<Record<string, CompiledSchema>>;
}

/** Written by scripts/compile-schemas.mjs after tsc (`npm run build`); tsc never writes it, so a plain tsc keeps it. */
const GENERATED = new URL('./compiled-schemas.js', import.meta.url);

/**
 * The validators that scripts/compile-schemas.mjs generates with ajv's standalone code for the built-in kinds, the
 * config and the built-in rules' options, so that a run need not load ajv or compile anything. Undefined where none
 * were generated: run from the sources (as the tests are), or from a dist/ that tsc built alone; then every schema is
 * compiled at run time.
 */
export const compiledSchemas: CompiledSchemas | undefined = existsSync(GENERATED)
  ? ((await import(GENERATED.href)) as { compiledSchemas: CompiledSchemas }).compiledSchemas
  : undefined;

import type { Ajv, ValidateFunction } from 'ajv';
import type { Rule } from '../api/types.js';
import { compileOnce } from '../schema/compile-cache.js';
import { compiledSchemas } from '../schema/precompiled.js';
import { toSchemaIssues } from '../schema/schema-issues.js';
import { UsageError } from '../util/usage-error.js';

/**
 * A rule's options as the rule gets them: checked against its options schema before any rule runs, with what the
 * config leaves out filled in from the schema's `default`s by ajv (`useDefaults`), the one place defaults come from.
 * `ajv` is an ajv created with `useDefaults`, made on first use: a built-in rule's schema was compiled at build time.
 */
export function ruleOptions(ajv: () => Ajv, rule: Rule<any>, options: unknown, where: string): Record<string, unknown> {
  const schema = rule.meta.options;
  if (!schema) {
    if (options === undefined || Object.keys(options as object).length === 0) return {};
    throw new UsageError(`${where}: rule '${rule.meta.id}' takes no options; set only its severity`);
  }
  const value = structuredClone(options ?? {}) as Record<string, unknown>;
  const validate = optionsValidator(ajv, rule);
  if (validate(value)) return value;
  const [issue] = toSchemaIssues(validate.errors ?? []);
  const message = /^(has|is) /.test(issue!.message)
    ? issue!.message.replace(' field ', ' option ').replace('; known fields: ', '; known options: ')
    : `option ${issue!.message}`;
  throw new UsageError(`${where}: rule '${rule.meta.id}' ${message}`);
}

function optionsValidator(ajv: () => Ajv, rule: Rule<any>): ValidateFunction {
  // The validator compiled at build time, unless the rule's schema is not the one it was compiled from.
  const precompiled = compiledSchemas?.ruleOptions[rule.meta.id];
  if (precompiled?.schema === JSON.stringify(rule.meta.options)) return precompiled.validate;
  try {
    return compileOnce(`options\0${JSON.stringify(rule.meta.options)}`, () => ajv().compile(rule.meta.options!));
  } catch (error) {
    throw new UsageError(`rule '${rule.meta.id}' has an invalid options schema: ${(error as Error).message}`);
  }
}

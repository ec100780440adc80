import type { ValidateFunction } from 'ajv';

/**
 * Validators compiled at run time, kept for the life of the process by what they were compiled from: the schema's
 * JSON text and what else decides the code (the shared schemas, ajv's options). A program that lints more than once
 * (`who --leaving` checks the register twice; a test suite or an editor many times) compiles each schema once, as
 * a single check does. Compiling is the slow part of ajv; a validator keeps no state between calls but `errors`.
 */
const compiled = new Map<string, ValidateFunction>();

export function compileOnce(key: string, compile: () => ValidateFunction): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    validate = compile();
    compiled.set(key, validate);
  }
  return validate;
}

import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import { referenceKeyword } from './reference-keyword.js';

/** The validator for entities and for govlint's own config: every error at once, with the schema that raised it. */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, ...options });
  addFormats.default(ajv, ['date', 'email', 'uri']);
  ajv.addKeyword(referenceKeyword);
  return ajv;
}

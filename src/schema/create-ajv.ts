import { createRequire } from 'node:module';
import type { Ajv, Options } from 'ajv';
import { KIND_NAME_KEYWORD } from './kind-names.js';
import { referenceKeyword } from './reference-code.js';

const require = createRequire(import.meta.url);

/** The formats schemas may use; scripts/compile-schemas.mjs gets them through createAjv too, with their code. */
const FORMATS = ['date', 'email', 'uri'];

/**
 * The validator for entities and for govlint's own config: every error at once, with the schema that raised it.
 * ajv is loaded on the first call (it is CommonJS, so `require` loads it synchronously): a run whose schemas are
 * all precompiled (dist/schema/compiled-schemas.js) never loads it.
 */
export function createAjv(options: Options = {}): Ajv {
  const { Ajv } = require('ajv') as typeof import('ajv');
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, ...options });
  addFormats.default(ajv, FORMATS);
  ajv.addKeyword(referenceKeyword());
  // An annotation of rule options, checked against the known kinds once plugins are loaded (see kind-names.ts).
  ajv.addKeyword(KIND_NAME_KEYWORD);
  return ajv;
}

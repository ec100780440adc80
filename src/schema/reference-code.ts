import { createRequire } from 'node:module';
import type { CodeKeywordDefinition } from 'ajv';
import { REFERENCE_KEYWORD, recordReference } from './reference-keyword.js';

const require = createRequire(import.meta.url);

/**
 * The reference keyword as generated code: where the schema has `x-govlint-ref`, the validator calls
 * `recordReference(kinds, data, { instancePath, parentData, parentDataProperty })`, the same context ajv gives a
 * keyword's `validate` function, so references are collected in the one validation pass. The code is the same
 * whether ajv compiles the schema now or scripts/compile-schemas.mjs wrote it into dist at build time.
 * Loads ajv's code generator, so only create-ajv.ts calls this.
 */
export function referenceKeyword(): CodeKeywordDefinition {
  const { _ } = require('ajv') as typeof import('ajv');
  const { strConcat } = require('ajv/dist/compile/codegen') as typeof import('ajv/dist/compile/codegen/index.js');
  const names = (require('ajv/dist/compile/names') as typeof import('ajv/dist/compile/names.js')).default;
  return {
    keyword: REFERENCE_KEYWORD,
    schemaType: ['string', 'array'],
    code(cxt) {
      const { gen, data, schemaCode, it } = cxt;
      // In standalone code the function comes from this path, relative to dist/schema/compiled-schemas.js;
      // scripts/compile-schemas.mjs turns this `require` of a relative path into an `import`.
      const record = gen.scopeValue('func', { ref: recordReference, code: _`require("./reference-keyword.js").recordReference` });
      const site = gen.object(
        [names.instancePath, strConcat(names.instancePath, it.errorPath)],
        [names.parentData, it.parentData],
        [names.parentDataProperty, it.parentDataProperty],
      );
      gen.code(_`${record}(${schemaCode}, ${data}, ${site})`);
    },
  };
}

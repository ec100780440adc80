import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

// The official SARIF 2.1.0 schema (JSON Schema draft-04), vendored with its source noted beside it.
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** The schema violations of a SARIF log, as `instancePath message` lines: empty when it is valid. */
export function validateSarif(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

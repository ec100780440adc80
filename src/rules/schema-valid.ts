// Every entity must match its kind's JSON Schema, so that typos (`reviewd:`) and bad values never pass unnoticed.
import { defineRule } from '../api/types.js';
import { describeEntity } from '../model/entity.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'schema/valid',
    description: "Each entity must match its kind's schema: known kind, required fields, known fields, valid values.",
    severity: 'error',
    docs: docsUrl('schema/valid'),
  },
  check({ model, report }) {
    for (const entity of model.entities) {
      for (const issue of model.schemaIssues(entity)) {
        const separator = issue.message.startsWith('`') ? ': ' : ' ';
        report({ entity, path: issue.path, target: issue.target, message: `${describeEntity(entity)}${separator}${issue.message}.` });
      }
    }
    for (const { file, range, reason } of model.nonEntities) {
      if (reason !== 'not-a-mapping') continue;
      report({
        file,
        range,
        message: 'This YAML document is not a mapping, so it cannot be an entity: write one entity per document, each a mapping with `kind` and `id`.',
      });
    }
  },
});

// A file the parser cannot read fully would hide entities, so every syntax problem is a finding at its position.
import { defineRule } from '../api/types.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'yaml/syntax',
    description: 'YAML and front matter must parse: no syntax errors, no duplicate keys, no unclosed front matter.',
    severity: 'error',
    docs: docsUrl('yaml/syntax'),
  },
  check({ model, report }) {
    for (const file of model.files) {
      for (const problem of file.problems) report({ file, range: problem.range, message: problem.message });
    }
  },
});

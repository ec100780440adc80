// A file govlint cannot read hides every entity in it: say so at the file, and go on checking the rest of the repo.
import { defineRule } from '../api/types.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'files/readable',
    description: 'Every governance file must be readable: present, permitted, UTF-8 text, within the size and document limits.',
    severity: 'error',
    docs: docsUrl('files/readable'),
  },
  check({ model, report }) {
    for (const file of model.files) {
      if (file.readProblem !== undefined) report({ file, range: { start: 0, end: 0 }, message: `${file.readProblem}.` });
    }
  },
});

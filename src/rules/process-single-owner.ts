// A process has exactly one owner, accountable for its design and improvement; it may have any number of managers.
import { defineRule } from '../api/types.js';
import { checkSingleHolder } from '../api/single-holder.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'process/single-owner',
    description: 'A Process must have exactly one process-owner; it may have any number of process-managers.',
    severity: 'error',
    docs: docsUrl('process/single-owner'),
  },
  check(context) {
    checkSingleHolder(context, {
      kind: 'Process',
      role: 'process-owner',
      none: (name) =>
        `${name} has no process owner: name exactly one person under \`roles.process-owner\`, accountable for the process's design and improvement.`,
      several: (name, owners) =>
        `${name} has ${owners.length} process owners (${owners.join(', ')}): keep exactly one owner and make the others \`process-manager\`s, who run the process for their teams.`,
    });
  },
});

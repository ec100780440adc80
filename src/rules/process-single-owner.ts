// A process has exactly one owner, accountable for its design and improvement; it may have any number of managers.
import { defineRule } from '../api/types.js';
import { describeEntity } from '../model/entity.js';
import { roleHolders } from '../model/roles.js';
import { docsUrl } from './docs-url.js';

export default defineRule({
  meta: {
    id: 'process/single-owner',
    description: 'A Process must have exactly one process-owner; it may have any number of process-managers.',
    severity: 'error',
    docs: docsUrl('process/single-owner'),
  },
  check({ model, report }) {
    for (const process of model.ofKind('Process')) {
      const owners = roleHolders(process, 'process-owner');
      const path = ['roles', 'process-owner'];
      if (owners.length === 0) {
        report({
          entity: process,
          path,
          message: `${describeEntity(process)} has no process owner: name exactly one person under \`roles.process-owner\`, accountable for the process's design and improvement.`,
        });
      } else if (owners.length > 1) {
        report({
          entity: process,
          path,
          message: `${describeEntity(process)} has ${owners.length} process owners (${owners.join(', ')}): keep exactly one owner and make the others \`process-manager\`s, who run the process for their teams.`,
        });
      }
    }
  },
});

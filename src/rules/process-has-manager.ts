// A process owner designs the process, but somebody has to run it: a process with an owner and no manager is not executed.
import { defineRule } from '../api/types.js';
import { describeEntity } from '../model/entity.js';
import { roleHolders } from '../model/roles.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'process/has-manager',
    description: 'A Process with an owner should also have at least one process-manager who executes it.',
    severity: 'note',
    docs: docsUrl('process/has-manager'),
  },
  check({ model, report }) {
    for (const process of model.ofKind('Process')) {
      // No owner, or several, is process/single-owner's finding, and its fix (make the others managers) settles this one.
      if (roleHolders(process, 'process-owner').length !== 1) continue;
      if (roleHolders(process, 'process-manager').length > 0) continue;
      report({
        entity: process,
        path: ['roles', 'process-manager'],
        message: `${describeEntity(process)} has an owner but no process manager: name under \`roles.process-manager\` the people who run it day to day, one per team if need be (the owner may hold the role too).`,
      });
    }
  },
});

// A program is delivered end to end by one program manager, who holds its budget, schedule and coordination.
import { defineRule } from '../api/types.js';
import { checkSingleHolder } from '../api/single-holder.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'program/single-manager',
    description: 'A Program must have exactly one program-manager.',
    severity: 'error',
    docs: docsUrl('program/single-manager'),
  },
  check(context) {
    checkSingleHolder(context, {
      kind: 'Program',
      role: 'program-manager',
      none: (name) =>
        `${name} has no program manager: name exactly one person under \`roles.program-manager\`, who leads its delivery end to end: budget, schedule and coordination across its projects.`,
      several: (name, managers) =>
        `${name} has ${managers.length} program managers (${managers.join(', ')}): keep exactly one, accountable for its budget, schedule and coordination, or split it into programs of their own.`,
    });
  },
});

// A system has one long-term caretaker, its system owner: with none its health is nobody's job, with two it is neither's.
import { defineRule } from '../api/types.js';
import { checkSingleHolder } from '../api/single-holder.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'system/single-owner',
    description: 'A System must have exactly one system-owner, its long-term caretaker.',
    severity: 'error',
    docs: docsUrl('system/single-owner'),
  },
  check(context) {
    checkSingleHolder(context, {
      kind: 'System',
      role: 'system-owner',
      none: (name) =>
        `${name} has no system owner: name exactly one person under \`roles.system-owner\`, the long-term caretaker of its health, security, compliance and lifecycle.`,
      several: (name, owners) =>
        `${name} has ${owners.length} system owners (${owners.join(', ')}): keep exactly one, the long-term caretaker accountable for its health, security, compliance and lifecycle, so that no decision falls between them.`,
    });
  },
});

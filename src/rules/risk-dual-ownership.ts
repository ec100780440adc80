// The risk register is joint: every risk is owned from the program's side and from the system's side.
import { defineRule } from '../api/types.js';
import { describeEntity } from '../model/entity.js';
import { roleHolders } from '../model/roles.js';
import { docsUrl } from './docs-url.js';

const PERSPECTIVES = [
  { role: 'program-manager', why: 'who owns it for the program (timeline, budget, stakeholders)' },
  { role: 'system-owner', why: 'who owns it for the system (technical remediation)' },
];

export default defineRule({
  meta: {
    id: 'risk/dual-ownership',
    description: 'A Risk must be owned from both perspectives: a program-manager and a system-owner.',
    severity: 'error',
    docs: docsUrl('risk/dual-ownership'),
  },
  check({ model, report }) {
    for (const risk of model.ofKind('Risk')) {
      for (const { role, why } of PERSPECTIVES) {
        if (roleHolders(risk, role).length > 0) continue;
        report({
          entity: risk,
          path: ['roles', role],
          message: `${describeEntity(risk)} has no ${role.replace('-', ' ')}: add \`roles.${role}\`, the person ${why}.`,
        });
      }
    }
  },
});

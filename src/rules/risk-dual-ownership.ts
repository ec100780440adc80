// The risk register is joint: every risk is owned from the program's side and from the system's side.
import { defineRule } from '../api/types.js';
import { checkRequiredRoles, type RequiredRole } from '../api/required-roles.js';
import { docsUrl } from './helpers/docs-url.js';

const PERSPECTIVES: RequiredRole[] = [
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
  check(context) {
    checkRequiredRoles(context, 'Risk', PERSPECTIVES);
  },
});

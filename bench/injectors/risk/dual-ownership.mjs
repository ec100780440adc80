// A Risk without its program manager or its system owner: a missing role is not compared by risk/owners-match.

import { withoutRole } from '../../entities.mjs';

export const injectors = [
  withoutRole('Risk', 'system-owner', { 'risk/dual-ownership': 1 }),
  withoutRole('Risk', 'program-manager', { 'risk/dual-ownership': 1 }),
  withoutRole('Risk', undefined, { 'risk/dual-ownership': 2 }),
];

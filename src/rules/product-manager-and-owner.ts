// A product needs both a product manager for its vision and roadmap and a product owner for its backlog.
import { defineRule } from '../api/types.js';
import { checkRequiredRoles, type RequiredRole } from '../api/required-roles.js';
import { docsUrl } from './helpers/docs-url.js';

const ROLES: RequiredRole[] = [
  { role: 'product-manager', why: 'who sets its vision and roadmap and manages its stakeholders' },
  { role: 'product-owner', why: "who speaks for its customers and prioritises the team's backlog" },
];

export default defineRule({
  meta: {
    id: 'product/manager-and-owner',
    description: 'A Product must have both a product-manager and a product-owner.',
    severity: 'warning',
    docs: docsUrl('product/manager-and-owner'),
  },
  check(context) {
    checkRequiredRoles(context, 'Product', ROLES);
  },
});

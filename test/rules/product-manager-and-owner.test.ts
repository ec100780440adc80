import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/product-manager-and-owner.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'product/manager-and-owner';
const FILE = 'products/click-and-collect.yaml';
const NO_MANAGER =
  "Product 'click-and-collect' has no product manager: add `roles.product-manager`, the person who sets its vision and roadmap and manages its stakeholders.";
const NO_OWNER =
  "Product 'click-and-collect' has no product owner: add `roles.product-owner`, the person who speaks for its customers and prioritises the team's backlog.";

const PEOPLE = { 'people.yaml': lines('kind: Person', 'id: nadia', '---', 'kind: Person', 'id: tom') };

function check(files: Record<string, string>) {
  return findingsOf(lintFiles({ ...PEOPLE, ...files }, { rules: [rule] }), RULE).map(brief);
}

function product(...rows: string[]) {
  return { [FILE]: lines('kind: Product', 'id: click-and-collect', ...rows) };
}

function finding([line, column, endLine, endColumn]: [number, number, number, number], message: string, file = FILE) {
  return { ruleId: RULE, file, line, column, endLine, endColumn, message };
}

describe('product/manager-and-owner', () => {
  describe('valid', () => {
    it('accepts a product with a product manager and a product owner', () => {
      expect(check(product('roles:', '  product-manager: nadia', '  product-owner: tom'))).toEqual([]);
    });

    it('accepts lists, and one person in both roles (roles/conflict may say otherwise)', () => {
      expect(check(product('roles:', '  product-manager: [nadia]', '  product-owner: [nadia, tom]'))).toEqual([]);
    });

    it('checks Products only', () => {
      expect(check({ 'systems/pos.yaml': lines('kind: System', 'id: pos') })).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a missing product owner at `roles`', () => {
      expect(check(product('roles:', '  product-manager: nadia'))).toEqual([finding([3, 1, 3, 6], NO_OWNER)]);
    });

    it('reports a missing product manager at `roles`', () => {
      expect(check(product('roles:', '  product-owner: tom'))).toEqual([finding([3, 1, 3, 6], NO_MANAGER)]);
    });

    it('reports an empty list like a missing role, at the list', () => {
      expect(check(product('roles:', '  product-manager: []', '  product-owner: tom'))).toEqual([finding([4, 20, 4, 22], NO_MANAGER)]);
    });

    it('reports both roles, one finding each, at the first key when there are no roles', () => {
      expect(check(product('systems: [ecommerce-platform]'))).toEqual([finding([1, 1, 1, 5], NO_MANAGER), finding([1, 1, 1, 5], NO_OWNER)]);
    });

    it('reports each product of a multi-document file', () => {
      const files = {
        'products/all.yaml': lines(
          'kind: Product',
          'id: click-and-collect',
          'roles:',
          '  product-manager: nadia',
          '---',
          'kind: Product',
          'id: mobile-shopping',
          'roles:',
          '  product-owner: tom',
        ),
      };
      expect(check(files)).toEqual([
        finding([3, 1, 3, 6], NO_OWNER, 'products/all.yaml'),
        finding([8, 1, 8, 6], NO_MANAGER.replace('click-and-collect', 'mobile-shopping'), 'products/all.yaml'),
      ]);
    });
  });
});

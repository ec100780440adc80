// A Product without its manager or its owner; and one whose missing owner a suppression comment silences.

import { SUPPRESSED, withoutRole } from '../../entities.mjs';

export const injectors = [
  withoutRole('Product', 'product-owner', { 'product/manager-and-owner': 1 }),
  withoutRole('Product', 'product-manager', { 'product/manager-and-owner': 1 }),
  withoutRole('Product', undefined, { 'product/manager-and-owner': 2 }),
  {
    name: 'silenced-missing-product-owner', kinds: ['Product'],
    apply(entity) {
      delete entity.data.roles['product-owner'];
      entity.leadingComments.push('# govlint-disable product/manager-and-owner -- until 2027-03-31: the product owner is being recruited');
      return { [SUPPRESSED]: 1 };
    },
  },
];

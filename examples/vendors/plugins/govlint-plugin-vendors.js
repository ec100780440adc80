// An example govlint plugin: a new kind (Vendor) with its own schema and references, an extra field on System,
// and a rule. Load it from a config with `plugins: [./plugins/govlint-plugin-vendors.js]`.
import { definePlugin, defineRule, describeEntity } from 'govlint';

const hasContract = defineRule({
  meta: {
    id: 'has-contract',
    description: 'A Vendor that supplies a System must have a contract Document.',
    severity: 'warning',
  },
  check({ model, report }) {
    for (const vendor of model.ofKind('Vendor')) {
      const supplies = Array.isArray(vendor.data.systems) && vendor.data.systems.length > 0;
      if (supplies && vendor.data.contract === undefined) {
        report({
          entity: vendor,
          path: ['contract'],
          message: `${describeEntity(vendor)} supplies systems but has no contract: add \`contract\`, the id of the Document holding it.`,
        });
      }
    }
  },
});

export default definePlugin({
  name: 'vendors',
  kinds: {
    Vendor: {
      description: 'A supplier of systems or services, with its contract.',
      properties: {
        contract: { description: 'The id of the Document holding the contract.', type: 'string', 'x-govlint-ref': 'Document' },
        systems: {
          description: 'The ids of the Systems this vendor supplies.',
          type: 'array',
          items: { description: 'The id of a System.', type: 'string', 'x-govlint-ref': 'System' },
        },
      },
    },
  },
  extendKinds: {
    System: {
      properties: {
        vendor: { description: 'The id of the Vendor that supplies this system.', type: 'string', 'x-govlint-ref': 'Vendor' },
      },
    },
  },
  rules: [hasContract],
});

// An example govlint plugin: a new kind (Vendor) with its own schema and references, an extra field on System,
// and rules written with the helpers built-in rules use. Load it from a config with
// `plugins: [./plugins/govlint-plugin-vendors.js]`.
import { checkSingleHolder, definePlugin, defineRule, describeEntity, entitiesOfKind } from 'govlint';

const hasContract = defineRule({
  meta: {
    id: 'has-contract',
    description: 'A Vendor that supplies a System must have a contract Document.',
    severity: 'warning',
  },
  check({ model, report }) {
    for (const vendor of model.ofKind('Vendor')) {
      if (systemsOf(vendor).length > 0 && vendor.data.contract === undefined) {
        report({
          entity: vendor,
          path: ['contract'],
          message: `${describeEntity(vendor)} supplies systems but has no contract: add \`contract\`, the id of the Document holding it.`,
        });
      }
    }
  },
});

// One person answers for each supplier: the role is the repo's own (a `kind: Role` entity), checked as
// process/single-owner checks the built-in process-owner.
const singleManager = defineRule({
  meta: {
    id: 'single-manager',
    description: 'A Vendor must have exactly one vendor manager, the person who answers for the relationship.',
    severity: 'warning',
  },
  check(context) {
    checkSingleHolder(context, {
      kind: 'Vendor',
      role: 'vendor-manager',
      none: (name) => `${name} has no vendor manager: add \`roles.vendor-manager\`, the person who answers for the relationship.`,
      several: (name, holders) => `${name} has ${holders.length} vendor managers (${holders.join(', ')}): keep one, so that one person answers for the relationship.`,
    });
  },
});

// A supplier relationship is written twice, in the Vendor's `systems` and in each System's `vendor`: when the two
// disagree, one of them is out of date. An id that names no entity is refs/resolve's finding, not this rule's.
const suppliesSystem = defineRule({
  meta: {
    id: 'supplies-system',
    description: "A Vendor's `systems` and each System's `vendor` must agree: a System the Vendor supplies names it as `vendor`, and the other way round.",
    severity: 'warning',
  },
  check({ model, report }) {
    const listed = new Set();
    for (const vendor of model.ofKind('Vendor')) {
      systemsOf(vendor).forEach((id, index) => {
        listed.add(id);
        for (const system of entitiesOfKind(model, id, 'System')) {
          const named = system.data.vendor;
          if (named === vendor.id) continue;
          const other = typeof named === 'string' ? entitiesOfKind(model, named, 'Vendor')[0] : undefined;
          if (named !== undefined && !other) continue;
          if (other) {
            report({
              entity: vendor,
              path: ['systems', index],
              message: `${describeEntity(vendor)} supplies ${describeEntity(system)}, whose \`vendor\` is ${describeEntity(other)}: correct whichever of the two is out of date.`,
              related: [{ entity: system, path: ['vendor'], message: `${describeEntity(system)} names ${describeEntity(other)} here.` }],
            });
          } else {
            report({
              entity: vendor,
              path: ['systems', index],
              message: `${describeEntity(vendor)} supplies ${describeEntity(system)}, which names no \`vendor\`: add \`vendor: ${vendor.id}\` to it.`,
            });
          }
        }
      });
    }
    for (const system of model.ofKind('System')) {
      const named = system.data.vendor;
      // A System some Vendor lists was checked from that side, above: one disagreement, one finding.
      if (typeof named !== 'string' || system.id === undefined || listed.has(system.id)) continue;
      for (const vendor of entitiesOfKind(model, named, 'Vendor')) {
        report({
          entity: system,
          path: ['vendor'],
          message: `${describeEntity(system)} names ${describeEntity(vendor)} as its \`vendor\`, but the Vendor does not list it under \`systems\`: add '${system.id}' there.`,
          related: [{ entity: vendor, path: ['systems'], message: `${describeEntity(vendor)} lists the systems it supplies here.` }],
        });
      }
    }
  },
});

/** The System ids a Vendor lists; a `systems` that is not a list of strings is schema/valid's finding. */
function systemsOf(vendor) {
  const { systems } = vendor.data;
  return Array.isArray(systems) ? systems.filter((id) => typeof id === 'string') : [];
}

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
  rules: [hasContract, singleManager, suppliesSystem],
});

import { definePlugin } from '../api/types.js';
import { backstageAdapter } from './adapter.js';
import { backstageSchemas } from './schemas.js';

/** What a govlint System or Component reference may name once a Backstage catalog is read. */
const SYSTEM_KINDS = ['System', 'backstage:System', 'backstage:Component'];

/**
 * `extends: [govlint:backstage]`: reads a Backstage catalog beside the register, with the adapter and kinds a plugin
 * could have written (its rules are built in: backstage/*, and refs/resolve, schema/valid, ids/unique read the
 * catalog as they read the register). A govlint Risk's `system` and a Process's `systems` may then name a
 * Backstage System or Component by its entity reference, `system:default/artist-engagement-portal`.
 */
export const backstagePlugin = definePlugin({
  name: 'backstage',
  adapters: [backstageAdapter],
  formatKinds: backstageSchemas(),
  extendKinds: {
    Risk: {
      properties: {
        system: { description: 'The id of the System at risk, or the entity reference of a Backstage System or Component.', type: 'string', 'x-govlint-ref': SYSTEM_KINDS },
      },
    },
    Process: {
      properties: {
        systems: {
          description: 'The Systems the process runs on: ids of Systems, or entity references of Backstage Systems or Components.',
          type: 'array',
          items: { type: 'string', 'x-govlint-ref': SYSTEM_KINDS },
        },
      },
    },
  },
});

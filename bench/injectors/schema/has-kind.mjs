// A document that looks like an entity but has no `kind`: govlint skips it, so it is an entity no more. Only Risks
// nothing references, so that no reference is left dangling, and a Risk holds no roles that person/overload counts.

import { renameKey } from '../../entities.mjs';
import { optionsOf } from '../../rules.mjs';

/** The keys that make a mapping without `kind` look like an entity to schema/has-kind, by default. */
const ENTITY_KEYS = optionsOf('schema/has-kind').keys;
const looksLikeEntity = (entity) => Object.keys(entity.data).some((key) => ENTITY_KEYS.includes(key));

export const injectors = [
  {
    name: 'kind-left-out', kinds: ['Risk'], unreferenced: true, eligible: looksLikeEntity,
    apply(entity) {
      delete entity.data.kind;
      entity.lost = true;
      entity.skipped = true;
      return { 'schema/has-kind': 1 };
    },
  },
  {
    name: 'kind-capitalised', kinds: ['Risk'], unreferenced: true,
    apply(entity) {
      renameKey(entity.data, 'kind', 'Kind');
      entity.lost = true;
      entity.skipped = true;
      return { 'schema/has-kind': 1 };
    },
  },
];

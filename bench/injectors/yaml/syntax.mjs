// YAML that does not parse. The first five remove the entity, so they only hit entities nothing references;
// a duplicate key leaves the entity in place.

import { raw, scalar } from '../../emit.mjs';
import { ALL_KINDS } from '../../entities.mjs';

export const injectors = [
  {
    name: 'colon-in-plain-title', kinds: ['Risk'], unreferenced: true,
    apply(entity) {
      entity.data.title = raw(`Outage: ${entity.data.title}`);
      entity.lost = true;
      return { 'yaml/syntax': 1 };
    },
  },
  {
    name: 'unclosed-front-matter', kinds: ['Document'], unreferenced: true,
    apply(entity) {
      entity.noClosingFence = true;
      entity.lost = true;
      return { 'yaml/syntax': 1 };
    },
  },
  {
    name: 'unclosed-flow-sequence', kinds: ['Product', 'Process'], unreferenced: true,
    apply(entity) {
      entity.data.tags = raw('[tier-2, customer-facing');
      entity.lost = true;
      return { 'yaml/syntax': 1 };
    },
  },
  {
    name: 'tab-indentation', kinds: ['Product', 'Process'], unreferenced: true,
    apply(entity) {
      // A tab before a top-level key is one error; a tab inside a nested mapping cascades into several.
      entity.textEdits.push((text) => text.replace('\nname:', '\n\tname:'));
      entity.lost = true;
      return { 'yaml/syntax': 1 };
    },
  },
  {
    name: 'unterminated-quote', kinds: ['Document'], unreferenced: true,
    apply(entity) {
      entity.data.title = raw(`"${entity.data.title}`);
      entity.lost = true;
      return { 'yaml/syntax': 1 };
    },
  },
  {
    // A duplicate key leaves the entity in place (the last value wins), so any entity will do.
    name: 'duplicate-key', kinds: ALL_KINDS,
    apply(entity) {
      const key = 'title' in entity.data ? 'title' : 'name';
      entity.extraLines.push(`${key}: ${scalar(`${entity.data[key]} (draft)`)}`);
      return { 'yaml/syntax': 1 };
    },
  },
];

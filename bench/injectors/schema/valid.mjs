// Entities that break their kind's schema: unknown or misspelt fields, bad values, a missing id.

import { inReviewCadence, renameKey } from '../../entities.mjs';

export const injectors = [
  {
    name: 'unknown-field', kinds: ['System', 'Product', 'Program'],
    apply(entity, ctx) {
      entity.data.owner = ctx.anyone();
      return { 'schema/valid': 1 };
    },
  },
  {
    // Without `reviewed`, an entity review/overdue checks (an open Risk, a System on the compliance calendar, an
    // entity with `reviewEvery`) is never reviewed: a review/overdue finding too.
    name: 'misspelt-reviewed', kinds: ['Person', 'Program', 'System', 'Process', 'Product', 'Risk'],
    eligible: (entity) => 'reviewed' in entity.data,
    apply(entity) {
      renameKey(entity.data, 'reviewed', 'reviewd');
      return inReviewCadence(entity) ? { 'schema/valid': 1, 'review/overdue': 1 } : { 'schema/valid': 1 };
    },
  },
  {
    // The Document is then never reviewed as far as govlint knows: a known cascade into docs/stale.
    name: 'misspelt-reviewed-document', kinds: ['Document'],
    apply(entity) {
      renameKey(entity.data, 'reviewed', 'reviewd');
      return { 'schema/valid': 1, 'docs/stale': 1 };
    },
  },
  {
    name: 'bad-enum', kinds: ['System', 'Risk'],
    apply(entity) {
      // An active System that is no longer 'active' needs no documents: that only removes findings, of which it has none.
      if (entity.kind === 'System') entity.data.lifecycle = 'live';
      else entity.data.severity = 'severe';
      return { 'schema/valid': 1 };
    },
  },
  {
    // docs/stale and review/overdue leave malformed dates to schema/valid, so this adds nothing there.
    name: 'impossible-date', kinds: ['System', 'Process', 'Document', 'Risk'],
    apply(entity) {
      entity.data.reviewed = '2026-02-30';
      return { 'schema/valid': 1 };
    },
  },
  {
    name: 'bad-email', kinds: ['Person'],
    apply(entity) {
      entity.data.email = entity.data.email.replace('@', '(at)');
      return { 'schema/valid': 1 };
    },
  },
  {
    name: 'tags-not-a-list', kinds: ['System', 'Product', 'Program', 'Process'],
    apply(entity) {
      entity.data.tags = 'regulated';
      return { 'schema/valid': 1 };
    },
  },
  {
    name: 'missing-id', kinds: ['Risk'], unreferenced: true,
    apply(entity) {
      delete entity.data.id;
      return { 'schema/valid': 1 };
    },
  },
  {
    // An unknown kind has no schema, so none of its fields or references are checked: one finding only.
    name: 'misspelt-kind', kinds: ['Product', 'Process'], unreferenced: true,
    apply(entity) {
      entity.data.kind = entity.kind === 'Product' ? 'Prodcut' : 'Proces';
      return { 'schema/valid': 1 };
    },
  },
];

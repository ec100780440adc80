// An active System without a Document of each required type: the finding is on the System, whichever Document is
// changed.

import { optionsOf } from '../../rules.mjs';

/** The Document types docs/required asks every active System for, by default. */
const REQUIRED_DOC_TYPES = optionsOf('docs/required').types;

export const injectors = [
  {
    // A planned, deprecated or retired System has neither an architecture document nor an SLA.
    name: 'went-live-undocumented', kinds: ['System'],
    eligible: (entity) => ['planned', 'deprecated', 'retired'].includes(entity.data.lifecycle),
    apply(entity) {
      entity.data.lifecycle = 'active';
      return { 'docs/required': REQUIRED_DOC_TYPES.length };
    },
  },
  {
    name: 'sla-without-type', kinds: ['System'],
    eligible: (entity) => entity.data.lifecycle === 'active',
    apply(entity, ctx) {
      const document = entity.requiredDocuments.sla;
      ctx.reserve(document);
      delete document.data.type;
      return { 'docs/required': 1 };
    },
  },
  {
    name: 'architecture-mistyped', kinds: ['System'],
    eligible: (entity) => entity.data.lifecycle === 'active',
    apply(entity, ctx) {
      const document = entity.requiredDocuments.architecture;
      ctx.reserve(document);
      document.data.type = 'architecture-overview';
      return { 'docs/required': 1 };
    },
  },
];

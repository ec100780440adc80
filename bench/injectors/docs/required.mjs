// An active System without a Document of each required type: the finding is on the System, whichever Document is
// changed.

import { optionsOf } from '../../rules.mjs';

/** The Document types docs/required asks every active System for, by default. */
const REQUIRED_DOC_TYPES = optionsOf('docs/required').types;

export const injectors = [
  {
    // A planned, deprecated or retired System has no Document of a required type.
    name: 'went-live-undocumented', kinds: ['System'],
    eligible: (entity) => ['planned', 'deprecated', 'retired'].includes(entity.data.lifecycle),
    apply(entity) {
      entity.data.lifecycle = 'active';
      return { 'docs/required': REQUIRED_DOC_TYPES.length };
    },
  },
  {
    // The last required type (by default an SLA) without `type`.
    name: 'required-document-without-type', kinds: ['System'],
    eligible: (entity) => entity.data.lifecycle === 'active',
    apply(entity, ctx) {
      const document = entity.requiredDocuments[REQUIRED_DOC_TYPES.at(-1)];
      ctx.reserve(document);
      delete document.data.type;
      return { 'docs/required': 1 };
    },
  },
  {
    // The first required type (by default an architecture document) under another type.
    name: 'required-document-mistyped', kinds: ['System'],
    eligible: (entity) => entity.data.lifecycle === 'active',
    apply(entity, ctx) {
      const [type] = REQUIRED_DOC_TYPES;
      const document = entity.requiredDocuments[type];
      ctx.reserve(document);
      document.data.type = `${type}-overview`;
      return { 'docs/required': 1 };
    },
  },
];

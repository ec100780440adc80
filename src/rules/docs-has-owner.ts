// A document nobody owns goes stale unnoticed: someone keeps each one true, by name or as the owner of what it describes.
import { defineRule } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import { documentSubjects } from '../model/documents.js';
import type { Entity } from '../model/entity.js';
import { describeEntity } from '../model/entity.js';
import type { Model } from '../model/model.js';
import { roleHolders } from '../model/roles.js';
import { docsUrl } from './helpers/docs-url.js';

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    derive: {
      description:
        "Where a Document without `roles.document-owner` takes its owner from: for each kind, the role whose holder on an entity of that kind maintains the Documents about it (those its `describes` names, or that list the Document under `documents`). Setting it replaces the default, so repeat `System: system-owner` to keep it; `{}` asks every Document for a `document-owner`. A kind that does not exist stops govlint with exit code 2.",
      type: 'object',
      propertyNames: { title: 'a kind name such as System or Process', 'x-govlint-kind': true, pattern: '^[A-Z][A-Za-z0-9]*$' },
      additionalProperties: { title: 'a role id such as system-owner or process-owner', description: 'The role whose holder maintains the Documents about an entity of this kind.', type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
      default: { System: 'system-owner' },
    },
  },
  additionalProperties: false,
} as const;

type Options = OptionsOf<typeof OPTIONS>;

/** An entity a Document is about, of a kind that passes ownership on, and the role that does. */
interface Subject {
  entity: Entity;
  role: string;
}

const KEEPS = 'the person who keeps it true and reviewed';

export const messages = {
  none: (document: Entity, derivable: readonly string[]) =>
    `${describeEntity(document)} has no owner: add \`roles.document-owner\`, ${KEEPS}${
      derivable.length === 0 ? '' : `, or name the ${derivable.join(' or ')} it documents in \`describes\`, whose owner then maintains it`
    }.`,
  unheld: (document: Entity, subjects: readonly Subject[]) =>
    `${describeEntity(document)} has no owner, and nobody holds ${subjects.map(({ entity, role }) => `the ${role.replaceAll('-', ' ')} role of ${describeEntity(entity)}`).join(' or ')} it documents, who would maintain it: add \`roles.document-owner\`, ${KEEPS}.`,
};

export default defineRule<Options>({
  meta: {
    id: 'docs/has-owner',
    description: 'A Document must have an owner: its `document-owner`, or by default the system owner of a System it describes.',
    severity: 'warning',
    // Registers written before this rule keep their results: ownerless Documents were never reported.
    optIn: true,
    docs: docsUrl('docs/has-owner'),
    options: OPTIONS,
  },
  check({ model, options, report }) {
    for (const document of model.ofKind('Document')) {
      if (roleHolders(document, 'document-owner').length > 0) continue;
      const subjects = subjectsOf(model, document, options.derive);
      if (subjects.some(({ entity, role }) => roleHolders(entity, role).length > 0)) continue;
      report({
        entity: document,
        path: ['roles', 'document-owner'],
        message: subjects.length === 0 ? messages.none(document, Object.keys(options.derive)) : messages.unheld(document, subjects),
      });
    }
  },
});

/** The entities of the kinds `derive` names that a Document is about, each once, in the order written. */
function subjectsOf(model: Model, document: Entity, derive: Readonly<Record<string, string>>): Subject[] {
  return documentSubjects(model, document).filter((entity) => Object.hasOwn(derive, entity.kind)).map((entity) => ({ entity, role: derive[entity.kind]! }));
}

// Two Persons with one e-mail address are one person with two identities: each looks half as busy to
// person/overload, and marking one as left leaves the other holding roles.
import { defineRule } from '../api/types.js';
import { describeEntity, type Entity } from '../model/entity.js';
import { docsUrl } from './helpers/docs-url.js';

export const messages = {
  duplicate: (person: Entity, first: Entity, email: string) =>
    `${describeEntity(person)} has the e-mail address '${email}' of ${describeEntity(first)} in ${first.document.file.path}: two Persons for one person split their roles between two identities, so overload and offboarding checks see neither whole. Merge them into one Person (and point their roles at it), or correct the address.`,
};

export default defineRule({
  meta: {
    id: 'person/unique-email',
    description: 'No two Persons may have the same e-mail address, whatever its case.',
    severity: 'warning',
    docs: docsUrl('person/unique-email'),
  },
  check({ model, report }) {
    const firsts = new Map<string, Entity>();
    for (const person of model.ofKind('Person')) {
      const { email } = person.data;
      if (typeof email !== 'string' || email.trim() === '') continue;
      // Mail systems treat addresses without regard to case, and people write them both ways.
      const key = email.trim().toLowerCase();
      const first = firsts.get(key);
      if (!first) {
        firsts.set(key, person);
        continue;
      }
      // The same id twice is ids/unique's finding.
      if (first.id !== undefined && first.id === person.id) continue;
      report({
        entity: person,
        path: ['email'],
        message: messages.duplicate(person, first, email),
        related: [{ entity: first, path: ['email'], message: `${describeEntity(first)} has the same e-mail address here.` }],
      });
    }
  },
});

// References name entities by id, so an id used twice makes every reference to it ambiguous.
import { defineRule } from '../api/types.js';
import { describeEntity } from '../model/entity.js';
import { docsUrl } from '../api/docs-url.js';

export default defineRule({
  meta: {
    id: 'ids/unique',
    description: 'Every entity id must be unique across the whole governance repo.',
    severity: 'error',
    docs: docsUrl('ids/unique'),
  },
  check({ model, report }) {
    const seen = new Set<string>();
    for (const entity of model.entities) {
      if (entity.id === undefined || seen.has(entity.id)) continue;
      seen.add(entity.id);
      const [first, ...duplicates] = model.withId(entity.id);
      for (const duplicate of duplicates) {
        report({
          entity: duplicate,
          path: ['id'],
          // The file, not the line: a position in the message would change the fingerprint whenever lines move.
          message: `${describeEntity(duplicate)} uses an id already taken by ${describeEntity(first!)} in ${first!.document.file.path}: ids must be unique across the repo, so rename one of them.`,
          related: [{ entity: first!, path: ['id'], message: `${describeEntity(first!)} first uses id '${entity.id}' here.` }],
        });
      }
    }
  },
});

// References name entities by id, so an id used twice makes every reference to it ambiguous.
import { defineRule } from '../api/types.js';
import { describeEntity, type Entity } from '../model/entity.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'ids/unique',
    description: 'Every entity id must be unique across the whole governance repo.',
    severity: 'error',
    docs: docsUrl('ids/unique'),
  },
  check({ model, report }) {
    // One pass, with the first entity of each id: a lookup of every id in the model's index costs more.
    const firsts = new Map<string, Entity>();
    for (const entity of model.entities) {
      if (entity.id === undefined) continue;
      const first = firsts.get(entity.id);
      if (!first) {
        firsts.set(entity.id, entity);
        continue;
      }
      report({
        entity,
        path: ['id'],
        // The file, not the line: a position in the message would change the fingerprint whenever lines move.
        message: `${describeEntity(entity)} uses an id already taken by ${describeEntity(first)} in ${first.document.file.path}: ${entity.kind.startsWith('backstage:') ? 'a Backstage name must be unique within its kind and namespace' : 'ids must be unique across the repo'}, so rename one of them.`,
        related: [{ entity: first, path: ['id'], message: `${describeEntity(first)} first uses id '${entity.id}' here.` }],
      });
    }
  },
});

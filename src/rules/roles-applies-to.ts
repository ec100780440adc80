// A Role that says which kinds it is for (`appliesTo`) is a contract: a budget owner on a Document, or a kind name
// misspelt in the list, means the role is held where its responsibilities make no sense.
import { defineRule } from '../api/types.js';
import { describeEntity, type Entity } from '../model/entity.js';
import { assignedRoles } from '../model/roles.js';
import { didYouMean } from '../util/closest.js';
import { show } from '../schema/schema-issues.js';
import { withArticle } from './helpers/article.js';
import { docsUrl } from './helpers/docs-url.js';

export const messages = {
  wrongKind: (entity: Entity, role: Entity, kinds: readonly string[]) =>
    `${describeEntity(entity)} assigns role '${role.id}', but ${describeEntity(role)} applies only to ${andList(kinds)} (its \`appliesTo\`, in ${role.document.file.path}): assign the role on ${kinds.length === 1 ? withArticle(kinds[0]!) : 'one of those'} instead, or add ${entity.kind} to its \`appliesTo\` if the role belongs here too.`,
  unknownKind: (role: Entity, kind: unknown, hint: string) =>
    `${describeEntity(role)}: \`appliesTo\` names ${show(kind)}, which is not a kind${hint}: correct it, or the role is reported on every entity of the kind meant.`,
};

export default defineRule({
  meta: {
    id: 'roles/applies-to',
    description: "A role must be held only on the kinds its Role's `appliesTo` lists, and `appliesTo` must name kinds that exist.",
    severity: 'warning',
    docs: docsUrl('roles/applies-to'),
  },
  check({ model, report }) {
    const kinds = model.kinds.names();
    // Role id → the Role and the kinds it applies to; a Role without `appliesTo`, or with an empty one, is not restricted.
    const restricted = new Map<string, { role: Entity; kinds: string[] }>();
    for (const role of model.ofKind('Role')) {
      const { appliesTo } = role.data;
      if (role.id === undefined || !Array.isArray(appliesTo) || appliesTo.length === 0) continue;
      appliesTo.forEach((kind: unknown, index) => {
        if (typeof kind === 'string' && !kinds.includes(kind)) {
          report({ entity: role, path: ['appliesTo', index], message: messages.unknownKind(role, kind, didYouMean(kind, kinds)) });
        }
      });
      // A duplicated Role id is ids/unique's finding: which of the two applies cannot be told.
      if (model.withId(role.id).filter((entity) => entity.kind === 'Role').length > 1) continue;
      restricted.set(role.id, { role, kinds: appliesTo.filter((kind): kind is string => typeof kind === 'string') });
    }
    if (restricted.size === 0) return;
    for (const entity of model.entities) {
      for (const id of assignedRoles(entity)) {
        const rule = restricted.get(id);
        if (!rule || rule.kinds.includes(entity.kind)) continue;
        report({
          entity,
          path: ['roles', id],
          target: 'key',
          message: messages.wrongKind(entity, rule.role, rule.kinds),
          related: [{ entity: rule.role, path: ['appliesTo'], message: `${describeEntity(rule.role)} lists the kinds it applies to here.` }],
        });
      }
    }
  },
});

/** "System", "System and Process", "System, Process and Product". */
function andList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

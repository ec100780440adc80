// A Backstage Group's `spec.parent` and its parent's `spec.children` say the same thing twice; when they disagree,
// the org chart depends on which file one reads, and ownership rolled up by team is wrong.
import { defineRule } from '../api/types.js';
import { describeEntity, type Entity } from '../model/entity.js';
import { entitiesOfKind } from '../model/lookup.js';
import type { Model } from '../model/model.js';
import { docsUrl } from './helpers/docs-url.js';

const GROUP = 'backstage:Group';

export const messages = {
  notAChild: (group: Entity, parent: Entity) =>
    `${describeEntity(group)} names ${describeEntity(parent)} as its \`spec.parent\`, but that group's \`spec.children\` (in ${parent.document.file.path}) do not list it, so the hierarchy depends on where one looks: add '${nameOf(group)}' to them, or correct \`spec.parent\`.`,
  otherParent: (group: Entity, child: Entity, parent: string) =>
    `${describeEntity(group)} lists ${describeEntity(child)} in \`spec.children\`, but that group names '${parent}' as its \`spec.parent\` (in ${child.document.file.path}), so the hierarchy depends on where one looks: remove it from one of the two groups' children, or correct its \`spec.parent\`.`,
};

export default defineRule({
  meta: {
    id: 'backstage/group-hierarchy',
    description: "A Backstage Group's `spec.parent` must list it in its `spec.children`, and a child must not name another parent.",
    severity: 'error',
    docs: docsUrl('backstage/group-hierarchy'),
  },
  check({ model, report }) {
    for (const group of model.ofKind(GROUP)) {
      const { parent, children } = specOf(group);
      // An unknown or duplicated parent is refs/resolve's or ids/unique's finding.
      const found = typeof parent === 'string' ? single(model, parent) : undefined;
      const listed = found ? specOf(found).children : undefined;
      if (found && group.id !== undefined && Array.isArray(listed) && !listed.includes(group.id)) {
        report({
          entity: group,
          path: ['spec', 'parent'],
          message: messages.notAChild(group, found),
          related: [{ entity: found, path: ['spec', 'children'], message: `${describeEntity(found)} lists its children here.` }],
        });
      }
      if (!Array.isArray(children)) continue;
      children.forEach((name: unknown, index) => {
        const child = typeof name === 'string' ? single(model, name) : undefined;
        const own = child && specOf(child).parent;
        // A child without `spec.parent` is fine: Backstage makes the relation from this list, and a parent is optional.
        if (!child || typeof own !== 'string' || own === group.id) return;
        report({
          entity: group,
          path: ['spec', 'children', index],
          message: messages.otherParent(group, child, own),
          related: [{ entity: child, path: ['spec', 'parent'], message: `${describeEntity(child)} names its parent here.` }],
        });
      });
    }
  },
});

/** A Group's `metadata.name`, as a `children` list would name it. */
function nameOf(group: Entity): string {
  const metadata = group.data.metadata as { name?: unknown } | undefined;
  return typeof metadata?.name === 'string' ? metadata.name : String(group.id);
}

function specOf(group: Entity): { parent?: unknown; children?: unknown } {
  const { spec } = group.data;
  return typeof spec === 'object' && spec !== null ? (spec as { parent?: unknown; children?: unknown }) : {};
}

function single(model: Model, id: string): Entity | undefined {
  const found = entitiesOfKind(model, id, GROUP);
  return found.length === 1 ? found[0] : undefined;
}

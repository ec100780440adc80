// Governance is relations: an owner who does not exist or a risk pointing at the wrong kind breaks every rule built on it.
import { defineRule } from '../api/types.js';
import { describeEntity } from '../model/entity.js';
import type { Model, Reference } from '../model/model.js';
import { withArticle } from '../util/article.js';
import { Candidates, didYouMean } from '../util/closest.js';
import { formatPath } from '../util/format-path.js';
import { show } from '../schema/schema-issues.js';
import { docsUrl } from '../api/docs-url.js';

export default defineRule({
  meta: {
    id: 'refs/resolve',
    description: 'Every reference must name an existing entity of the right kind, and every role must be in the role catalogue.',
    severity: 'error',
    docs: docsUrl('refs/resolve'),
  },
  check({ model, report }) {
    // The ids a dangling reference may have meant, indexed once per list of kinds: a large repo has thousands of each.
    const indexes = new Map<string, Candidates>();
    const candidatesFor = (kinds: readonly string[]) => {
      const key = kinds.join(',');
      let index = indexes.get(key);
      if (!index) indexes.set(key, (index = new Candidates(candidates(model, kinds))));
      return index;
    };
    for (const reference of model.references) {
      const message = problemWith(reference, model, candidatesFor);
      if (message) report({ entity: reference.entity, path: reference.path, target: reference.isKey ? 'key' : 'value', message });
    }
  },
});

function problemWith(reference: Reference, model: Model, candidatesFor: (kinds: readonly string[]) => Candidates): string | undefined {
  const { entity, value, kinds, isKey } = reference;
  if (kinds.includes('Role') && model.builtinRoles.has(value)) return undefined;
  const targets = model.withId(value);
  if (targets.some((target) => kinds.length === 0 || kinds.includes(target.kind))) return undefined;
  const field = `\`${formatPath(isKey ? reference.path.slice(0, -1) : reference.path)}\``;
  const expected = kinds.length === 0 ? 'an entity' : kinds.map(withArticle).join(' or ');
  if (targets.length > 0) {
    const found = targets[0]!;
    return `${describeEntity(entity)}: ${field} names ${show(value)}, which is ${withArticle(found.kind)}, not ${expected}: name ${expected} instead.`;
  }
  const hint = didYouMean(value, candidatesFor(kinds));
  if (isKey && kinds.includes('Role')) {
    return `${describeEntity(entity)}: role ${show(value)} in ${field} is not in the role catalogue${hint}: use a built-in role or define it with a \`kind: Role\` entity.`;
  }
  return `${describeEntity(entity)}: ${field} names ${show(value)}, but there is no ${kinds.join(' or ') || 'entity'} with that id${hint}.`;
}

/** Ids that could have been meant: those of the expected kinds (any kind when none is expected). */
function* candidates(model: Model, kinds: readonly string[]): Iterable<string> {
  if (kinds.length === 0) {
    for (const entity of model.entities) if (entity.id !== undefined) yield entity.id;
    return;
  }
  if (kinds.includes('Role')) yield* model.builtinRoles;
  for (const kind of kinds) for (const entity of model.ofKind(kind)) if (entity.id !== undefined) yield entity.id;
}

// Governance is relations: an owner who does not exist or a risk pointing at the wrong kind breaks every rule built on it.
import { defineRule } from '../api/types.js';
import { describeEntity } from '../model/entity.js';
import type { Model, Reference } from '../model/model.js';
import type { SourceFile } from '../parse/source-file.js';
import { withArticle } from './helpers/article.js';
import { Candidates, didYouMean } from '../util/closest.js';
import { formatPath } from '../util/format-path.js';
import { show } from '../schema/schema-issues.js';
import { docsUrl } from './helpers/docs-url.js';

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
    // References that may name an entity of a file that does not parse, by that file: said once per file.
    const unchecked = new Map<SourceFile, Reference[]>();
    for (const reference of model.references) {
      const unreadable = model.withId(reference.value).length === 0 ? model.unreadableIds.get(reference.value) : undefined;
      if (unreadable && !(reference.kinds.includes('Role') && model.builtinRoles.has(reference.value))) {
        const list = unchecked.get(unreadable);
        if (list) list.push(reference);
        else unchecked.set(unreadable, [reference]);
        continue;
      }
      const message = problemWith(reference, model, candidatesFor);
      if (message) report({ entity: reference.entity, path: reference.path, target: reference.isKey ? 'key' : 'value', message });
    }
    for (const [file, [first, ...others]] of unchecked) {
      report({
        entity: first!.entity,
        path: first!.path,
        target: first!.isKey ? 'key' : 'value',
        message: messages.unchecked(first!, file, others.length),
      });
    }
  },
});

export const messages = {
  unchecked: ({ entity, value, path, isKey }: Reference, file: SourceFile, others: number) =>
    `${describeEntity(entity)}: \`${formatPath(isKey ? path.slice(0, -1) : path)}\` names ${show(value)}, which may be the id of an entity in ${file.path}, but that file ${file.problems.length > 0 ? 'does not parse' : 'cannot be read'}, so ${others === 0 ? 'this reference' : `this reference and ${others} other${others === 1 ? '' : 's'} to ids in it`} could not be checked: fix ${file.path} first.`,
};

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

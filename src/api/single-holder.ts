import type { RuleContext } from './types.js';
import { describeEntity } from '../model/entity.js';
import { roleHolders } from '../model/roles.js';

/** A role that exactly one person must hold on every entity of a kind, with the messages for none and for several. */
export interface SingleHolderRole {
  kind: string;
  role: string;
  /** The message when nobody holds the role; `name` is the entity as findings name it. */
  none(name: string): string;
  /** The message when several people hold it. */
  several(name: string, holders: readonly string[]): string;
}

/**
 * Reports every entity of the kind on which the role is not held by exactly one person: at the role's value, at
 * `roles` when the role is missing, or at the entity's first key when `roles` is.
 */
export function checkSingleHolder({ model, report }: Pick<RuleContext, 'model' | 'report'>, spec: SingleHolderRole): void {
  for (const entity of model.ofKind(spec.kind)) {
    const holders = roleHolders(entity, spec.role);
    if (holders.length === 1) continue;
    const name = describeEntity(entity);
    report({
      entity,
      path: ['roles', spec.role],
      message: holders.length === 0 ? spec.none(name) : spec.several(name, holders),
    });
  }
}

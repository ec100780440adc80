// The model is shared by every rule, so one rule that changed it would change what the others find.

/**
 * Freezes a value and everything reachable from it through own properties. Rules are modules, so strict: a write
 * then throws a TypeError, which the engine reports as the rule's failure. Walked with a stack, not recursion, since
 * data may be nested thousands deep. A value frozen already is not walked: one met again through an alias, or data
 * frozen, contents first, as it was read (data-from-tokens.ts).
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const key of Object.keys(next)) pending.push((next as Record<string, unknown>)[key]);
  }
  return value;
}

const refuse = (): never => {
  throw new TypeError('Cannot change a read-only collection');
};

/** A set that refuses to change: Object.freeze does not stop `add`, `delete` or `clear`. */
export function readOnlySet<T>(values: Iterable<T>): ReadonlySet<T> {
  return Object.freeze(Object.assign(new Set(values), { add: refuse, delete: refuse, clear: refuse }));
}

/** A map that refuses to change, for the same reason. */
export function readOnlyMap<K, V>(map: Map<K, V>): ReadonlyMap<K, V> {
  return Object.freeze(Object.assign(map, { set: refuse, delete: refuse, clear: refuse }));
}

import type { Path } from '../parse/locate.js';

/** The schema keyword that marks a string as a reference to the id of an entity of the given kind(s); '*' is any kind. */
export const REFERENCE_KEYWORD = 'x-govlint-ref';

/** A reference found in an entity while validating it. */
export interface FoundReference {
  path: Path;
  value: string;
  /** The kinds the id may belong to; empty means any kind. */
  kinds: readonly string[];
  /** True when the reference is a mapping key (a role id under `roles`), not a value. */
  isKey: boolean;
}

let collector: FoundReference[] | undefined;

/** Runs `validate` while collecting the references the reference keyword meets, so one pass does both. */
export function collectReferences<T>(validate: () => T): { result: T; references: FoundReference[] } {
  const references: FoundReference[] = [];
  collector = references;
  try {
    return { result: validate(), references };
  } finally {
    collector = undefined;
  }
}

/** Where a reference keyword met its value: ajv's validation context, as the generated code passes it. */
export interface ReferenceSite {
  instancePath: string;
  parentData: unknown;
  parentDataProperty: string | number;
}

/**
 * Records one reference while `collectReferences` runs. The code that ajv generates for the reference keyword
 * (see reference-code.ts) calls this, both when a schema is compiled at run time and in the validators compiled
 * at build time (dist/schema/compiled-schemas.js imports it), so this module must not load ajv.
 */
export function recordReference(kinds: string | readonly string[], data: unknown, site: ReferenceSite): void {
  if (typeof data !== 'string' || !collector) return;
  const path = pointerToPath(site.instancePath);
  const { parentData, parentDataProperty } = site;
  // Under propertyNames the data is a key of the object at instancePath rather than the value at it.
  const isKey = (parentData as Record<string | number, unknown>)?.[parentDataProperty] !== data;
  const list = (typeof kinds === 'string' ? [kinds] : kinds).filter((kind) => kind !== '*');
  collector.push({ path: isKey ? [...path, data] : path, value: data, kinds: list, isKey });
}

/** Turns a JSON Pointer such as `/roles/process-manager/0` into a path; array indexes become numbers. */
export function pointerToPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => (/^(?:0|[1-9][0-9]*)$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
}

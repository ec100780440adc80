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
  const path = pathAt(site.instancePath);
  const { parentData, parentDataProperty } = site;
  // Under propertyNames the data is a key of the object at instancePath rather than the value at it.
  const isKey = (parentData as Record<string | number, unknown>)?.[parentDataProperty] !== data;
  collector.push({ path: isKey ? Object.freeze([...path, data]) : path, value: data, kinds: kindsOf(kinds), isKey });
}

// A large repo has hundreds of thousands of references but few distinct pointers and kind lists: each is worked
// out once, and the frozen result shared.
const paths = new Map<string, Path>();
const kindLists = new Map<string | readonly string[], readonly string[]>();

function pathAt(pointer: string): Path {
  let path = paths.get(pointer);
  if (!path) {
    // Pointers through keys the data chooses are many: kept to a bound, for a process that checks repo after repo.
    if (paths.size >= 10_000) paths.clear();
    paths.set(pointer, (path = Object.freeze(pointerToPath(pointer))));
  }
  return path;
}

function kindsOf(kinds: string | readonly string[]): readonly string[] {
  let list = kindLists.get(kinds);
  if (!list) kindLists.set(kinds, (list = Object.freeze((typeof kinds === 'string' ? [kinds] : kinds).filter((kind) => kind !== '*'))));
  return list;
}

/** Turns a JSON Pointer such as `/roles/process-manager/0` into a path; array indexes become numbers. */
export function pointerToPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => (/^(?:0|[1-9][0-9]*)$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
}

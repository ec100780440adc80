import type { ErrorObject } from 'ajv';
import type { Path, Target } from '../parse/locate.js';
import { didYouMean } from '../util/closest.js';
import { formatPath } from '../util/format-path.js';
import { pointerToPath } from './reference-keyword.js';

/** One way an entity breaks its kind's schema, at a path inside the entity. */
export interface SchemaIssue {
  path: Path;
  target: Target;
  message: string;
  /** The JSON Schema keyword that failed, when the issue comes from one. */
  keyword?: string;
}

/** Turns ajv's errors into messages a governance lead can act on, dropping the noise of alternatives that failed. */
export function toSchemaIssues(errors: readonly ErrorObject[]): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const error of withoutTypeFollowUps(withoutFailedAlternatives(errors))) {
    const path = pointerToPath(error.instancePath);
    issues.push({ ...describe(error, path), keyword: error.keyword });
  }
  return issues;
}

/** An anyOf/oneOf error follows the errors of each branch it tried; only the anyOf/oneOf error is worth showing. */
function withoutFailedAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      const prefix = error.instancePath;
      while (kept.length > 0 && isWithin(kept[kept.length - 1]!.instancePath, prefix)) kept.pop();
    }
    kept.push(error);
  }
  return kept;
}

/** A value of the wrong type fails its enum too (`status: 3`); the type error alone says what is wrong. */
function withoutTypeFollowUps(errors: readonly ErrorObject[]): ErrorObject[] {
  const wrongType = new Set(errors.filter((error) => error.keyword === 'type').map((error) => error.instancePath));
  return errors.filter((error) => error.keyword === 'type' || !wrongType.has(error.instancePath));
}

function isWithin(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(`${prefix}/`);
}

function describe(error: ErrorObject, path: Path): SchemaIssue {
  const field = path.length === 0 ? 'the entity' : `\`${formatPath(path)}\``;
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
  const expected = typeof parent.title === 'string' ? parent.title : undefined;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const where = path.length === 0 ? '' : ` in ${field}`;
      return { path: [...path, missing], target: 'value', message: `is missing the required field \`${missing}\`${where}` };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = Object.keys((parent.properties as object | undefined) ?? {});
      const where = path.length === 0 ? '' : ` in ${field}`;
      const hint = didYouMean(extra, known, '`') || `; known fields: ${known.join(', ')}`;
      return { path: [...path, extra], target: 'key', message: `has an unknown field \`${extra}\`${where}${hint}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const found = error.data;
      const hint = typeof found === 'string' ? didYouMean(found, allowed) : '';
      return { path, target: 'value', message: `${field} must be one of ${allowed.join(', ')}, not ${show(found)}${hint}` };
    }
    case 'type':
      return { path, target: 'value', message: `${field} must be ${article(String(params.type))}, not ${show(error.data)}` };
    case 'format':
    case 'pattern':
    case 'anyOf':
    case 'oneOf':
      return { path, target: 'value', message: `${field} must be ${expected ?? `valid (${error.message})`}, not ${show(error.data)}` };
    case 'minItems':
    case 'maxItems': {
      const limit = Number(params.limit);
      const bound = error.keyword === 'minItems' ? 'at least' : 'at most';
      return { path, target: 'value', message: `${field} must list ${bound} ${limit} ${limit === 1 ? 'entry' : 'entries'}` };
    }
    default:
      return { path, target: 'value', message: `${field} ${error.message ?? 'is not valid'}` };
  }
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'a text',
    array: 'a list',
    object: 'a mapping',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    null: 'empty',
  };
  return type
    .split(',')
    .map((part) => names[part] ?? part)
    .join(' or ');
}

/** Shows a found value briefly: strings quoted, collections by their shape, long texts cut. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
}

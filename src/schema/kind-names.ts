import type { JsonSchema } from './builtin-kinds.js';

/**
 * The keyword by which a rule's options schema marks a string as the name of a kind: in `items`, in `properties`
 * or `additionalProperties`, or in `propertyNames` for the keys of a mapping. The config names kinds that exist,
 * or govlint stops, as a typo would otherwise silently leave every entity out.
 */
export const KIND_NAME_KEYWORD = 'x-govlint-kind';

/** A kind named in a rule's options, with where: `intervals`, `pairs[0].kinds[1]`. */
export interface KindName {
  name: string;
  path: string;
}

/** The kind names the options give where their schema marks one (see KIND_NAME_KEYWORD). */
export function kindNamesIn(schema: JsonSchema | boolean | undefined, value: unknown, path = ''): KindName[] {
  if (typeof schema !== 'object') return [];
  if (schema[KIND_NAME_KEYWORD] === true && typeof value === 'string') return [{ name: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, index) => kindNamesIn(schema.items as JsonSchema | undefined, item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const names: KindName[] = [];
  for (const [key, child] of Object.entries(value)) {
    const childPath = path === '' ? key : `${path}.${key}`;
    if ((schema.propertyNames as JsonSchema | undefined)?.[KIND_NAME_KEYWORD] === true) names.push({ name: key, path: path === '' ? key : path });
    const properties = schema.properties as Record<string, JsonSchema> | undefined;
    names.push(...kindNamesIn(properties && Object.hasOwn(properties, key) ? properties[key] : (schema.additionalProperties as JsonSchema | boolean | undefined), child, childPath));
  }
  return names;
}

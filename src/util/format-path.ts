import type { Path } from '../parse/locate.js';

/** Writes a path inside an entity the way its YAML reads: `roles.process-owner[1]`. */
export function formatPath(path: Path): string {
  let text = '';
  for (const segment of path) text += typeof segment === 'number' ? `[${segment}]` : text === '' ? segment : `.${segment}`;
  return text;
}

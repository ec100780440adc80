import type { Path } from '../parse/locate.js';
import type { SourcePath } from './types.js';

/** The path in the source document of a path in an adapted entity (see SourcePath). */
export function sourcePathOf(sourcePaths: readonly SourcePath[] | undefined, path: Path): Path {
  if (!sourcePaths) return path;
  let best: SourcePath | undefined;
  for (const candidate of sourcePaths) {
    if (candidate.from.length <= path.length && candidate.from.every((segment, index) => segment === path[index])) {
      if (!best || candidate.from.length > best.from.length) best = candidate;
    }
  }
  return best ? [...best.to, ...path.slice(best.from.length)] : path;
}

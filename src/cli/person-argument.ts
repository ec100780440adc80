import type { Model } from '../model/model.js';
import { escapeTerminal } from '../formatters/escape-terminal.js';
import { didYouMean, nearest } from '../util/closest.js';
import { UsageError } from '../util/usage-error.js';

/** How many ids an unknown person's error names when none is close enough to be a typo. */
const NEAREST = 3;

/**
 * A person id given on the command line, checked against the register: an unknown one stops govlint with the closest
 * id, or when none is close enough to be a typo, the nearest few.
 */
export function personArgument(model: Model, id: string, where: string): string {
  if (model.withId(id).some((entity) => entity.kind === 'Person')) return id;
  const people = model.ofKind('Person').flatMap((person) => (person.id === undefined ? [] : [person.id]));
  const hint = didYouMean(id, people) || nearestHint(id, people);
  throw new UsageError(`${where}: there is no Person '${escapeTerminal(id)}' in the register${escapeTerminal(hint)}`);
}

function nearestHint(id: string, people: readonly string[]): string {
  if (people.length === 0) return ', which has no Person at all';
  return `; the nearest ${people.length === 1 ? 'is' : 'are'} ${nearest(id, new Set(people), NEAREST).map((person) => `'${person}'`).join(', ')}`;
}

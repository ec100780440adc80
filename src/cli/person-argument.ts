import type { Model } from '../model/model.js';
import { escapeTerminal } from '../formatters/escape-terminal.js';
import { didYouMean } from '../util/closest.js';
import { UsageError } from '../util/usage-error.js';

/** A person id given on the command line, checked against the register: an unknown one stops govlint with the closest id. */
export function personArgument(model: Model, id: string, where: string): string {
  if (model.withId(id).some((entity) => entity.kind === 'Person')) return id;
  const people = model.ofKind('Person').flatMap((person) => (person.id === undefined ? [] : [person.id]));
  const hint = didYouMean(id, people);
  throw new UsageError(`${where}: there is no Person '${escapeTerminal(id)}' in the register${escapeTerminal(hint)}`);
}

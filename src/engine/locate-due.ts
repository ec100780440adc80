import type { Due, EntityDue } from '../api/types.js';
import type { Model } from '../model/model.js';
import { entityAt } from '../model/entity-at.js';
import type { Owner } from '../model/owners.js';
import { compareDates } from '../util/dates.js';
import { formatPath } from '../util/format-path.js';
import { activeByFile, covering } from './apply-suppressions.js';
import { locateInEntity, ownersCache, toLocation } from './locate-report.js';
import type { RuleDue } from './run-rules.js';
import { compareText } from './sort-findings.js';

/** Something falling due, as the compliance calendar lists it: what, when, where, and who is accountable. */
export interface DueDate {
  ruleId: string;
  /** YYYY-MM-DD. */
  date: string;
  /** What falls due: `review`, `risk acceptance ends`, `exception to docs/stale expires`. */
  what: string;
  /** Late on the day the rules took as today. */
  overdue: boolean;
  file: string;
  line: number;
  column: number;
  /** The entity it is about: the one the rule named, or the one whose document holds the place. */
  entity?: { kind: string; id?: string };
  /** Where in the entity, as its YAML reads (`reviewed`), when the rule named one. */
  path?: string;
  /** Resolved from the register as a finding's are (model/owners.ts); absent when nobody is. */
  owners?: Owner[];
}

/**
 * Turns the due dates the rules gave into located ones with their owners, leaving out those a suppression silences
 * for the rule at their place (as it would the finding there), sorted by date, file, line, column, rule and what.
 */
export function locateDues(dues: readonly RuleDue[], model: Model, today: string): DueDate[] {
  const ownersFor = ownersCache(model);
  const suppressions = activeByFile(model.suppressions, today);
  const located: DueDate[] = [];
  for (const { ruleId, due } of dues) {
    const entity = isEntityDue(due) ? due.entity : entityAt(model, due.file, due.range.start);
    const path = isEntityDue(due) ? due.path : undefined;
    const { file, line, column } = isEntityDue(due) ? locateInEntity(due.entity, path) : toLocation(due.file, due.range);
    if (covering(suppressions, { ruleId, file, line }).length > 0) continue;
    const item: DueDate = { ruleId, date: due.date, what: due.what, overdue: due.overdue ?? compareDates(due.date, today) < 0, file, line, column };
    if (entity) {
      item.entity = entity.id === undefined ? { kind: entity.kind } : { kind: entity.kind, id: entity.id };
      if (path !== undefined && path.length > 0) item.path = formatPath(path);
      const owners = ownersFor(entity, path);
      if (owners.length > 0) item.owners = owners;
    }
    located.push(item);
  }
  return located.sort(compareDues);
}

function isEntityDue(due: Due): due is EntityDue {
  return !('range' in due);
}

function compareDues(a: DueDate, b: DueDate): number {
  return compareDates(a.date, b.date) || compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.what, b.what);
}

import type { Finding } from '../engine/finding.js';
import { escapeTerminal } from '../formatters/escape-terminal.js';
import type { EntityName, Place, WhoReport } from './who.js';

/** A person's departure: who, and the findings it would create (reports/leaving.ts). */
export interface LeavingReport {
  person: WhoReport['person'];
  findings: Finding[];
}

/** `govlint who` as JSON: the report as built, its keys always in the same order. */
export function whoJson(report: WhoReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** `govlint who` for a terminal: a section each for roles, RACI letters, teams, overdue reviews, and the load. */
export function whoText(report: WhoReport): string {
  const { person, roles, raci, teams, overdue, load } = report;
  const lines = [`${personName(person)}  ${at(person)}`, ''];
  section(lines, 'Roles', roles.map((role) => `${at(role)}  ${escapeTerminal(role.role)} of ${entityName(role.entity)}`));
  section(lines, 'RACI letters', raci.map((cell) => `${at(cell)}  ${escapeTerminal(cell.letters)} in Task '${escapeTerminal(cell.task)}' of ${entityName(cell.matrix)}`));
  section(lines, 'Teams', teams.map((team) => `${at(team)}  Team '${escapeTerminal(team.team)}' (${team.recordedIn === 'team' ? 'their `team`' : 'its `members`'})`));
  section(
    lines,
    'Overdue',
    overdue.map((item) => `${at(item)}  ${item.ruleId}${item.entity ? `  ${entityName(item.entity)}` : ''}\n    ${escapeTerminal(item.message)}`),
  );
  const ignored = load.ignoreKinds.length === 0 ? '' : `; ${load.ignoreKinds.map(escapeTerminal).join(', ')} not counted`;
  const against =
    load.max === undefined ? 'person/overload is off' : `${load.overloaded ? 'more than' : 'within'} the ${load.max} person/overload allows`;
  lines.push(`Load: owner or manager of ${load.count} ${load.count === 1 ? 'entity' : 'entities'}, ${against}${ignored}`);
  return `${lines.join('\n')}\n`;
}

/** `govlint who --leaving` as JSON: the person and the findings their departure would create. */
export function leavingJson({ person, findings }: LeavingReport): string {
  const listed = findings.map(({ ruleId, severity, file, line, column, endLine, endColumn, message, entity, owners, fingerprint }) => ({
    ruleId,
    severity,
    file,
    line,
    column,
    endLine,
    endColumn,
    message,
    ...(entity ? { entity } : {}),
    ...(owners ? { owners } : {}),
    fingerprint,
  }));
  return `${JSON.stringify({ person, leaving: true, findings: listed }, null, 2)}\n`;
}

/** `govlint who --leaving` for a terminal: the offboarding checklist, one finding per entry with who is to act. */
export function leavingText({ person, findings }: LeavingReport): string {
  if (findings.length === 0) return `If ${personName(person)} left, no finding would appear: nothing they hold would be left without a holder.\n`;
  const lines = [`If ${personName(person)} left, ${findings.length} finding${findings.length === 1 ? '' : 's'} would appear: the offboarding checklist.`, ''];
  for (const finding of findings) {
    const owners = (finding.owners ?? []).map((owner) => owner.id).join(', ');
    lines.push(`  ${at(finding)}  ${finding.severity}  ${finding.ruleId}${owners ? `  → ${escapeTerminal(owners)}` : ''}`, `    ${escapeTerminal(finding.message)}`);
  }
  return `${lines.join('\n')}\n`;
}

function section(lines: string[], heading: string, items: readonly string[]): void {
  if (items.length === 0) {
    lines.push(`${heading}: none`, '');
    return;
  }
  lines.push(`${heading} (${items.length})`, ...items.map((item) => `  ${item}`), '');
}

/** `Priya Raman (priya-raman) <priya.raman@example.com>`, or the id alone when the register has no name. */
function personName(person: WhoReport['person']): string {
  const id = escapeTerminal(person.id ?? '');
  const named = person.name === undefined ? id : `${escapeTerminal(person.name)} (${id})`;
  return person.email === undefined ? named : `${named} <${escapeTerminal(person.email)}>`;
}

function entityName(entity: EntityName): string {
  return entity.id === undefined ? escapeTerminal(entity.kind) : `${escapeTerminal(entity.kind)} '${escapeTerminal(entity.id)}'`;
}

function at(place: Place): string {
  return `${escapeTerminal(place.file)}:${place.line}:${place.column}`;
}

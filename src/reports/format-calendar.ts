import { createHash } from 'node:crypto';
import type { DueDate } from '../engine/locate-due.js';
import { escapeTerminal } from '../formatters/escape-terminal.js';
import { cellText, codeSpan } from '../formatters/markdown-escape.js';
import { addDuration } from '../util/dates.js';
import type { Calendar } from './calendar.js';
import { icsDocument, icsParameter, icsText } from './icalendar.js';

/** An e-mail address that can follow `mailto:` as written; the schema checks the rest (person/unique-email compares them). */
const MAILBOX = /^[^\x00-\x20\x7f-\u{10ffff}"<>:;,\\@]+@[^\x00-\x20\x7f-\u{10ffff}"<>:;,\\@]+$/u;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The calendar as JSON: `{ from, to, overdue: [...], months: [{ month, due: [...] }] }`, each entry with its owners. */
export function calendarJson(calendar: Calendar): string {
  return `${JSON.stringify(calendar, null, 2)}\n`;
}

/** The calendar for a terminal: what is overdue, then a section per month, each entry with its owners and place. */
export function calendarText(calendar: Calendar): string {
  const lines = [`Compliance calendar from ${calendar.from} to ${calendar.to}`, ''];
  for (const [heading, items] of sections(calendar)) {
    lines.push(`${heading} (${items.length})`);
    for (const item of items) {
      const owners = item.owners ? `  → ${item.owners.map((owner) => escapeTerminal(owner.id)).join(', ')}` : '';
      lines.push(`  ${item.date}  ${escapeTerminal(dueTitle(item))}${owners}`, `              ${escapeTerminal(item.file)}:${item.line}:${item.column}  ${escapeTerminal(item.ruleId)}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(calendar));
  return `${lines.join('\n')}\n`;
}

/** The calendar for a wiki page or a meeting's agenda: a table per section. */
export function calendarMarkdown(calendar: Calendar): string {
  const lines = [`## Compliance calendar, ${calendar.from} to ${calendar.to}`, '', summaryLine(calendar)];
  for (const [heading, items] of sections(calendar)) {
    lines.push('', `### ${heading}`, '', '| Due | What | Where | Owners |', '|---|---|---|---|');
    for (const item of items) {
      const owners = (item.owners ?? []).map((owner) => codeSpan(owner.id)).join(', ');
      lines.push(`| ${item.date} | ${cellText(dueTitle(item))} | ${codeSpan(`${item.file}:${item.line}`)} | ${owners} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The calendar as an iCalendar feed (RFC 5545) to subscribe to: one all-day event per entry, overdue ones first,
 * the owners with an e-mail as attendees. Two runs on the same register from the same day give the same bytes.
 */
export function calendarIcs(calendar: Calendar): string {
  // DTSTAMP says when the feed was made: the window's first day rather than the clock, so that the output is
  // byte-identical across runs and a feed that did not change does not look changed.
  const stamp = `${compact(calendar.from)}T000000Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//govlint//compliance calendar//EN', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Compliance calendar'];
  const uids = new Map<string, number>();
  for (const [, items] of sections(calendar)) {
    for (const item of items) {
      const uid = uniqueUid(uidOf(item), uids);
      lines.push('BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${compact(item.date)}`, `DTEND;VALUE=DATE:${compact(addDuration(item.date, { amount: 1, unit: 'day' }))}`);
      lines.push(`SUMMARY:${icsText(`${item.overdue ? 'Overdue: ' : ''}${dueTitle(item)}`)}`, `DESCRIPTION:${icsText(description(item))}`);
      for (const owner of item.owners ?? []) {
        if (owner.email !== undefined && MAILBOX.test(owner.email)) lines.push(`ATTENDEE;CN=${icsParameter(owner.name ?? owner.id)};ROLE=REQ-PARTICIPANT:mailto:${owner.email}`);
      }
      lines.push('END:VEVENT');
    }
  }
  lines.push('END:VCALENDAR');
  return icsDocument(lines);
}

/**
 * A UID that stays the same from run to run, so that a subscribed calendar updates the event in place: a hash of
 * the rule, the entity (or the file, for a place in no entity), the path and what falls due, and neither the line,
 * which moves when the file is edited, nor the date, which moves when the review is done: the event moves with it,
 * and an entity never reviewed, due on whichever day the feed is made, keeps its event.
 */
function uidOf(item: DueDate): string {
  const subject = item.entity ? [item.entity.kind, item.entity.id ?? item.file] : ['', item.file];
  const hash = createHash('sha256').update(JSON.stringify([item.ruleId, ...subject, item.path ?? '', item.what])).digest('hex');
  return `${hash.slice(0, 32)}@govlint`;
}

/** Two entries alike in all the UID reads (two suppressions of one rule in one entity) get `-2`, `-3`… in date order. */
function uniqueUid(uid: string, seen: Map<string, number>): string {
  const count = (seen.get(uid) ?? 0) + 1;
  seen.set(uid, count);
  return count === 1 ? uid : uid.replace('@', `-${count}@`);
}

function description(item: DueDate): string {
  const where = `${item.file}:${item.line}${item.path === undefined ? '' : ` (\`${item.path}\`)`}`;
  const owners = item.owners?.map((owner) => `${owner.name ?? owner.id}${owner.email === undefined ? '' : ` <${owner.email}>`}`).join(', ') ?? 'nobody';
  return [`${dueTitle(item)}, ${item.overdue ? 'overdue since' : 'due on'} ${item.date}.`, `Where: ${where}`, `Owners: ${owners}`, `Rule: ${item.ruleId}`].join('\n');
}

/** `Risk 'risk-battery-supply': review in the joint risk review`. */
export function dueTitle(item: DueDate): string {
  const subject = item.entity ? `${item.entity.kind}${item.entity.id === undefined ? ` in ${item.file}` : ` '${item.entity.id}'`}` : item.file;
  return `${subject}: ${item.what}`;
}

function sections(calendar: Calendar): Array<[string, DueDate[]]> {
  const months = calendar.months.map(({ month, due }): [string, DueDate[]] => [`${MONTHS[Number(month.slice(-2)) - 1]} ${month.slice(0, -3)}`, due]);
  return calendar.overdue.length > 0 ? [['Overdue', calendar.overdue], ...months] : months;
}

function summaryLine(calendar: Calendar): string {
  const due = calendar.months.reduce((sum, { due }) => sum + due.length, 0);
  return `${calendar.overdue.length} overdue, ${due} falling due from ${calendar.from} to ${calendar.to}.`;
}

/** 2026-11-22 as iCalendar writes a date: 20261122. */
function compact(date: string): string {
  return date.replaceAll('-', '');
}

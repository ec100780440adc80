import type { DueDate } from '../engine/locate-due.js';
import type { Owner } from '../model/owners.js';
import { dueTitle } from './format-calendar.js';
import { escapeHtml as h } from './html-escape.js';
import type { Section } from './html-section.js';
import type { EntityChecks, EntityRef, Report, ReportFinding, ReviewStatus } from './report.js';
import { REPORT_SCRIPT, REPORT_STYLE } from './report-assets.js';
import { trendSection, type TrendPoint } from './report-trend.js';

/** Where a file and line link to: a path relative to the report, or a page of the hosted repository. */
export type LinkTo = (file: string, line: number) => string;

export interface HtmlOptions {
  link: LinkTo;
  /** The headline figures at the end of each past month, oldest first (`--history`). */
  trend?: TrendPoint[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const STATUS_LABEL: Record<ReviewStatus, string> = {
  current: 'Current',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  'never-reviewed': 'Never reviewed',
  'not-scheduled': 'Not scheduled',
};

const KIND_PLURAL: Record<string, string> = { Raci: 'RACI matrices', Process: 'Processes', Person: 'People' };

/**
 * The report as one self-contained HTML page: styles and script inline, no request of any kind (a content security
 * policy forbids them), every text from the register escaped. The same report always gives the same bytes.
 */
export function reportHtml(report: Report, options: HtmlOptions): string {
  const link = (file: string, line: number, text: string) => `<a href="${h(options.link(file, line))}">${h(text)}</a>`;
  const where = (place: { file: string; line: number }) => link(place.file, place.line, `${place.file}:${place.line}`);
  const entity = (ref: EntityRef) => link(ref.file, ref.line, ref.title ?? ref.id ?? `${ref.kind} in ${ref.file}`);
  const sections = [
    headline(report),
    ...(options.trend ? [trendSection(options.trend)] : []),
    programs(report, entity, where),
    risks(report, entity),
    calendar(report, where),
    documents(report, entity),
    people(report, entity, where),
    exceptions(report, where),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Governance report, ${h(report.today)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>Governance report</h1>
<p>The register as it stood on ${h(report.today)}, checked by govlint.</p>
<nav aria-label="Contents"><ul>${sections.map(({ id, title }) => `<li><a href="#${id}">${title}</a></li>`).join('')}</ul></nav>
</header>
<main>
${sections.map(({ id, title, body }) => `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${title}</h2>\n${body}\n</section>`).join('\n')}
</main>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

type Linker = (ref: EntityRef) => string;
type Where = (place: { file: string; line: number }) => string;

function headline({ headline: figures }: Report): Section {
  const { findings } = figures;
  const items = [
    figure(figures.entities.reduce((sum, { count }) => sum + count, 0), 'entities in the register', figures.entities.map(({ kind, count }) => `${count} ${plural(kind, count)}`).join(', ')),
    figure(findings.error, 'problems to fix', `and ${findings.warning} ${findings.warning === 1 ? 'warning' : 'warnings'}, ${findings.note} ${findings.note === 1 ? 'notice' : 'notices'}`),
    figure(figures.reviewsOverdue, 'reviews overdue', `${figures.reviewsDueSoon} more due in the next 30 days`),
    figure(figures.exceptionsInForce, 'exceptions in force', 'findings set aside with a reason and an approver'),
  ];
  const ownership = figures.ownership.map(({ kind, total, meeting }) => `<tr><th scope="row">${h(plural(kind, total))}</th><td class="num">${meeting} of ${total}</td><td class="num">${percent(meeting, total)}</td></tr>`);
  const body = `<ul class="figures">${items.join('')}</ul>
<h3>Who is accountable</h3>
<p>How many entities of each kind have the owners they must have.</p>
<table class="compact"><thead><tr><th scope="col">Kind</th><th scope="col" class="num">With their owners</th><th scope="col" class="num">Share</th></tr></thead><tbody>${ownership.join('')}</tbody></table>`;
  return { id: 'headline', title: 'At a glance', body };
}

function figure(value: number, label: string, detail: string): string {
  return `<li><span class="value">${value}</span> <span class="label">${h(label)}</span><span class="detail">${h(detail)}</span></li>`;
}

function programs(report: Report, entity: Linker, where: Where): Section {
  const cards = report.programs.map((card) => {
    const systems = card.systems.map(({ system, owners }) => `<tr><td>${entity(system)}</td><td>${ownerList(owners)}</td></tr>`).join('');
    const failing = card.checks.filter((checks) => checks.failed.length > 0).length;
    return `<article class="card">
<h3>${entity(card.program)}</h3>
<p>Program manager: ${ownerList(card.managers)}. ${card.checks.length - failing} of ${card.checks.length} entities pass every check.</p>
<table><caption>Systems and their owners</caption><thead><tr><th scope="col">System</th><th scope="col">System owner</th></tr></thead><tbody>${systems || '<tr><td colspan="2">No systems.</td></tr>'}</tbody></table>
${refList('Risks', card.risks, entity)}${refList('Documents', card.documents, entity)}${refList('RACI matrices', card.raci, entity)}
<details><summary>Checks per entity (${failing} with problems)</summary>
<table class="sortable"><thead><tr><th scope="col">Entity</th><th scope="col">Result</th><th scope="col">Passed</th><th scope="col">Failed</th></tr></thead><tbody>${card.checks.map((checks) => checkRow(checks, entity, where)).join('')}</tbody></table>
</details>
</article>`;
  });
  return { id: 'programs', title: 'Programs', body: cards.join('\n') || '<p>No programs in the register.</p>' };
}

function checkRow(checks: EntityChecks, entity: Linker, where: Where): string {
  const result = checks.failed.length > 0 ? badge('bad', `${checks.failed.length} failed`) : badge('good', 'Passes');
  const failed = checks.failed.map((finding) => `<li>${findingText(finding, where)}</li>`).join('');
  const excepted = checks.excepted.map((rule) => `<li><code>${h(rule)}</code> (exception)</li>`).join('');
  return `<tr><td>${h(checks.entity.kind)} ${entity(checks.entity)}</td><td>${result}</td><td class="rules">${h(checks.passed.join(', '))}</td><td><ul>${failed}${excepted}</ul></td></tr>`;
}

function findingText(finding: ReportFinding, where: Where): string {
  return `${badge(finding.severity === 'error' ? 'bad' : finding.severity === 'warning' ? 'warn' : 'info', finding.severity)} ${h(finding.message)} <span class="where"><code>${h(finding.ruleId)}</code> ${where(finding)}</span>`;
}

function risks({ risks }: Report, entity: Linker): Section {
  const header = risks.likelihoods.map((likelihood) => `<th scope="col">${h(capital(likelihood.replace('-', ' ')))}</th>`).join('');
  const rows = [...risks.severities.keys()].reverse().map((s) => {
    const cells = risks.likelihoods.map((_, l) => {
      const count = risks.cells[s]![l]!;
      const level = heat(s, l);
      return `<td class="heat ${level}" data-severity="${h(risks.severities[s]!)}" data-likelihood="${h(risks.likelihoods[l]!)}"><span class="count">${count}</span> <span class="level">${level}</span></td>`;
    });
    return `<tr><th scope="row">${h(capital(risks.severities[s]!))}</th>${cells.join('')}</tr>`;
  });
  const table = (caption: string, list: Report['risks']['open']) =>
    `<table class="sortable"><caption>${caption}</caption><thead><tr><th scope="col">Risk</th><th scope="col">Severity</th><th scope="col">Likelihood</th><th scope="col">Status</th><th scope="col">Owners</th><th scope="col">Review</th><th scope="col">Mitigation</th></tr></thead><tbody>${list
      .map(
        (row) =>
          `<tr><td>${entity(row.risk)}</td><td data-sort="${risks.severities.indexOf(row.severity ?? '')}">${h(row.severity ?? '')}</td><td data-sort="${risks.likelihoods.indexOf(row.likelihood ?? '')}">${h(row.likelihood ?? '')}</td><td>${h(row.status ?? '')}</td><td>${ownerList(row.owners)}</td><td>${status(row.review, row.reviewDue)}</td><td>${h(row.mitigation ?? '')}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  const body = `<p>${risks.open.length} open ${risks.open.length === 1 ? 'risk' : 'risks'} by severity and likelihood; each cell counts the open risks there and names its level in words.</p>
<table class="heatmap"><caption>Open risks: severity (rows) by likelihood (columns)</caption><thead><tr><td></td>${header}</tr></thead><tbody>${rows.join('')}</tbody></table>
${table('Open risks, with both owners', risks.open)}
${risks.closed.length > 0 ? table('Closed risks', risks.closed) : '<p>No closed risks.</p>'}`;
  return { id: 'risks', title: 'Joint risk register', body };
}

/** The level of a heat-map cell from its severity and likelihood ranks. */
function heat(severity: number, likelihood: number): string {
  const score = (severity + 1) * (likelihood + 1);
  return score >= 12 ? 'critical' : score >= 6 ? 'high' : score >= 3 ? 'medium' : 'low';
}

function calendar({ calendar }: Report, where: Where): Section {
  const table = (caption: string, items: DueDate[]) =>
    `<table><caption>${caption}</caption><thead><tr><th scope="col">Due</th><th scope="col">What</th><th scope="col">Owners</th><th scope="col">Where</th></tr></thead><tbody>${items
      .map((item) => `<tr><td class="date">${item.date}</td><td>${h(dueTitle(item))}</td><td>${ownerList(item.owners ?? [])}</td><td>${where(item)}</td></tr>`)
      .join('')}</tbody></table>`;
  const months = calendar.months.map(({ month, due }) => table(`${MONTHS[Number(month.slice(-2)) - 1]} ${month.slice(0, 4)}`, due));
  const body = `<p>What falls due from ${calendar.from} to ${calendar.to}, as <code>govlint calendar</code> lists it.</p>
${calendar.overdue.length > 0 ? table(`Overdue (${calendar.overdue.length})`, calendar.overdue) : '<p>Nothing is overdue.</p>'}
${months.join('\n') || '<p>Nothing falls due in the next 90 days.</p>'}`;
  return { id: 'calendar', title: 'Compliance calendar, next 90 days', body };
}

function documents({ documents }: Report, entity: Linker): Section {
  const rows = documents.map(
    (row) => `<tr><td>${entity(row.document)}</td><td>${h(row.type ?? '')}</td><td>${ownerList(row.owners)}</td><td class="date">${h(row.reviewed ?? 'never')}</td><td class="date">${h(row.due ?? '')}</td><td>${status(row.status)}</td></tr>`,
  );
  const body = `<table class="sortable"><caption>Every document and its review</caption><thead><tr><th scope="col">Document</th><th scope="col">Type</th><th scope="col">Owner</th><th scope="col">Last review</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return { id: 'documents', title: 'Documentation audit', body };
}

function people({ people }: Report, entity: Linker, where: Where): Section {
  const load = people.load.map(
    (row) => `<tr><td>${h(row.name ?? row.person)}</td><td class="num">${row.count}${row.overloaded ? ` ${badge('bad', 'Overloaded')}` : ''}</td><td>${row.entities.map(entity).join(', ')}</td></tr>`,
  );
  const list = (items: ReportFinding[], none: string) => (items.length > 0 ? `<ul>${items.map((finding) => `<li>${findingText(finding, where)}</li>`).join('')}</ul>` : `<p>${none}</p>`);
  const body = `<table class="sortable"><caption>What each person is owner or manager of</caption><thead><tr><th scope="col">Person</th><th scope="col">Load</th><th scope="col">Accountable for</th></tr></thead><tbody>${load.join('')}</tbody></table>
<h3>Conflicting roles</h3>
${list(people.conflicts, 'Nobody holds roles that should be kept apart.')}
<h3>People who left and still hold roles</h3>
${list(people.leavers, 'Nobody who left still holds a role.')}`;
  return { id: 'people', title: 'People', body };
}

function exceptions({ exceptions }: Report, where: Where): Section {
  const rows = exceptions.map(
    (exception) =>
      `<tr><td>${exception.rules.map((rule) => `<code>${h(rule)}</code>`).join(', ')}</td><td>${h(exception.entity ? `${exception.entity.kind} ${exception.entity.id ?? ''}` : '')}</td><td>${h(exception.reason ?? '')}</td><td>${h(exception.approvedBy ?? '')}</td><td class="date">${h(exception.until ?? 'no expiry')}</td><td>${where(exception)}</td></tr>`,
  );
  const body =
    rows.length > 0
      ? `<table class="sortable"><caption>Findings set aside, with reason, approver and expiry</caption><thead><tr><th scope="col">Rules</th><th scope="col">Entity</th><th scope="col">Reason</th><th scope="col">Approved by</th><th scope="col">Until</th><th scope="col">Where</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : '<p>No exceptions are in force.</p>';
  return { id: 'exceptions', title: 'Exceptions in force', body };
}

function refList(title: string, refs: EntityRef[], entity: Linker): string {
  return `<h4>${title} (${refs.length})</h4>${refs.length > 0 ? `<ul class="inline">${refs.map((ref) => `<li>${entity(ref)}</li>`).join('')}</ul>` : '<p>None.</p>'}`;
}

function ownerList(owners: readonly Owner[]): string {
  return owners.length > 0 ? owners.map((owner) => h(owner.name ?? owner.id)).join(', ') : badge('bad', 'Nobody');
}

function status(review: ReviewStatus, date?: string): string {
  const kind = review === 'current' ? 'good' : review === 'due-soon' ? 'warn' : review === 'not-scheduled' ? 'info' : 'bad';
  return `${badge(kind, STATUS_LABEL[review])}${date ? ` <span class="date">${h(date)}</span>` : ''}`;
}

/** A status in words, with a colour that only repeats what the words say. */
function badge(kind: 'good' | 'warn' | 'bad' | 'info', text: string): string {
  return `<span class="badge ${kind}">${h(text)}</span>`;
}

function plural(kind: string, count: number): string {
  if (count === 1) return kind === 'Raci' ? 'RACI matrix' : kind;
  return KIND_PLURAL[kind] ?? `${kind}s`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '' : `${Math.round((part / whole) * 100)}%`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

import { cellText, codeSpan, linkTarget } from '../formatters/markdown-escape.js';
import { countBySeverity } from '../formatters/types.js';
import { dueTitle } from './format-calendar.js';
import type { DigestPage } from './digest.js';

/** Where a link to a file's line points, from the page that holds it (`docs/sla.md#L9`, or `../docs/sla.md#L9`). */
export type LinkTo = (file: string, line: number) => string;

export interface DigestOptions {
  today: string;
  /** The last day of the window for what falls due. */
  until: string;
  linkTo: LinkTo;
}

/** Every page as one Markdown document, a section per person, for a CI job to post or mail as one. */
export function digestDocument(pages: readonly DigestPage[], options: DigestOptions): string {
  if (pages.length === 0) return `# Governance digest, ${options.today}\n\nNobody has a finding to fix or a review falling due by ${options.until}.\n`;
  const sections = pages.map((page) => personSection(page, options, '##'));
  return `# Governance digest, ${options.today}\n\n${sections.join('\n')}`;
}

/** One person's page, as its own Markdown file. */
export function digestPage(page: DigestPage, options: DigestOptions): string {
  return personSection(page, options, '#', ` · governance digest, ${options.today}`);
}

function personSection(page: DigestPage, options: DigestOptions, heading: '#' | '##', titleEnd = ''): string {
  const sub = `${heading}#`;
  const who = page.name ? `${page.name} (${page.id})` : page.id;
  const lines = [`${heading} ${cellText(who)}${titleEnd}`, ''];
  const findings = page.entities.flatMap((entity) => entity.findings);
  const counts = countBySeverity(findings);
  const contact = page.email ? `${cellText(page.email)} · ` : '';
  const toFix = findings.length === 0 ? 'nothing to fix' : `${plural(findings.length, 'finding')} to fix (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')})`;
  lines.push(`${contact}${toFix} · ${page.due.length === 0 ? 'nothing' : plural(page.due.length, 'item')} falling due by ${options.until}`, '');
  if (page.entities.length > 0) {
    lines.push(`${sub} To fix`, '');
    for (const entity of page.entities) {
      lines.push(`**${cellText(entity.title)}**`, '');
      for (const finding of entity.findings) {
        lines.push(`- ${finding.severity}: ${cellText(finding.message)} ${codeSpan(finding.ruleId)} at ${link(finding.file, finding.line, options.linkTo)}`);
      }
      lines.push('');
    }
  }
  if (page.due.length > 0) {
    lines.push(`${sub} Falling due by ${options.until}`, '');
    for (const item of page.due) lines.push(`- ${item.date}: ${cellText(dueTitle(item))} at ${link(item.file, item.line, options.linkTo)}`);
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

function link(file: string, line: number, linkTo: LinkTo): string {
  return `[${cellText(`${file}:${line}`)}](${linkTarget(linkTo(file, line))})`;
}

function plural(count: number, singular: string): string {
  return `${count} ${count === 1 ? singular : `${singular}s`}`;
}

import type { Section } from './html-section.js';
import type { Headline } from './report.js';

/** The headline figures at the end of a month, from the register as it was at that month's last commit. */
export interface TrendPoint {
  /** YYYY-MM. */
  month: string;
  /** The commit read, short; absent when the register had no commit yet that month. */
  commit?: string;
  headline?: Headline;
}

const SERIES: Array<{ title: string; value: (headline: Headline) => number }> = [
  { title: 'Problems to fix', value: (headline) => headline.findings.error },
  { title: 'Warnings', value: (headline) => headline.findings.warning },
  { title: 'Reviews overdue', value: (headline) => headline.reviewsOverdue },
  { title: 'Exceptions in force', value: (headline) => headline.exceptionsInForce },
];

const WIDTH = 240;
const HEIGHT = 90;
const PAD = 14;

/** Small line charts of the headline over the months, each with the same figures as a table for those who cannot see it. */
export function trendSection(points: readonly TrendPoint[]): Section {
  const known = points.filter((point): point is Required<TrendPoint> => point.headline !== undefined);
  const charts = SERIES.map(({ title, value }, index) => chart(`trend-${index}`, title, known.map((point) => ({ month: point.month, value: value(point.headline) }))));
  const rows = points.map(
    (point) => `<tr><th scope="row">${point.month}</th>${SERIES.map(({ value }) => `<td class="num">${point.headline ? value(point.headline) : 'no commit'}</td>`).join('')}</tr>`,
  );
  const body = `<p>The same figures at the end of each of the last ${points.length} months, from the register as it was committed then.</p>
<div class="trend">${charts.join('')}</div>
<table><caption>The trend in figures</caption><thead><tr><th scope="col">Month</th>${SERIES.map(({ title }) => `<th scope="col">${title}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return { id: 'trend', title: 'Trend', body };
}

function chart(id: string, title: string, values: Array<{ month: string; value: number }>): string {
  const max = Math.max(1, ...values.map(({ value }) => value));
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  const points = values.map(({ value }, index) => [PAD + index * step, HEIGHT - PAD - ((HEIGHT - 2 * PAD) * value) / max] as const);
  const line = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const description = values.map(({ month, value }) => `${month}: ${value}`).join(', ') || 'no data';
  const dots = points.map(([x, y], index) => `<circle class="point" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3" fill="#0b4f9c"><title>${values[index]!.month}: ${values[index]!.value}</title></circle>`);
  return `<figure><figcaption id="${id}">${title}</figcaption><svg width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}" aria-describedby="${id}-d"><desc id="${id}-d">${description}</desc><line x1="${PAD}" y1="${HEIGHT - PAD}" x2="${WIDTH - PAD}" y2="${HEIGHT - PAD}" stroke="#767676"/><polyline points="${line}" fill="none" stroke="#0b4f9c" stroke-width="2"/>${dots.join('')}</svg></figure>`;
}

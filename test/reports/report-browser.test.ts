import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyRepo } from '../helpers/report-history-repo.js';
import { runInProcess } from '../helpers/run-in-process.js';

/** Debian's chromium (apt-get install chromium; .ci/run installs it), or the one CHROMIUM names. */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FOUND = existsSync(CHROMIUM);
if (!FOUND) console.warn(`report browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM=<path>)`);

const FIXTURE = join(import.meta.dirname, '../fixtures/report');

describe.skipIf(!FOUND)('the report in headless Chromium', () => {
  let browser: Browser;
  let folder: string;
  let socketFolder: string | undefined;
  let url: string;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const result = await runInProcess(['report', '--today', '2026-11-22'], FIXTURE);
    expect(result.code).toBe(0);
    folder = mkdtempSync(join(tmpdir(), 'govlint-browser-'));
    writeFileSync(join(folder, 'report.html'), result.stdout);
    url = pathToFileURL(join(folder, 'report.html')).href;
    // Chromium puts a socket in its TMPDIR, whose path must stay under about 100 characters: the test run's own
    // temporary folder can be nested deeper than that, so Chromium gets a short one, removed with the rest.
    socketFolder = mkdtempSync('/tmp/govlint-chromium-');
    browser = await chromium.launch({ executablePath: CHROMIUM, env: { ...process.env, TMPDIR: socketFolder } });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    await page.goto(url);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
    if (socketFolder) rmSync(socketFolder, { recursive: true, force: true });
  });

  it('opens from a file:// URL with no console error and no request leaving the page', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });

  it("shows the fixture's open risks in the right cells of the heat map", async () => {
    const cells = await page.$$eval('table.heatmap td.heat', (tds) => tds.map((td) => [td.getAttribute('data-severity'), td.getAttribute('data-likelihood'), td.querySelector('.count')!.textContent]));
    expect(cells).toHaveLength(20);
    expect(cells.filter(([, , count]) => count !== '0')).toEqual([['high', 'likely', '1']]);
  });

  it("lists a program's systems with their owners", async () => {
    const card = page.locator('#programs article.card').first();
    expect(await card.locator('h3').textContent()).toBe('Retail');
    expect(await card.locator('p').first().textContent()).toContain('Program manager: Ada Lovelace, Grace Hopper.');
    const rows = await card.locator('table').first().locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from((tr as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells, (cell) => cell.textContent)));
    expect(rows).toEqual([
      ['Point of Sale', 'Grace Hopper'],
      ['Web <Store>', 'Linus Old'],
    ]);
  });

  it('sorts a long table when its header is clicked', async () => {
    const people = page.locator('#people table.sortable');
    const first = () => people.locator('tbody tr td').first().textContent();
    expect(await first()).toBe('Grace Hopper');
    await people.getByRole('button', { name: 'Person' }).click();
    expect(await first()).toBe('Ada Lovelace');
  });

  it("sorts risks by severity as ranked, not as spelt, in the bundled example's report", async () => {
    const result = await runInProcess(['report', 'examples/omnichannel', '--today', '2026-11-22'], join(import.meta.dirname, '../..'));
    writeFileSync(join(folder, 'example.html'), result.stdout);
    const example = await browser.newPage();
    await example.goto(pathToFileURL(join(folder, 'example.html')).href);
    const risks = example.locator('#risks table.sortable').first();
    const severity = risks.getByRole('button', { name: 'Severity' });
    await severity.click();
    await severity.click();
    expect(await risks.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(['critical', 'high', 'high', 'medium', 'medium']);
    await example.close();
  });

  it('passes an accessibility audit (axe-core) with no serious or critical violation', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const results = await (globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run();
      return results.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.length }));
    });
    expect(violations.filter(({ impact }) => impact === 'serious' || impact === 'critical')).toEqual([]);
  });

  it('draws the trend with one point per month of the history', async () => {
    const repo = historyRepo();
    try {
      const result = await runInProcess(['report', '--today', '2026-11-22', '--history', '3', '-o', 'report.html'], repo.root);
      expect(result.code).toBe(0);
      const trend = await browser.newPage();
      const errors: string[] = [];
      trend.on('pageerror', (error) => errors.push(error.message));
      trend.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await trend.goto(pathToFileURL(join(repo.root, 'report.html')).href);
      const points = await trend.locator('#trend svg').evaluateAll((charts) => charts.map((chart) => chart.querySelectorAll('circle.point').length));
      expect(points).toEqual([3, 3, 3, 3]);
      expect(await trend.getByRole('img', { name: 'Problems to fix' }).count()).toBe(1);
      expect(errors).toEqual([]);
      await trend.close();
    } finally {
      rmSync(repo.root, { recursive: true, force: true });
    }
  });

  it('reads with scripts off: the tables are there, in register order', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(url);
    expect(await plain.locator('#documents table tbody tr').count()).toBe(1);
    expect(await plain.locator('th button').count()).toBe(0);
    await context.close();
  });
});

// Writes docs/report.png: the bundled example's report (govlint report examples/omnichannel --today 2026-11-22) as
// headless Chromium shows it, for the README. Beside it, docs/report.png.sha256 holds the hash of the HTML it was
// taken from, which test/reports/report-screenshot.test.ts compares so that a report that changed is noticed
// without a browser. Needs Debian's chromium (or CHROMIUM=<path>) and a build (npm run build).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const html = execFileSync(process.execPath, [join(root, 'bin/govlint.js'), 'report', 'examples/omnichannel', '--today', '2026-11-22'], { cwd: root, encoding: 'utf8' });
const folder = mkdtempSync(join(tmpdir(), 'govlint-screenshot-'));
try {
  const page = join(folder, 'report.html');
  writeFileSync(page, html);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
  try {
    const tab = await browser.newPage({ viewport: { width: 1100, height: 1500 }, deviceScaleFactor: 1 });
    await tab.goto(pathToFileURL(page).href);
    await tab.screenshot({ path: join(root, 'docs/report.png'), fullPage: false });
  } finally {
    await browser.close();
  }
  writeFileSync(join(root, 'docs/report.png.sha256'), `${reportHash(html)}\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/** The hash of the report's HTML the screenshot shows. */
function reportHash(text) {
  return createHash('sha256').update(text).digest('hex');
}

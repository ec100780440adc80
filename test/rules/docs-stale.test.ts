import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/git/load-history.js';
import type { History } from '../../src/model/history.js';
import rule from '../../src/rules/docs-stale.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';
import { scratchRepo } from '../helpers/scratch-git.js';

const RULE = 'docs/stale';
const FILE = 'docs/architecture.yaml';

interface Check {
  today?: string;
  maxAge?: string;
  maxReviewEvery?: string;
  /** Off unless a test is about announcing reviews, so that the others see only what is wrong. */
  announce?: string;
}

function check(files: Record<string, string>, { today = '2026-11-22', announce = 'off', ...rest }: Check = {}) {
  const options = { [RULE]: { announce, ...rest } };
  return findingsOf(lintFiles(files, { rules: [rule], today, options }), RULE).map(brief);
}

/** A Document in docs/architecture.yaml with these extra lines after `kind` and `id`. */
function document(...extra: string[]) {
  return { [FILE]: lines('kind: Document', 'id: architecture', ...extra) };
}

function finding(file: string, [line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { ruleId: RULE, file, line, column, endLine, endColumn, message };
}

function overdue(reviewed: string, every: string, due: string) {
  return `Document 'architecture' is overdue for review: last reviewed ${reviewed}, due every ${every}, so due ${due}. Review it and update \`reviewed\`.`;
}

describe('docs/stale', () => {
  describe('valid', () => {
    it('accepts a document reviewed recently', () => {
      expect(check(document('reviewed: 2026-10-01'))).toEqual([]);
    });

    it('accepts a document reviewed today', () => {
      expect(check(document('reviewed: 2026-11-22'))).toEqual([]);
    });

    it('accepts a document due today (reviewed exactly six months ago)', () => {
      expect(check(document('reviewed: 2026-05-22'))).toEqual([]);
    });

    it('lets the entity `reviewEvery` win over the default interval, up to the ceiling', () => {
      expect(check(document('reviewed: 2026-07-10', 'reviewEvery: 6 months'), { maxAge: '30 days' })).toEqual([]);
      expect(check(document('reviewed: 2026-01-10', 'reviewEvery: 1 year'), { maxReviewEvery: 'off' })).toEqual([]);
    });

    it('lets the entity `reviewEvery` win over the `maxAge` option when there is no ceiling', () => {
      expect(check(document('reviewed: 2026-01-10', 'reviewEvery: 1 year'), { maxAge: '30 days', maxReviewEvery: 'off' })).toEqual([]);
    });

    it('announces nothing before the `announce` window, and nothing when it is off', () => {
      expect(check(document('reviewed: 2026-06-07'), { announce: '14 days' })).toEqual([]);
      expect(check(document('reviewed: 2026-05-22'))).toEqual([]);
    });

    it('clamps month ends: reviewed 2026-08-31, due 2027-02-28, clean on 2027-02-28', () => {
      expect(check(document('reviewed: 2026-08-31'), { today: '2027-02-28' })).toEqual([]);
    });

    it('leaves a malformed date to schema/valid', () => {
      expect(check(document('reviewed: 2026-02-30'))).toEqual([]);
      expect(check(document('reviewed: 20260101'))).toEqual([]);
    });

    it('checks Documents only', () => {
      expect(check({ 'systems/pos.yaml': lines('kind: System', 'id: pos', 'reviewed: 2020-01-01') })).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a document never reviewed, at the first key', () => {
      expect(check(document('title: Architecture'))).toEqual([
        finding(FILE, [1, 1, 1, 5], "Document 'architecture' has never been reviewed: review it every 6 months and record the date as `reviewed: YYYY-MM-DD`."),
      ]);
    });

    it('reports an overdue document at its review date', () => {
      expect(check(document('reviewed: 2026-01-10'))).toEqual([finding(FILE, [3, 11, 3, 21], overdue('2026-01-10', '6 months', '2026-07-10'))]);
    });

    it('reports a document one day after it was due', () => {
      expect(check(document('reviewed: 2026-05-21'))).toEqual([finding(FILE, [3, 11, 3, 21], overdue('2026-05-21', '6 months', '2026-11-21'))]);
    });

    it('reports a `reviewEvery` beyond the twice-yearly audit at its value, and holds the document to six months', () => {
      expect(check(document('reviewed: 2026-01-10', 'reviewEvery: 3 years'))).toEqual([
        finding(FILE, [3, 11, 3, 21], overdue('2026-01-10', '6 months', '2026-07-10')),
        finding(
          FILE,
          [4, 14, 4, 21],
          "Document 'architecture' is to be reviewed every 3 years, longer than the documentation audit allows (every 6 months at the most): shorten `reviewEvery` to 6 months or less. Until then it is held to 6 months.",
        ),
      ]);
    });

    it('announces a review coming due within `announce`, as a note naming the document owner', () => {
      const files = document('roles:', '  document-owner: kenji-tanaka', 'reviewed: 2026-06-01');
      const findings = findingsOf(lintFiles(files, { rules: [rule], today: '2026-11-22', options: { [RULE]: { announce: '14 days' } } }), RULE);
      expect(findings.map((found) => [found.severity, found.line, found.column, found.message])).toEqual([
        [
          'note',
          5,
          11,
          "Document 'architecture' falls due for review on 2026-12-01, in 9 days (last reviewed 2026-06-01, due every 6 months): review it by then and update `reviewed`.",
        ],
      ]);
      expect(check(document('reviewed: 2026-05-22'), { announce: '14 days' }).map((found) => found.message)).toEqual([
        "Document 'architecture' falls due for review on 2026-11-22, today (last reviewed 2026-05-22, due every 6 months): review it today and update `reviewed`.",
      ]);
    });

    it('names the document owner when a review is overdue', () => {
      expect(check(document('roles: { document-owner: kenji-tanaka }', 'reviewed: 2026-01-10')).map((found) => found.message)).toEqual([
        `${overdue('2026-01-10', '6 months', '2026-07-10')}`,
      ]);
    });

    it('reports a review date in the future', () => {
      expect(check(document('reviewed: 2026-11-23'))).toEqual([
        finding(
          FILE,
          [3, 11, 3, 21],
          "Document 'architecture' has a review date in the future (2026-11-23, today is 2026-11-22): record the date the review actually took place.",
        ),
      ]);
    });

    it('uses the `maxAge` option when the document has no `reviewEvery`', () => {
      expect(check(document('reviewed: 2026-10-01'), { maxAge: '4 weeks' })).toEqual([
        finding(FILE, [3, 11, 3, 21], overdue('2026-10-01', '4 weeks', '2026-10-29')),
      ]);
    });

    it('uses a `reviewEvery` shorter than the default interval', () => {
      expect(check(document('reviewed: 2026-10-01', 'reviewEvery: 1 day'))).toEqual([
        finding(FILE, [3, 11, 3, 21], overdue('2026-10-01', '1 day', '2026-10-02')),
      ]);
    });

    it('clamps month ends: reviewed 2026-08-31, due 2027-02-28, stale on 2027-03-01', () => {
      expect(check(document('reviewed: 2026-08-31'), { today: '2027-03-01' })).toEqual([
        finding(FILE, [3, 11, 3, 21], overdue('2026-08-31', '6 months', '2027-02-28')),
      ]);
    });

    it('reports a Markdown document at the line of its front matter', () => {
      const text = lines('---', 'kind: Document', 'id: architecture', 'title: Architecture', 'reviewed: 2025-01-02', '---', '', '# Architecture');
      expect(check({ 'docs/architecture.md': text })).toEqual([
        finding('docs/architecture.md', [5, 11, 5, 21], overdue('2025-01-02', '6 months', '2025-07-02')),
      ]);
    });

    it('reports a Markdown document never reviewed, at its first key', () => {
      const text = lines('---', 'kind: Document', 'id: architecture', '---', '# Architecture');
      expect(check({ 'docs/architecture.md': text })).toEqual([
        finding(
          'docs/architecture.md',
          [2, 1, 2, 5],
          "Document 'architecture' has never been reviewed: review it every 6 months and record the date as `reviewed: YYYY-MM-DD`.",
        ),
      ]);
    });
  });
});

describe('docs/stale with `reviewedFromGit`', () => {
  const page = (id: string, ...extra: string[]) => lines('---', 'kind: Document', `id: ${id}`, ...extra, '---', `# ${id}`);
  const PATHS = ['docs/old.md', 'docs/recent.md', 'docs/edited.md', 'docs/new.md', 'docs/dated.md'];

  /**
   * old.md was last committed on 2026-01-10, recent.md on 2026-10-01; edited.md has changes on top of its commit,
   * new.md was never committed; dated.md has its own `reviewed` date, older than its last commit.
   */
  async function repository() {
    const repo = scratchRepo({ 'docs/old.md': page('old'), 'docs/edited.md': page('edited'), 'docs/dated.md': page('dated', 'reviewed: 2025-01-02') });
    const old = repo.commit('Add', '2026-01-10');
    repo.write({ 'docs/recent.md': page('recent'), 'docs/edited.md': page('edited', 'title: Edited'), 'docs/dated.md': page('dated', 'reviewed: 2025-01-02', 'title: Dated') });
    repo.commit('More', '2026-10-01');
    repo.write({ 'docs/edited.md': page('edited', 'title: Edited again'), 'docs/new.md': page('new') });
    const history = await loadHistory(repo.root, PATHS, new Set(['last-commits']), { cwd: repo.root });
    return { files: Object.fromEntries(PATHS.map((path) => [path, repo.read(path)])), history, old };
  }

  function checkWithGit(files: Record<string, string>, history: History | undefined, reviewedFromGit: boolean, today = '2026-11-22') {
    return findingsOf(lintFiles(files, { rules: [rule], today, history, options: { [RULE]: { reviewedFromGit } } }), RULE).map(brief);
  }

  const DATED_OVERDUE = "Document 'dated' is overdue for review: last reviewed 2025-01-02, due every 6 months, so due 2025-07-02. Review it and update `reviewed`.";
  const never = (id: string, why: string) =>
    `Document '${id}' has never been reviewed (no \`reviewed\` date, and ${why}): review it every 6 months and record the date as \`reviewed: YYYY-MM-DD\`.`;

  it('needs the last commits only when the option is on', () => {
    expect(rule.meta.needsHistory?.({ maxAge: '6 months' })).toEqual([]);
    expect(rule.meta.needsHistory?.({ maxAge: '6 months', reviewedFromGit: true })).toEqual(['last-commits']);
  });

  it('takes a missing date from the last commit, and says where the date came from', async () => {
    const { files, history, old } = await repository();
    expect(checkWithGit(files, history, true)).toEqual([
      // Its own date wins over its commits.
      finding('docs/dated.md', [4, 11, 4, 21], DATED_OVERDUE),
      finding('docs/edited.md', [2, 1, 2, 5], never('edited', 'the file has uncommitted changes')),
      finding('docs/new.md', [2, 1, 2, 5], never('new', 'the file is not committed')),
      finding(
        'docs/old.md',
        [2, 1, 2, 5],
        `Document 'old' is overdue for review: last reviewed 2026-01-10 (the last commit to its file, ${old}, as it has no \`reviewed\` date), due every 6 months, so due 2026-07-10. Review it and record the date as \`reviewed: YYYY-MM-DD\`.`,
      ),
    ]);
  });

  it('counts a commit after the day the check treats as today as current', async () => {
    const { files, history } = await repository();
    expect(checkWithGit({ 'docs/recent.md': files['docs/recent.md']! }, history, true, '2026-09-01')).toEqual([]);
  });

  it('says so when there is no Git history to take a date from', () => {
    expect(checkWithGit({ 'docs/old.md': page('old') }, undefined, true)).toEqual([finding('docs/old.md', [2, 1, 2, 5], never('old', 'no Git history to take one from'))]);
  });

  it('keeps the usual messages when the option is off, history or not', async () => {
    const { files, history } = await repository();
    const messages = checkWithGit(files, history, false).map((found) => found.message);
    expect(messages).toEqual([
      DATED_OVERDUE,
      ...['edited', 'new', 'old', 'recent'].map((id) => `Document '${id}' has never been reviewed: review it every 6 months and record the date as \`reviewed: YYYY-MM-DD\`.`),
    ]);
  });
});

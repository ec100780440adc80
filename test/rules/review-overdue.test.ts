import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/review-overdue.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { loadHistory } from '../../src/git/load-history.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';
import { scratchRepo } from '../helpers/scratch-git.js';

const RULE = 'review/overdue';
const RISK = 'risks/outage.yaml';
const SYSTEM = 'systems/pos.yaml';

interface Check {
  today?: string;
  intervals?: Record<string, string>;
  maxIntervals?: Record<string, string>;
  /** Off unless a test is about announcing reviews, so that the others see only what is wrong. */
  announce?: string;
  reviewedByBothRoles?: boolean;
}

function check(files: Record<string, string>, { today = '2026-11-22', announce = 'off', ...rest }: Check = {}) {
  const options = { [RULE]: { announce, ...rest } };
  return findingsOf(lintFiles(files, { rules: [rule], today, options }), RULE).map(brief);
}

function risk(...rows: string[]) {
  return { [RISK]: lines('kind: Risk', 'id: outage', ...rows) };
}

function system(...rows: string[]) {
  return { [SYSTEM]: lines('kind: System', 'id: pos', ...rows) };
}

function finding(file: string, [line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { ruleId: RULE, file, line, column, endLine, endColumn, message };
}

const RISK_NEVER =
  "Risk 'outage' has never been reviewed: review it every 1 month in the joint risk review and record the date as `reviewed: YYYY-MM-DD`.";

function riskOverdue(reviewed: string, every: string, due: string) {
  return `Risk 'outage' is overdue for review: last reviewed ${reviewed}, due every ${every}, so due ${due}. Review it in the joint risk review and update \`reviewed\`.`;
}

function systemOverdue(reviewed: string, every: string, due: string, compliance = 'PCI-DSS, SOX') {
  return `System 'pos' is overdue for review: last reviewed ${reviewed}, due every ${every}, so due ${due}. Review it against its compliance obligations (${compliance}) and update \`reviewed\`.`;
}

describe('review/overdue', () => {
  describe('valid', () => {
    it('accepts a risk reviewed within the month', () => {
      expect(check(risk('reviewed: 2026-11-01'))).toEqual([]);
    });

    it('accepts a risk whose review falls due after year 9999 (not overdue by comparing dates as text)', () => {
      const noCeiling = { maxIntervals: { Risk: 'off' } };
      expect(check(risk('reviewed: 2026-11-01', 'reviewEvery: 9999 years'), noCeiling)).toEqual([]);
      expect(check(risk('reviewed: 2026-11-01', 'reviewEvery: 9999 weeks'), noCeiling)).toEqual([]);
      expect(check(risk('reviewed: 9999-12-01', 'reviewEvery: 1 month'), { today: '9999-12-31' })).toEqual([]);
    });

    it('accepts a risk due today (reviewed exactly one month ago)', () => {
      expect(check(risk('reviewed: 2026-10-22'))).toEqual([]);
    });

    it('accepts a system with compliance entries reviewed within the quarter', () => {
      expect(check(system('compliance: [PCI-DSS]', 'reviewed: 2026-08-22'))).toEqual([]);
    });

    it('leaves a system without compliance entries alone, reviewed or not', () => {
      expect(check(system('lifecycle: active'))).toEqual([]);
      expect(check(system('compliance: []', 'reviewed: 2020-01-01'))).toEqual([]);
    });

    it("lets an entity's own `reviewEvery` win over the interval of its kind, up to the ceiling", () => {
      expect(check(risk('reviewed: 2026-09-01', 'reviewEvery: 3 months'), { maxIntervals: { Risk: '3 months' } })).toEqual([]);
      expect(check(risk('reviewed: 2026-11-01', 'reviewEvery: 4 weeks'))).toEqual([]);
    });

    it('leaves closed risks and retired systems out of the cadence; a deprecated system keeps it', () => {
      expect(check(risk('status: closed', 'reviewed: 2025-01-01'))).toEqual([]);
      expect(check(risk('status: closed', 'reviewEvery: 1 year'))).toEqual([]);
      expect(check(system('lifecycle: retired', 'compliance: [SOX]'))).toEqual([]);
      expect(check(system('lifecycle: deprecated', 'compliance: [SOX]', 'reviewed: 2026-09-01'))).toEqual([]);
      expect(check(system('lifecycle: deprecated', 'compliance: [SOX]')).map((found) => found.line)).toEqual([1]);
    });

    it('leaves a system without compliance entries and without `reviewEvery` alone', () => {
      expect(check(system('reviewed: 2020-01-01'))).toEqual([]);
    });

    it('accepts a system that reviews both roles in `reviewedBy` when both are required', () => {
      const files = {
        ...system('roles: { system-owner: rachel-kim }', 'compliance: [HIPAA]', 'reviewed: 2026-11-01', 'reviewedBy: [rachel-kim, omar-haddad]'),
        'programs/care.yaml': lines('kind: Program', 'id: care', 'roles: { program-manager: omar-haddad }', 'systems: [pos]'),
      };
      expect(check(files, { reviewedByBothRoles: true })).toEqual([]);
    });

    it('leaves a malformed date to schema/valid', () => {
      expect(check(risk('reviewed: 2026-02-30'))).toEqual([]);
    });

    it('leaves Documents to docs/stale and other kinds alone by default', () => {
      const files = {
        'docs/sla.yaml': lines('kind: Document', 'id: sla', 'reviewed: 2020-01-01'),
        'processes/incident.yaml': lines('kind: Process', 'id: incident'),
      };
      expect(check(files)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a risk never reviewed at its first key', () => {
      expect(check(risk('title: Store network outage'))).toEqual([finding(RISK, [1, 1, 1, 5], RISK_NEVER)]);
    });

    it('reports a risk past the monthly joint review, at its review date', () => {
      expect(check(risk('reviewed: 2026-10-21'))).toEqual([finding(RISK, [3, 11, 3, 21], riskOverdue('2026-10-21', '1 month', '2026-11-21'))]);
    });

    it('reports a system with compliance obligations past the quarterly review and names them', () => {
      expect(check(system('compliance: [PCI-DSS, SOX]', 'reviewed: 2026-08-01'))).toEqual([
        finding(SYSTEM, [4, 11, 4, 21], systemOverdue('2026-08-01', '3 months', '2026-11-01')),
      ]);
    });

    it('reports a system with compliance obligations that was never reviewed', () => {
      expect(check(system('compliance:', '  - GDPR'))).toEqual([
        finding(
          SYSTEM,
          [1, 1, 1, 5],
          "System 'pos' has never been reviewed: review it every 3 months against its compliance obligations (GDPR) and record the date as `reviewed: YYYY-MM-DD`.",
        ),
      ]);
    });

    it('reports a review date in the future as docs/stale does', () => {
      expect(check(risk('reviewed: 2026-12-01'))).toEqual([
        finding(RISK, [3, 11, 3, 21], "Risk 'outage' has a review date in the future (2026-12-01, today is 2026-11-22): record the date the review actually took place."),
      ]);
    });

    it("uses the entity's own `reviewEvery` when it is shorter", () => {
      expect(check(risk('reviewed: 2026-11-01', 'reviewEvery: 2 weeks'))).toEqual([
        finding(RISK, [3, 11, 3, 21], riskOverdue('2026-11-01', '2 weeks', '2026-11-15')),
      ]);
    });

    it('reports every overdue entity of a register spread over several files', () => {
      const files = {
        'risks/register.yaml': lines('kind: Risk', 'id: outage', 'reviewed: 2026-11-10', '---', 'kind: Risk', 'id: privacy-law', 'reviewed: 2026-09-30'),
        ...system('compliance: [PCI-DSS, SOX]'),
      };
      expect(check(files)).toEqual([
        finding(
          'risks/register.yaml',
          [7, 11, 7, 21],
          "Risk 'privacy-law' is overdue for review: last reviewed 2026-09-30, due every 1 month, so due 2026-10-30. Review it in the joint risk review and update `reviewed`.",
        ),
        finding(
          SYSTEM,
          [1, 1, 1, 5],
          "System 'pos' has never been reviewed: review it every 3 months against its compliance obligations (PCI-DSS, SOX) and record the date as `reviewed: YYYY-MM-DD`.",
        ),
      ]);
    });
  });

  describe('cadence beyond risks and systems', () => {
    it('holds any entity with `reviewEvery` to it: a Program, a Process, a RACI matrix', () => {
      const files = {
        'programs/care.yaml': lines('kind: Program', 'id: care', 'roles: { program-manager: omar-haddad }', 'reviewed: 2025-11-01', 'reviewEvery: 1 month'),
        'raci/go-live.yaml': lines('kind: Raci', 'id: go-live', 'reviewEvery: 3 months', 'reviewed: 2026-08-01'),
        'processes/intake.yaml': lines('kind: Process', 'id: intake', 'reviewed: 2020-01-01'),
      };
      expect(check(files)).toEqual([
        finding(
          'programs/care.yaml',
          [4, 11, 4, 21],
          "Program 'care' is overdue for review: last reviewed 2025-11-01, due every 1 month, so due 2025-12-01. Review it and update `reviewed`.",
        ),
        finding(
          'raci/go-live.yaml',
          [4, 11, 4, 21],
          "Raci 'go-live' is overdue for review: last reviewed 2026-08-01, due every 3 months, so due 2026-11-01. Review it and update `reviewed`.",
        ),
      ]);
    });

    it('reports a `reviewEvery` beyond the monthly joint risk review, and holds the risk to a month', () => {
      expect(check(risk('roles: { program-manager: omar-haddad, system-owner: rachel-kim }', 'reviewed: 2026-09-15', 'reviewEvery: 1 year'))).toEqual([
        finding(RISK, [4, 11, 4, 21], `${riskOverdue('2026-09-15', '1 month', '2026-10-15')}`),
        finding(
          RISK,
          [5, 14, 5, 20],
          "Risk 'outage' is to be reviewed every 1 year, longer than the joint risk review allows (every 1 month at the most): shorten `reviewEvery` to 1 month or less. Until then it is held to 1 month.",
        ),
      ]);
    });

    it('reports a compliance system that asks for less than the quarterly calendar', () => {
      expect(check(system('compliance: [SOX]', 'reviewed: 2026-10-01', 'reviewEvery: 1 year')).map((found) => found.message)).toEqual([
        "System 'pos' is to be reviewed every 1 year, longer than the compliance calendar allows (every 3 months at the most): shorten `reviewEvery` to 3 months or less. Until then it is held to 3 months.",
      ]);
    });

    it('announces a review coming due, as a note naming both owners of a risk', () => {
      const files = risk('roles: { program-manager: omar-haddad, system-owner: rachel-kim }', 'reviewed: 2026-10-30');
      const findings = findingsOf(lintFiles(files, { rules: [rule], today: '2026-11-22', options: { [RULE]: { announce: '14 days' } } }), RULE);
      expect(findings.map((found) => [found.severity, found.line, found.column, found.message])).toEqual([
        [
          'note',
          4,
          11,
          "Risk 'outage' falls due for review on 2026-11-30, in 8 days (last reviewed 2026-10-30, due every 1 month): review it in the joint risk review by then and update `reviewed`.",
        ],
      ]);
    });

    it('reports a compliance review that does not name both roles, when both are required', () => {
      const files = {
        ...system('roles: { system-owner: rachel-kim }', 'compliance: [HIPAA]', 'reviewed: 2026-11-01', 'reviewedBy: rachel-kim'),
        'programs/care.yaml': lines('kind: Program', 'id: care', 'roles: { program-manager: omar-haddad }', 'systems: [pos]'),
      };
      expect(check(files, { reviewedByBothRoles: true })).toEqual([
        finding(
          SYSTEM,
          [6, 13, 6, 23],
          "System 'pos''s last compliance review does not name omar-haddad (program manager of Program 'care') under `reviewedBy`: the compliance calendar is reviewed by both the program manager and the system owner. Review it together and name both.",
        ),
      ]);
      expect(check(files)).toEqual([]);
    });
  });

  describe('options', () => {
    it('changes the interval of a kind', () => {
      const files = risk('reviewed: 2026-11-01');
      expect(check(files, { intervals: { Risk: '2 weeks', System: '3 months' } })).toEqual([
        finding(RISK, [3, 11, 3, 21], riskOverdue('2026-11-01', '2 weeks', '2026-11-15')),
      ]);
      expect(check(risk('reviewed: 2026-08-01'), { intervals: { Risk: '6 months', System: '3 months' } })).toEqual([]);
    });

    it("turns a kind off with 'off'", () => {
      const files = { ...risk('title: Outage'), ...system('compliance: [SOX]') };
      expect(check(files, { intervals: { Risk: '1 month', System: 'off' } })).toEqual([finding(RISK, [1, 1, 1, 5], RISK_NEVER)]);
    });

    it('adds a kind, every entity of which is then reviewed', () => {
      const files = { 'processes/incident.yaml': lines('kind: Process', 'id: incident', 'reviewed: 2025-10-01') };
      expect(check(files, { intervals: { Process: '1 year' } })).toEqual([
        finding(
          'processes/incident.yaml',
          [3, 11, 3, 21],
          "Process 'incident' is overdue for review: last reviewed 2025-10-01, due every 1 year, so due 2026-10-01. Review it and update `reviewed`.",
        ),
      ]);
    });

    it('keeps the default intervals of the kinds a config leaves out, and refuses Documents', async () => {
      const configured = await resolveConfig({ baseDir: '.', allowCode: true, config: { rules: { [RULE]: ['warning', { intervals: { Risk: '2 weeks' } }] } } });
      const setting = configured.settings.find((candidate) => candidate.rule.meta.id === RULE);
      expect(setting?.options).toEqual({
        intervals: { Risk: '2 weeks', System: '3 months' },
        maxIntervals: { Risk: '1 month', System: '3 months' },
        announce: 'off',
        reviewedByBothRoles: false,
      });
      await expect(resolveConfig({ baseDir: '.', allowCode: true, config: { rules: { [RULE]: ['warning', { intervals: { Document: '1 month' } }] } } })).rejects.toThrow(
        "the configuration: rule 'review/overdue' option `intervals` must be a kind name such as Risk or System (not Document, which docs/stale reviews), not 'Document'",
      );
    });
  });
});

describe('review/overdue with `reviewedFromGit`', () => {
  it('needs the last commits only when the option is on', () => {
    expect(rule.meta.needsHistory?.({ intervals: {} })).toEqual([]);
    expect(rule.meta.needsHistory?.({ intervals: {}, reviewedFromGit: true })).toEqual(['last-commits']);
  });

  it('takes a missing date from the last commit, and falls back to never reviewed for an uncommitted file', async () => {
    const repo = scratchRepo({ [RISK]: lines('kind: Risk', 'id: outage'), [SYSTEM]: lines('kind: System', 'id: pos', 'compliance: [PCI-DSS, SOX]') });
    const hash = repo.commit('Add', '2026-10-01');
    repo.write({ 'risks/new.yaml': lines('kind: Risk', 'id: new') });
    const paths = [RISK, SYSTEM, 'risks/new.yaml'];
    const history = await loadHistory(repo.root, paths, new Set(['last-commits']), { cwd: repo.root });
    const files = Object.fromEntries(paths.map((path) => [path, repo.read(path)]));
    const result = lintFiles(files, { rules: [rule], history, options: { [RULE]: { intervals: { Risk: '1 month', System: '3 months' }, reviewedFromGit: true } } });
    expect(findingsOf(result, RULE).map(brief)).toEqual([
      finding(
        'risks/new.yaml',
        [1, 1, 1, 5],
        "Risk 'new' has never been reviewed (no `reviewed` date, and the file is not committed): review it every 1 month in the joint risk review and record the date as `reviewed: YYYY-MM-DD`.",
      ),
      finding(
        RISK,
        [1, 1, 1, 5],
        `Risk 'outage' is overdue for review: last reviewed 2026-10-01 (the last commit to its file, ${hash}, as it has no \`reviewed\` date), due every 1 month, so due 2026-11-01. Review it in the joint risk review and record the date as \`reviewed: YYYY-MM-DD\`.`,
      ),
    ]);
  });

  it('says so when there is no Git history to take a date from', () => {
    const result = lintFiles(risk('title: Outage'), { rules: [rule], options: { [RULE]: { intervals: { Risk: '1 month' }, reviewedFromGit: true } } });
    expect(findingsOf(result, RULE).map(({ message }) => message)).toEqual([
      "Risk 'outage' has never been reviewed (no `reviewed` date, and no Git history to take one from): review it every 1 month in the joint risk review and record the date as `reviewed: YYYY-MM-DD`.",
    ]);
  });
});

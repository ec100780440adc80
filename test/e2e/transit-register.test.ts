import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

// The hand-written register of a regional transit authority (test/fixtures/transit-register): 144 entities in 80
// files with twenty-two planted defects and seventeen near-misses, each described in its DEFECTS.md. It is checked on a copy
// outside Git, since docs/changed-unreviewed reads history and any later commit that touches the fixture would
// otherwise change what it finds.
const FIXTURE = resolve(import.meta.dirname, '../fixtures/transit-register');

interface Finding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
  entity?: { id: string };
}

describe('the transit register', () => {
  let repo: string;
  let findings: Finding[];
  let code: number;

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'govlint-transit-'));
    cpSync(FIXTURE, repo, { recursive: true });
    const result = await runInProcess(['check', '.', '--today', '2026-11-22', '-f', 'json'], repo);
    expect(result.stderr).toBe('');
    code = result.code;
    findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings;
  });

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('reports each planted defect once, at its place, and nothing for the near-misses', () => {
    expect(findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.ruleId} ${finding.entity?.id}`)).toEqual([
      'docs/policies/information-security-policy.md:2:1 warning docs/has-owner information-security-policy', // D9
      'docs/sla/vendor-contracts.yaml:36:14 warning docs/stale hr-payroll-sla', // D7
      'people/people.yaml:206:9 error person/left-holds-roles gareth-lloyd', // D16
      'people/people.yaml:234:8 warning person/unique-email dmitry-volkov', // D14
      'people/people.yaml:249:7 warning team/members-match hannah-lowe', // D13
      'people/teams.yaml:101:5 warning team/members-match procurement-team', // D22
      'processes/procurement.yaml:8:18 error refs/resolve procurement', // D21; N17, a team managing payroll-run, is allowed
      'programs/cyber-resilience.yaml:12:11 warning review/overdue cyber-resilience', // D8
      'programs/fleet-electrification.yaml:16:3 warning roles/applies-to fleet-electrification', // D15
      'programs/workforce-systems.yaml:2:5 note raci/required workforce-systems', // D10
      'raci/fare-modernisation-rollout.md:17:65 error raci/valid-letters fare-modernisation-rollout-raci', // D2
      'raci/fare-modernisation-rollout.md:18:61 error raci/valid-letters fare-modernisation-rollout-raci', // D1
      'raci/fleet-electrification.md:25:73 warning raci/no-gaps fleet-electrification-raci', // D3, D4
      'raci/payroll-run-cutover.md:12:1 error schema/valid payroll-run-cutover-raci', // D5
      'risks/operational.yaml:16:1 error risk/dual-ownership risk-itsm-licence-lapse', // D17
      'risks/register.yaml:31:16 warning risk/acceptance-expired risk-gateway-tls-downgrade', // D18
      'risks/register.yaml:68:14 warning review/overdue risk-battery-supply', // D6
      'risks/register.yaml:85:11 note review/overdue risk-grid-connection', // N3: due today, announced
      'systems/passenger/journey-planner-app.yaml:16:1 warning docs/required journey-planner-app', // D20
      'systems/passenger/realtime-arrivals-feed.yaml:10:10 warning system/one-program realtime-arrivals-feed', // D12
      'systems/ticketing/fare-payment-gateway.yaml:15:13 warning review/overdue fare-payment-gateway', // D19
      'systems/ticketing/validator-estate.yaml:17:15 warning system/alerts-routed validator-estate', // D11, compliance
      'systems/ticketing/validator-estate.yaml:18:16 warning system/alerts-routed validator-estate', // D11, operational
    ]);
    expect(code).toBe(1);
  });

  it('names the people each finding concerns, as the register records them', () => {
    const about = (ruleId: string, id: string) => findings.find((finding) => finding.ruleId === ruleId && finding.entity?.id === id)?.message;
    expect(about('person/left-holds-roles', 'gareth-lloyd')).toBe(
      "Person 'gareth-lloyd' left on 2026-09-30 but is still named in 3 places: member of Team 'people-services', party of Raci 'change-control-raci', system-owner of System 'crew-rostering'. Name a successor in each (their deputy 'owen-pritchard' can stand in until then) and remove 'gareth-lloyd': this is the offboarding checklist.",
    );
    expect(about('risk/dual-ownership', 'risk-itsm-licence-lapse')).toBe(
      "Risk 'risk-itsm-licence-lapse' has no system owner, the person who owns it for the system (technical remediation): the system owner of its System 'service-management-platform' is 'amara-nwosu', so name 'amara-nwosu' under `roles.system-owner`.",
    );
    expect(about('review/overdue', 'cyber-resilience')).toBe(
      "Program 'cyber-resilience' is overdue for review: last reviewed 2025-11-28, due every 1 month, so due 2025-12-28. Review it and update `reviewed`.",
    );
    expect(about('review/overdue', 'fare-payment-gateway')).toContain('does not name marcus-oyelaran (program manager of Program \'fare-modernisation\') under `reviewedBy`');
    expect(about('docs/required', 'journey-planner-app')).toContain("Document 'journey-planner-app-service-description' (`type: service-description`) is about it");
  });

  it('gives a digest page to each owner of a finding or of a review falling due within 30 days, and to nobody else', async () => {
    const { code, stdout } = await runInProcess(['digest', '.', '--today', '2026-11-22'], repo);
    expect(code).toBe(0);
    const heads = stdout.split('\n').filter((line) => line.startsWith('## ') || line.includes(' · '));
    const pages = heads.flatMap((line, index) => (line.startsWith('## ') ? [`${line}|${heads[index + 1]}`] : []));
    expect(pages).toEqual([
      '## Amara Nwosu (amara-nwosu)|amara.nwosu@northbaytransit.example · 1 finding to fix (1 error, 0 warnings, 0 notes) · 1 item falling due by 2026-12-22',
      '## Bronwyn Teague (bronwyn-teague)|bronwyn.teague@northbaytransit.example · 1 finding to fix (0 errors, 1 warning, 0 notes) · nothing falling due by 2026-12-22',
      '## Chloe Brennan (chloe-brennan)|chloe.brennan@northbaytransit.example · 1 finding to fix (0 errors, 1 warning, 0 notes) · 1 item falling due by 2026-12-22',
      '## Daniel Fairweather (daniel-fairweather)|daniel.fairweather@northbaytransit.example · 2 findings to fix (0 errors, 2 warnings, 0 notes) · 3 items falling due by 2026-12-22',
      '## Fatima Elsayed (fatima-elsayed)|fatima.elsayed@northbaytransit.example · 2 findings to fix (1 error, 1 warning, 0 notes) · 2 items falling due by 2026-12-22',
      '## Gareth Lloyd (gareth-lloyd)|gareth.lloyd@northbaytransit.example · nothing to fix · 1 item falling due by 2026-12-22',
      '## Grace Mwangi (grace-mwangi)|grace.mwangi@northbaytransit.example · 1 finding to fix (0 errors, 0 warnings, 1 note) · 1 item falling due by 2026-12-22',
      '## Hugo Lambert (hugo-lambert)|hugo.lambert@northbaytransit.example · nothing to fix · 1 item falling due by 2026-12-22',
      '## Ingrid Solberg (ingrid-solberg)|ingrid.solberg@northbaytransit.example · 3 findings to fix (0 errors, 2 warnings, 1 note) · 3 items falling due by 2026-12-22',
      '## Jonas Richter (jonas-richter)|jonas.richter@northbaytransit.example · nothing to fix · 1 item falling due by 2026-12-22',
      '## Leila Haddadi (leila-haddadi)|leila.haddadi@northbaytransit.example · 3 findings to fix (1 error, 2 warnings, 0 notes) · 1 item falling due by 2026-12-22',
      '## Marcus Oyelaran (marcus-oyelaran)|marcus.oyelaran@northbaytransit.example · 1 finding to fix (0 errors, 1 warning, 0 notes) · 3 items falling due by 2026-12-22',
      '## Mei-Lin Zhao (mei-lin-zhao)|meilin.zhao@northbaytransit.example · nothing to fix · 3 items falling due by 2026-12-22',
      '## Oskar Lindqvist (oskar-lindqvist)|oskar.lindqvist@northbaytransit.example · 2 findings to fix (0 errors, 1 warning, 1 note) · 3 items falling due by 2026-12-22',
      '## Priyanka Desai (priyanka-desai)|priyanka.desai@northbaytransit.example · nothing to fix · 2 items falling due by 2026-12-22',
      '## Sophie Laurent (sophie-laurent)|sophie.laurent@northbaytransit.example · 1 finding to fix (1 error, 0 warnings, 0 notes) · nothing falling due by 2026-12-22',
      '## Tomasz Wieczorek (tomasz-wieczorek)|tomasz.wieczorek@northbaytransit.example · 1 finding to fix (0 errors, 1 warning, 0 notes) · 2 items falling due by 2026-12-22',
      '## Yusuf Demir (yusuf-demir)|yusuf.demir@northbaytransit.example · 1 finding to fix (0 errors, 1 warning, 0 notes) · 1 item falling due by 2026-12-22',
    ]);
  });
});

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

// The hand-written Backstage catalog of test/fixtures/backstage-catalog (its DEFECTS.md lists the defects planted
// D1 to D10 and the near-misses N1 to N16), checked on a copy outside Git with govlint:backstage: each defect is
// found once, where DEFECTS.md says, and nothing else.
const FIXTURE = resolve(import.meta.dirname, '../fixtures/backstage-catalog');

interface Finding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  message: string;
  related: Array<{ file: string; line: number; column: number }>;
}

describe('the Backstage catalog of Brightwater Market', () => {
  let repo: string;
  let report: { findings: Finding[]; summary: Record<string, unknown> };

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'govlint-backstage-catalog-'));
    cpSync(FIXTURE, repo, { recursive: true });
    const check = await runInProcess(['check', '.', '--today', '2026-12-01', '-f', 'json'], repo);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(1);
    report = JSON.parse(check.stdout);
  });

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('reports each planted defect once, at its place, and nothing else', () => {
    const shown = report.findings.map(({ ruleId, file, line, column, message, related }) => ({
      ruleId,
      file,
      line,
      column,
      ...(related.length > 0 ? { related: related.map(({ file, line, column }) => ({ file, line, column })) } : {}),
      message,
    }));
    expect(shown).toEqual([
      { ruleId: "backstage/location-targets", file: "catalog-info.yaml", line: 23, column: 7,
        message: "backstage:Location 'location:default/brightwater-monorepo' has the target './templates/python-service/template.yaml', but there is no templates/python-service/template.yaml among the files govlint read: add the file, or correct or remove the target." },
      { ruleId: "refs/resolve", file: "governance/risks.yaml", line: 38, column: 9,
        message: "Risk 'risk-loyalty-points-liability': `system` names 'system:default/loyalty-rewards', but there is no System or backstage:System or backstage:Component with that id." },
      { ruleId: "backstage/group-hierarchy", file: "org/groups.yaml", line: 93, column: 11, related: [{ file: "org/groups.yaml", line: 26, column: 5 }],
        message: "backstage:Group 'group:default/data-platform' names backstage:Group 'group:default/engineering' as its `spec.parent`, but that group's `spec.children` (in org/groups.yaml) do not list it, so the hierarchy depends on where one looks: add 'data-platform' to them, or correct `spec.parent`." },
      { ruleId: "refs/resolve", file: "services/driver-app/catalog-info.yaml", line: 13, column: 11, related: [{ file: "systems/systems.yaml", line: 42, column: 9 }],
        message: "backstage:Component 'component:default/driver-app': `spec.system` names 'system:default/delivery-planning', but there is no backstage:System with that id (did you mean 'system:default/delivery'?)." },
      { ruleId: "schema/valid", file: "services/fraud-scoring/catalog-info.yaml", line: 8, column: 1,
        message: "backstage:Component 'component:default/fraud-scoring' is missing the required field `owner` in `spec`." },
      { ruleId: "refs/resolve", file: "services/inventory/catalog-info.yaml", line: 11, column: 10, related: [{ file: "org/groups.yaml", line: 60, column: 9 }],
        message: "backstage:Component 'component:default/inventory': `spec.owner` names 'group:default/fullfilment-team', but there is no backstage:Group or backstage:User with that id (did you mean 'group:default/fulfilment-team'?)." },
      { ruleId: "schema/valid", file: "services/label-printer/catalog-info.yaml", line: 4, column: 9,
        message: "backstage:Component 'component:default/label printer': `metadata.name` must be a name of letters, digits, '-', '_' and '.', starting and ending with a letter or digit, at most 63 characters, not 'Label Printer'." },
      { ruleId: "refs/resolve", file: "services/notifications/catalog-info.yaml", line: 11, column: 10, related: [{ file: "systems/systems.yaml", line: 5, column: 9 }],
        message: "backstage:Component 'component:default/notifications': `spec.owner` names 'system:default/storefront', which is a backstage:System, not a backstage:Group or a backstage:User: name a backstage:Group or a backstage:User instead." },
      { ruleId: "ids/unique", file: "services/returns/catalog-info.yaml", line: 5, column: 9, related: [{ file: "services/order-service/catalog-info.yaml", line: 4, column: 9 }],
        message: "backstage:Component 'component:default/order-service' uses an id already taken by backstage:Component 'component:default/order-service' in services/order-service/catalog-info.yaml: a Backstage name must be unique within its kind and namespace, so rename one of them." },
      { ruleId: "schema/valid", file: "services/storefront-web/catalog-info.yaml", line: 8, column: 1,
        message: "backstage:Component 'component:default/storefront-web' has an unknown field `annotations`; known fields: apiVersion, kind, metadata, spec, relations, status." },
    ]);
  });

  it('checks the same with --no-code: the preset is part of govlint, not code from the repo', async () => {
    const check = await runInProcess(['check', '.', '--no-code', '--today', '2026-12-01', '-f', 'json'], repo);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).findings).toEqual(report.findings);
  });

  it('counts the Kubernetes manifests and the Helm chart as documents of other formats, and reads the 62 entities', () => {
    expect(report.summary).toMatchObject({
      files: 34,
      entities: 62,
      skipped: [
        { file: 'apis/payments-api.oas.yaml', line: 1 },
        { file: 'services/payments/chart/values.yaml', line: 2 },
      ],
      unclaimed: [
        { file: 'services/payments/chart/Chart.yaml', line: 1 },
        { file: 'services/payments/deploy/kubernetes.yaml', line: 2 },
        { file: 'services/payments/deploy/kubernetes.yaml', line: 32 },
      ],
    });
  });
});

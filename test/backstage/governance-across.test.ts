// A govlint register beside a Backstage catalog (govlint:backstage): Risks and Processes name Backstage Systems
// and Components, Users hold govlint roles as Persons do, a Group may hold a manager-type role where teams may, and
// an accountable role asks for a named person.
import { describe, expect, it } from 'vitest';
import { backstagePlugin } from '../../src/backstage/plugin.js';
import { lint } from '../../src/engine/lint-here.js';
import { ownersOf } from '../../src/model/owners.js';
import refsResolve from '../../src/rules/refs-resolve.js';
import { collectKinds } from '../../src/config/resolve-config.js';
import { BUILTIN_ROLES } from '../../src/schema/builtin-kinds.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const CATALOG = [
  lines('apiVersion: backstage.io/v1alpha1', 'kind: System', 'metadata:', '  name: portal', 'spec:', '  owner: team-a'),
  lines('apiVersion: backstage.io/v1alpha1', 'kind: Group', 'metadata:', '  name: team-a', 'spec:', '  type: team', '  children: []'),
  lines('apiVersion: backstage.io/v1alpha1', 'kind: User', 'metadata:', '  name: jdoe', 'spec:', '  profile: { displayName: Jane Doe, email: jane@example.com }', '  memberOf: [team-a]'),
  lines('apiVersion: backstage.io/v1alpha1', 'kind: Group', 'metadata:', '  name: ops', 'spec:', '  type: team', '  profile: { email: ops@example.com }', '  children: []'),
].join('---\n');

const risk = (...rest: string[]) => lines('kind: Risk', 'id: r1', 'title: Outage', 'system: system:default/portal', 'severity: high', 'likelihood: possible', 'status: open', ...rest);

new RuleTester({ plugins: [backstagePlugin] }).run(refsResolve, {
  valid: [
    { name: 'a Risk names a Backstage System, a User holds its system-owner role', files: { 'catalog.yaml': CATALOG, 'gov.yaml': risk('roles:', '  system-owner: user:default/jdoe') } },
    {
      name: 'a Group holds a manager-type role that teams may hold',
      options: { teamRoles: ['process-manager'] },
      files: { 'catalog.yaml': CATALOG, 'gov.yaml': lines('kind: Process', 'id: p1', 'systems: [system:default/portal]', 'roles:', '  process-owner: user:default/jdoe', '  process-manager: group:default/team-a') },
    },
  ],
  invalid: [
    {
      name: 'an accountable role held by a Group asks for a named person',
      files: { 'catalog.yaml': CATALOG, 'gov.yaml': risk('roles:', '  system-owner: group:default/team-a') },
      findings: [
        {
          file: 'gov.yaml',
          line: 9,
          column: 17,
          message:
            "Risk 'r1': `roles.system-owner` names 'group:default/team-a', which is a backstage:Group, not a Person or a backstage:User: name a Person or a backstage:User instead (a member of 'group:default/team-a', perhaps), since `system-owner` is accountable and accountability needs one named person.",
        },
      ],
    },
    {
      name: 'a Process names a Component that does not exist, with the System of that name suggested',
      files: { 'catalog.yaml': CATALOG, 'gov.yaml': lines('kind: Process', 'id: p1', 'systems: [component:default/portal]', 'roles:', '  process-owner: user:default/jdoe') },
      findings: [
        {
          file: 'gov.yaml',
          line: 3,
          column: 11,
          message: "Process 'p1': `systems[0]` names 'component:default/portal', but there is no System or backstage:System or backstage:Component with that id (did you mean 'system:default/portal'?).",
        },
      ],
    },
  ],
});

describe('owners of Backstage entities', () => {
  const kinds = collectKinds([backstagePlugin]);
  const owned = (owner: string) => lines('apiVersion: backstage.io/v1alpha1', 'kind: Component', 'metadata:', '  name: web', 'spec:', '  type: website', '  lifecycle: production', `  owner: ${owner}`);
  const ownersWith = (owner: string, extra: Record<string, string> = {}) => {
    const { model } = lint([{ path: 'catalog.yaml', text: CATALOG }, { path: 'web.yaml', text: owned(owner) }, ...Object.entries(extra).map(([path, text]) => ({ path, text }))], {
      kinds,
      adapters: backstagePlugin.adapters!,
      builtinRoles: BUILTIN_ROLES,
      rules: [],
      today: '2026-12-01',
    });
    return ownersOf(model, model.ofKind('backstage:Component')[0]!);
  };

  it('names a User owner with its profile', () => {
    expect(ownersWith('user:jdoe')).toEqual([{ id: 'user:default/jdoe', roles: ['owner'], name: 'Jane Doe', email: 'jane@example.com' }]);
  });

  it('names a Group owner by its address, when it has one', () => {
    expect(ownersWith('ops')).toEqual([{ id: 'group:default/ops', roles: ['owner'], email: 'ops@example.com' }]);
  });

  it('names the members of a Group owner without an address', () => {
    expect(ownersWith('group:default/team-a')).toEqual([{ id: 'user:default/jdoe', roles: ['owner'], name: 'Jane Doe', email: 'jane@example.com' }]);
  });

  it("falls back to the owner of the Backstage System a Risk names, for a Risk without a system owner", () => {
    const { model } = lint([{ path: 'catalog.yaml', text: CATALOG }, { path: 'gov.yaml', text: risk() }], {
      kinds,
      adapters: backstagePlugin.adapters!,
      builtinRoles: BUILTIN_ROLES,
      rules: [],
      today: '2026-12-01',
    });
    expect(ownersOf(model, model.ofKind('Risk')[0]!)).toEqual([{ id: 'user:default/jdoe', roles: ['system-owner'], name: 'Jane Doe', email: 'jane@example.com' }]);
  });
});

// The adapter stage: which documents an adapter reads, which are left alone as another tool's, and which govlint
// reads as its own.
import { describe, expect, it } from 'vitest';
import { defineAdapter } from '../../src/adapt/types.js';
import { backstagePlugin } from '../../src/backstage/plugin.js';
import { collectKinds } from '../../src/config/resolve-config.js';
import { lint } from '../../src/engine/lint-here.js';
import type { Adapter } from '../../src/adapt/types.js';
import { BUILTIN_ROLES } from '../../src/schema/builtin-kinds.js';
import { lines } from '../helpers/lines.js';

const DEPLOYMENT = lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web');
const COMPONENT = lines('apiVersion: backstage.io/v1alpha1', 'kind: Component', 'metadata:', '  name: web', 'spec:', '  type: website', '  lifecycle: production', '  owner: web-team');

function modelOf(text: string, adapters: readonly Adapter[] = []) {
  return lint([{ path: 'a.yaml', text }], { kinds: collectKinds([backstagePlugin]), adapters, builtinRoles: BUILTIN_ROLES, rules: [], today: '2026-12-01' }).model;
}

describe('the adapter stage', () => {
  it("leaves a document with an apiVersion that no adapter claims alone, and counts it", () => {
    const model = modelOf(DEPLOYMENT);
    expect(model.entities).toEqual([]);
    expect(model.nonEntities.map(({ reason, file }) => ({ reason, file: file.path }))).toEqual([{ reason: 'unclaimed', file: 'a.yaml' }]);
  });

  it('leaves a Backstage catalog alone without govlint:backstage, rather than calling its kinds unknown', () => {
    expect(modelOf(COMPONENT).nonEntities.map(({ reason }) => reason)).toEqual(['unclaimed']);
  });

  it('still reads a document without apiVersion as a govlint entity, whose unknown kind is a schema issue', () => {
    const model = modelOf(lines('kind: Deployment', 'id: web'));
    expect(model.schemaIssues(model.entities[0]!)[0]!.message).toMatch(/^has an unknown kind 'Deployment'/);
  });

  it('reads a Backstage Component as backstage:Component, with its reference as id and its owner as role', () => {
    const [component] = modelOf(COMPONENT, backstagePlugin.adapters).entities;
    expect(component).toMatchObject({ kind: 'backstage:Component', id: 'component:default/web', roles: { owner: 'group:default/web-team' } });
    expect(component!.data.spec).toMatchObject({ owner: 'group:default/web-team' });
  });

  it('stops with a message naming the adapter and the file when an adapter throws or returns something else', () => {
    const throwing = defineAdapter({ name: 'broken', claims: () => true, adapt: () => { throw new Error('no luck'); } });
    expect(() => modelOf(DEPLOYMENT, [throwing])).toThrow("adapter 'broken' failed in adapt on a.yaml: no luck");
    const odd = defineAdapter({ name: 'odd', claims: () => true, adapt: () => [{ kind: 3 }] as never });
    expect(() => modelOf(DEPLOYMENT, [odd])).toThrow("adapter 'odd' made a mapping of a.yaml, not { kind, id, data, roles?, sourcePaths? }");
  });
});

/**
 * The fields of each Backstage kind that hold entity references, as Backstage's catalog reads them
 * (BuiltinKindsEntityProcessor in @backstage/plugin-catalog-backend): the kind a reference without one defaults
 * to, and the kinds it may name. A field without a default kind (`dependsOn`) needs the kind written out.
 */
export interface ReferenceField {
  /** The field under `spec`. */
  field: string;
  list: boolean;
  defaultKind?: string;
  /** Backstage kinds the reference may name. */
  kinds: readonly string[];
}

const owner: ReferenceField = { field: 'owner', list: false, defaultKind: 'Group', kinds: ['Group', 'User'] };
const system: ReferenceField = { field: 'system', list: false, defaultKind: 'System', kinds: ['System'] };
const dependsOn: ReferenceField = { field: 'dependsOn', list: true, kinds: ['Component', 'Resource'] };
const dependencyOf: ReferenceField = { field: 'dependencyOf', list: true, kinds: ['Component', 'Resource'] };

export const REFERENCE_FIELDS: Readonly<Record<string, readonly ReferenceField[]>> = {
  Component: [
    owner,
    system,
    { field: 'subcomponentOf', list: false, defaultKind: 'Component', kinds: ['Component'] },
    { field: 'providesApis', list: true, defaultKind: 'API', kinds: ['API'] },
    { field: 'consumesApis', list: true, defaultKind: 'API', kinds: ['API'] },
    dependsOn,
    dependencyOf,
  ],
  API: [owner, system],
  Resource: [owner, system, dependsOn, dependencyOf],
  System: [owner, { field: 'domain', list: false, defaultKind: 'Domain', kinds: ['Domain'] }],
  Domain: [owner, { field: 'subdomainOf', list: false, defaultKind: 'Domain', kinds: ['Domain'] }],
  Group: [
    { field: 'parent', list: false, defaultKind: 'Group', kinds: ['Group'] },
    { field: 'children', list: true, defaultKind: 'Group', kinds: ['Group'] },
    { field: 'members', list: true, defaultKind: 'User', kinds: ['User'] },
  ],
  User: [{ field: 'memberOf', list: true, defaultKind: 'Group', kinds: ['Group'] }],
  Location: [],
  Template: [owner],
};

/** The nine kinds govlint reads from a Backstage catalog. */
export const BACKSTAGE_KINDS = Object.keys(REFERENCE_FIELDS);

/** A Backstage kind as a govlint kind: `backstage:Component`, apart from govlint's own `System`. */
export function govlintKind(kind: string): string {
  return `backstage:${kind}`;
}

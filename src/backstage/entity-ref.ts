/**
 * Backstage entity references, `[kind:][namespace/]name`, as @backstage/catalog-model's parseEntityRef reads them:
 * the kind before the first `:`, the namespace before the first `/`. Backstage compares references without regard to
 * case, so govlint writes them in lower case, in full: `component:default/artist-web`.
 */
export interface EntityRef {
  kind: string | undefined;
  namespace: string | undefined;
  name: string;
}

export function parseEntityRef(text: string): EntityRef {
  const colon = text.indexOf(':');
  const kind = colon > 0 ? text.slice(0, colon) : undefined;
  const rest = colon > 0 ? text.slice(colon + 1) : text;
  const slash = rest.indexOf('/');
  return slash > 0 ? { kind, namespace: rest.slice(0, slash), name: rest.slice(slash + 1) } : { kind, namespace: undefined, name: rest };
}

/** The full reference, `kind:namespace/name` in lower case; undefined when the kind is neither written nor implied. */
export function fullRef(text: string, defaults: { kind: string | undefined; namespace: string }): string | undefined {
  const ref = parseEntityRef(text);
  const kind = ref.kind ?? defaults.kind;
  if (kind === undefined || ref.name === '') return undefined;
  return `${kind}:${ref.namespace ?? defaults.namespace}/${ref.name}`.toLowerCase();
}

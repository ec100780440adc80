/**
 * How govlint asks yaml to parse. logLevel 'error': yaml would otherwise print a Node warning meant for programmers
 * ("Set mapAsMap: true …") when a key is a list or mapping; schema/valid reports such a key as an unknown field.
 */
export const YAML_OPTIONS = { prettyErrors: false, merge: true, uniqueKeys: true, logLevel: 'error' } as const;

export const REPOSITORY_URL = 'https://github.com/govlint/govlint';

/** A built-in rule's documentation page: docs/rules/<area>-<name>.md. */
export function docsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId.replace('/', '-')}.md`;
}

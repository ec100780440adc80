import type { RuleMeta, Severity } from '../api/types.js';
import type { Location } from '../engine/finding.js';
import { linkTarget } from './markdown-escape.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };

/**
 * SARIF 2.1.0 for code-scanning services: rule metadata, repo-relative locations and stable fingerprints. It keeps
 * suppressed findings, marked with their justification, and says which findings a baseline already knew.
 */
export const formatSarif: Formatter = (report, { sarifCategory }) => {
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: report.tool.informationUri,
            rules: report.rules.map((rule) => {
              const docs = docsUri(rule.docs);
              return {
                id: rule.id,
                shortDescription: { text: rule.description },
                fullDescription: { text: rule.description },
                ...(docs ? { helpUri: docs } : {}),
                help: help(rule, docs),
                defaultConfiguration: { level: LEVEL[rule.configuredSeverity] },
                properties: { tags: tags(rule) },
              };
            }),
          },
        },
        // GitHub code scanning reads the category from the id: everything before its last slash.
        ...(sarifCategory ? { automationDetails: { id: `${sarifCategory.replace(/\/+$/, '')}/` } } : {}),
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
          level: LEVEL[finding.severity],
          message: messageText(finding.message),
          locations: [physicalLocation(finding)],
          ...(finding.related?.length
            ? { relatedLocations: finding.related.map((related, id) => ({ id, ...physicalLocation(related), message: messageText(related.message) })) }
            : {}),
          partialFingerprints: { 'govlint/v1': finding.fingerprint },
          ...(finding.baselineState ? { baselineState: finding.baselineState } : {}),
          ...(finding.suppression ? { suppressions: [{ kind: 'inSource', justification: finding.suppression.justification }] } : {}),
          ...(finding.entity ? { properties: { entity: finding.entity, ...(finding.owners ? { owners: finding.owners } : {}) } } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};

/**
 * A result's message. SARIF reads `{0}` in a message as a placeholder for an argument (3.11.5), so the braces of
 * literal text are doubled, as the specification requires; consumers show `{{` as `{`.
 */
function messageText(text: string) {
  return { text: text.replace(/[{}]/g, '$&$&') };
}

/**
 * A rule's docs as an absolute web URI (a plugin may give any string, `javascript:` included): encoded as the schema
 * wants, or none at all.
 */
function docsUri(docs: string | undefined): string | undefined {
  const url = docs !== undefined && URL.canParse(docs) ? new URL(docs) : undefined;
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : undefined;
}

/** The help code scanning shows under a result: the description, and a link to the rule's page when it has one. */
function help({ id, description }: RuleMeta, docs: string | undefined) {
  if (!docs) return { text: description, markdown: description };
  const link = `[Documentation of \`${id}\`](${linkTarget(docs)}): why the rule exists, what it finds, its options and examples.`;
  return { text: `${description} See ${docs}`, markdown: `${description}\n\n${link}` };
}

/** Tags to filter results by in code scanning: every rule is about governance, and its area is the part before the slash. */
function tags(rule: RuleMeta): string[] {
  const area = rule.id.slice(0, Math.max(rule.id.indexOf('/'), 0));
  return area && area !== 'governance' ? ['governance', area] : ['governance'];
}

function physicalLocation(location: Location) {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeUri(location.file), uriBaseId: '%SRCROOT%' },
      region: {
        startLine: location.line,
        startColumn: location.column,
        endLine: location.endLine,
        endColumn: location.endColumn,
      },
    },
  };
}

/** Percent-encodes each path segment (spaces, '#', '%', non-ASCII) and keeps the slashes. */
function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

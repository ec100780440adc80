import type { Severity } from '../api/types.js';
import type { Location } from '../engine/finding.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };

/** SARIF 2.1.0 for code-scanning services: rule metadata, repo-relative locations and stable fingerprints. */
export const formatSarif: Formatter = (report) => {
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
            rules: report.rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              ...(rule.docs ? { helpUri: rule.docs } : {}),
              help: { text: `${rule.description}${rule.docs ? ` See ${rule.docs}` : ''}` },
              defaultConfiguration: { level: LEVEL[rule.configuredSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [physicalLocation(finding)],
          ...(finding.related?.length
            ? { relatedLocations: finding.related.map((related, id) => ({ id, ...physicalLocation(related), message: { text: related.message } })) }
            : {}),
          partialFingerprints: { 'govlint/v1': finding.fingerprint },
          ...(finding.suppression ? { suppressions: [{ kind: 'inSource', justification: finding.suppression.justification }] } : {}),
          ...(finding.entity ? { properties: { entity: finding.entity } } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};

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

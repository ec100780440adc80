import type { EntityReport, Report, Severity } from '../api/types.js';
import type { Entity } from '../model/entity.js';
import type { Model } from '../model/model.js';
import { ownersOf, type Owner } from '../model/owners.js';
import { cellAt } from '../model/raci-table.js';
import { sourcePathOf } from '../adapt/source-path.js';
import { locate, type Path, type Target } from '../parse/locate.js';
import type { Range, SourceFile } from '../parse/source-file.js';
import type { Finding, Location } from './finding.js';
import type { RuleReport } from './run-rules.js';

/**
 * The step after the rules have run: turns each report's entity and path (or file and range) into a finding with
 * a file, line and column, from the positions parsing recorded.
 */
export function locateReports(reports: readonly RuleReport[], model: Model): Finding[] {
  const owners = ownersCache(model);
  return reports.map((entry) => entry.located ?? toFinding(entry.report, entry.ruleId, entry.severity, owners));
}

function toFinding(report: Report, ruleId: string, severity: Severity, ownersFor: OwnersFor): Finding {
  const finding: Finding = { ruleId, severity, message: report.message, ...locateReport(report), fingerprint: '' };
  const entity = report.entity;
  if (entity) {
    finding.entity = entity.id === undefined ? { kind: entity.kind } : { kind: entity.kind, id: entity.id };
    const owners = ownersFor(entity, isEntityReport(report) ? report.path : undefined);
    if (owners.length > 0) finding.owners = owners;
  }
  if (isEntityReport(report) && report.related?.length) {
    finding.related = report.related.map((related) => ({
      ...locateInEntity(related.entity, related.path, related.target),
      message: related.message,
    }));
  }
  return finding;
}

export type OwnersFor = (entity: Entity, path: Path | undefined) => Owner[];

/** Owners resolved once per entity, except inside a RACI task, whose Accountable is the owner of that row. */
export function ownersCache(model: Model): OwnersFor {
  const byEntity = new Map<Entity, Owner[]>();
  return (entity, path) => {
    if (entity.kind === 'Raci' && path?.[0] === 'tasks') return ownersOf(model, entity, path);
    let owners = byEntity.get(entity);
    if (!owners) byEntity.set(entity, (owners = ownersOf(model, entity)));
    return owners;
  };
}

function locateReport(report: Report): Location {
  if (isEntityReport(report)) return locateInEntity(report.entity, report.path, report.target);
  return toLocation(report.file, report.range);
}

/** Data read from a Markdown table is located at its cells; YAML data at its nodes, where its adapter says it was written. */
export function locateInEntity(entity: Entity, path: Path = [], target?: Target): Location {
  const cell = entity.cells && cellAt(entity.cells, path);
  return toLocation(entity.document.file, cell ?? locate(entity.document, sourcePathOf(entity.sourcePaths, path), target));
}

function isEntityReport(report: Report): report is EntityReport {
  return 'entity' in report && !('range' in report);
}

export function toLocation(file: SourceFile, range: Range): Location {
  const start = file.lines.position(range.start);
  const end = file.lines.position(Math.max(range.end, range.start));
  return { file: file.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

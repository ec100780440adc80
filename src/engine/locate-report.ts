import type { EntityReport, Report } from '../api/types.js';
import type { Entity } from '../model/entity.js';
import { locate, type Path, type Target } from '../parse/locate.js';
import type { Range, SourceFile } from '../parse/source-file.js';
import type { Location } from './finding.js';

/** Turns a report's entity and path (or file and range) into a file, line and column. */
export function locateReport(report: Report): Location {
  if (isEntityReport(report)) return locateInEntity(report.entity, report.path, report.target);
  return toLocation(report.file, report.range);
}

export function locateInEntity(entity: Entity, path: Path = [], target?: Target): Location {
  return toLocation(entity.document.file, locate(entity.document, path, target));
}

export function isEntityReport(report: Report): report is EntityReport {
  return 'entity' in report && !('range' in report);
}

function toLocation(file: SourceFile, range: Range): Location {
  const start = file.lines.position(range.start);
  const end = file.lines.position(Math.max(range.end, range.start));
  return { file: file.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

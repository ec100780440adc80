import type { Owner } from '../model/owners.js';
import type { Severity } from '../api/types.js';

export interface Location {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface RelatedLocation extends Location {
  message: string;
}

/** One finding, as every formatter receives it. */
export interface Finding extends Location {
  ruleId: string;
  severity: Severity;
  message: string;
  entity?: { kind: string; id?: string };
  related?: RelatedLocation[];
  /** The people accountable for fixing it, resolved from the register (model/owners.ts); absent when nobody is. */
  owners?: Owner[];
  /** Stable across commits that move lines: rule, file, entity and message, not the position. */
  fingerprint: string;
  /** Set when a suppression comment silences the finding: hidden from text and JSON, kept in SARIF. */
  suppression?: { justification: string; until?: string };
  /** Set when checking against a baseline: `unchanged` findings are hidden from text and JSON, kept in SARIF. */
  baselineState?: 'new' | 'unchanged';
}

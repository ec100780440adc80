import type { Adapter } from '../adapt/types.js';
import type { Entity } from '../model/entity.js';
import type { HistoryNeed } from '../model/history.js';
import type { Model } from '../model/model.js';
import type { Path, Target } from '../parse/locate.js';
import type { Range, SourceFile } from '../parse/source-file.js';
import type { JsonSchema } from '../schema/builtin-kinds.js';
import type { KindDefinition, KindExtension } from '../schema/compose-kind-schema.js';

export type Severity = 'error' | 'warning' | 'note';

/** Everything about a rule in one object. */
export interface RuleMeta {
  /** Built-in: `area/name`. A plugin rule's id gets the plugin's name in front: `acme/name`. */
  id: string;
  /** One line: what the rule finds. */
  description: string;
  severity: Severity;
  /** Where the rule's documentation lives; built-in rules derive it from their id. */
  docs?: string;
  /** JSON Schema of the rule's options object; `default` values fill in what the config leaves out. */
  options?: JsonSchema;
  /**
   * Off unless the config names the rule (`govlint:recommended` and `govlint:strict` leave it off): a check of a
   * practice that registers written before it may not follow, which must not change their results unasked.
   */
  optIn?: boolean;
  /** Run after suppressions are applied, to see which were used (for rules about suppressions themselves). */
  afterSuppressions?: boolean;
  /**
   * The parts of the Git history the rule reads from `model.history` with these options (defaults filled in).
   * govlint runs `git` only when an enabled rule needs a part; without this, or with `[]`, the rule needs none.
   * Outside a Git repository `model.history` stays undefined, so the rule must work without it.
   */
  needsHistory?(options: Record<string, unknown>): readonly HistoryNeed[];
}

/** A finding in an entity, at a path inside it; the engine turns the path into a file, line and column. */
export interface EntityReport {
  entity: Entity;
  /** Where in the entity; a path that does not exist (a missing field) points at its nearest existing parent. */
  path?: Path;
  /** Point at the key of the mapping entry instead of its value. */
  target?: Target;
  message: string;
  /** Other places that explain the finding, such as the first entity that uses a duplicated id. */
  related?: RelatedReport[];
  /** This report's severity, when lower than the rule's (a note announcing what will later be a warning); a higher one is ignored. */
  severity?: Severity;
}

/** A finding at a place in a file that is not an entity, such as a syntax error. */
export interface FileReport {
  file: SourceFile;
  range: Range;
  message: string;
  entity?: Entity;
  /** This report's severity, when lower than the rule's (a note announcing what will later be a warning); a higher one is ignored. */
  severity?: Severity;
}

export interface RelatedReport {
  entity: Entity;
  path?: Path;
  target?: Target;
  message: string;
}

export type Report = EntityReport | FileReport;

/**
 * Something a rule computed to fall due on a date, for the compliance calendar (`govlint calendar`): a review, the
 * end of an exception or of a risk acceptance. It creates no finding; the engine locates it, names its owners as a
 * finding's, and leaves it out when a suppression silences the rule there.
 */
interface DueBase {
  /** The day it falls due, YYYY-MM-DD. */
  date: string;
  /** What falls due, a short phrase to follow the entity's name: `review`, `exception to docs/stale expires`. */
  what: string;
  /** Whether it is late; by default, when `date` is before today. Set it for what is late though due today (never reviewed: due now). */
  overdue?: boolean;
}

/** A due date of an entity, at a path inside it (`['reviewed']`). */
export interface EntityDue extends DueBase {
  entity: Entity;
  path?: Path;
}

/** A due date at a place in a file (a suppression comment); its owners are those of the entity there, if any. */
export interface FileDue extends DueBase {
  file: SourceFile;
  range: Range;
}

export type Due = EntityDue | FileDue;

export interface RuleContext<Options = Record<string, unknown>> {
  model: Model;
  /** The rule's options from the config, with defaults filled in. */
  options: Options;
  /** The day the check runs, as YYYY-MM-DD (`--today` sets it). */
  today: string;
  report(report: Report): void;
  /**
   * Records when something falls due (a review, an expiry), for the compliance calendar: call it whenever the rule
   * computes such a date, overdue or not. It reports nothing; `checkReview` calls it for you.
   */
  due(due: Due): void;
  /** The id of every rule the config knows, whether on or off. */
  knownRules: ReadonlySet<string>;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  check(context: RuleContext<Options>): void;
}

/** What a plugin adds: rules, new kinds with their schemas, extra fields on existing kinds, and adapters for other formats. */
export interface Plugin {
  /** Namespaces the plugin's rules: rule `has-contract` of plugin `vendors` is `vendors/has-contract`. */
  name: string;
  rules?: Rule<any>[];
  kinds?: Record<string, KindDefinition>;
  extendKinds?: Record<string, KindExtension>;
  /**
   * Kinds whose JSON Schema the plugin writes whole, for entities its adapters make that keep their format's shape
   * (a Backstage Component keeps `metadata` and `spec`). Named `<plugin>:<Kind>`: `backstage:Component`.
   */
  formatKinds?: Record<string, JsonSchema>;
  /** Read documents of other formats as govlint entities (docs/format.md, "Input adapters"); asked in order. */
  adapters?: Adapter[];
  /** Named rule settings a config can start from with `extends: ['<plugin>:<preset>']`. */
  presets?: Record<string, { rules: Record<string, unknown> }>;
}

/** Identity functions that give rule and plugin authors types. */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

export function definePlugin(plugin: Plugin): Plugin {
  return plugin;
}

import type { Severity } from '../api/types.js';
import type { Finding } from '../engine/finding.js';
import type { DueDate } from '../engine/locate-due.js';
import { locateInEntity } from '../engine/locate-report.js';
import type { LintResult } from '../engine/lint.js';
import { documentSubjects } from '../model/documents.js';
import type { Entity } from '../model/entity.js';
import { ownerLoads } from '../model/load.js';
import { entitiesOfKind } from '../model/lookup.js';
import type { Model } from '../model/model.js';
import { ownersOf, type Owner } from '../model/owners.js';
import { programsOfSystem } from '../model/programs.js';
import { addDuration, compareDates } from '../util/dates.js';
import { buildCalendar, type Calendar } from './calendar.js';
import { listExceptions, type Exception } from './exceptions.js';

/** An entity as the report names it, with where it is written. */
export interface EntityRef {
  kind: string;
  id?: string;
  /** Its `name` or `title`, when it has one. */
  title?: string;
  file: string;
  line: number;
}

/** A finding as the report lists it. */
export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
}

/** Which enabled rules checked an entity, and how each came out. */
export interface EntityChecks {
  entity: EntityRef;
  passed: string[];
  failed: ReportFinding[];
  /** Rules whose findings here an exception (govlint-disable) sets aside. */
  excepted: string[];
}

export interface Headline {
  /** How many entities of each kind, by kind name. */
  entities: Array<{ kind: string; count: number }>;
  /** Findings not set aside by an exception, by severity. */
  findings: Record<Severity, number>;
  /** Per kind with ownership rules: how many of its entities meet them all. */
  ownership: Array<{ kind: string; total: number; meeting: number }>;
  reviewsOverdue: number;
  /** Not overdue, and due within 30 days of today. */
  reviewsDueSoon: number;
  exceptionsInForce: number;
}

export interface ProgramCard {
  program: EntityRef;
  managers: Owner[];
  systems: Array<{ system: EntityRef; owners: Owner[] }>;
  risks: EntityRef[];
  documents: EntityRef[];
  raci: EntityRef[];
  /** The program, its systems, risks, documents and RACI matrices, each with the checks it passes and fails. */
  checks: EntityChecks[];
}

export interface RiskRow {
  risk: EntityRef;
  severity?: string;
  likelihood?: string;
  status?: string;
  mitigation?: string;
  owners: Owner[];
  review: ReviewStatus;
  /** The date of the next review, or of the one missed. */
  reviewDue?: string;
}

export type ReviewStatus = 'current' | 'due-soon' | 'overdue' | 'never-reviewed' | 'not-scheduled';

export interface DocumentRow {
  document: EntityRef;
  type?: string;
  owners: Owner[];
  reviewed?: string;
  due?: string;
  status: ReviewStatus;
}

export interface PersonLoad {
  person: string;
  name?: string;
  /** How many entities they are an owner or manager of, as `person/overload` counts. */
  count: number;
  /** More than `person/overload` allows; absent when the rule is off. */
  overloaded?: boolean;
  entities: EntityRef[];
}

export interface Report {
  today: string;
  headline: Headline;
  programs: ProgramCard[];
  risks: {
    severities: string[];
    likelihoods: string[];
    /** Open risks per cell, `cells[severity index][likelihood index]`; a risk without both is not in the map. */
    cells: number[][];
    open: RiskRow[];
    closed: RiskRow[];
  };
  /** The next 90 days, overdue first, with owners: `govlint calendar`'s computation. */
  calendar: Calendar;
  documents: DocumentRow[];
  people: { load: PersonLoad[]; conflicts: ReportFinding[]; leavers: ReportFinding[] };
  exceptions: Exception[];
}

export const SEVERITIES = ['low', 'medium', 'high', 'critical'];
export const LIKELIHOODS = ['rare', 'unlikely', 'possible', 'likely', 'almost-certain'];

/**
 * The built-in rules that check entities of each kind, so that a scorecard shows what passed as well as what failed.
 * Only the enabled ones count; a rule not listed here (a plugin's) shows where it found something.
 */
const RULES_BY_KIND: Record<string, string[]> = {
  Program: ['program/single-manager', 'raci/required', 'review/overdue'],
  System: ['system/single-owner', 'system/one-program', 'system/alerts-routed', 'docs/required', 'review/overdue'],
  Risk: ['risk/dual-ownership', 'risk/owners-match', 'risk/acceptance-expired', 'review/overdue'],
  Document: ['docs/has-owner', 'docs/stale', 'docs/changed-unreviewed'],
  Raci: ['raci/has-responsible', 'raci/single-accountable', 'raci/valid-letters', 'raci/no-gaps'],
};
const EVERY_KIND = ['schema/valid', 'refs/resolve', 'ids/unique'];

/** The rules whose findings mean an entity lacks the owners it must have, per kind. */
const OWNERSHIP_RULES: Record<string, string[]> = {
  Program: ['program/single-manager'],
  System: ['system/single-owner'],
  Process: ['process/single-owner'],
  Product: ['product/manager-and-owner'],
  Risk: ['risk/dual-ownership', 'risk/owners-match'],
  Document: ['docs/has-owner'],
};

const SOON_DAYS = 30;
const CALENDAR_DAYS = 90;

export interface ReportInput {
  result: LintResult;
  today: string;
  /** The ids of the rules enabled. */
  enabled: ReadonlySet<string>;
  /** Display paths of the files to report on. */
  reported: ReadonlySet<string>;
  /** person/overload's options in force, so that the load agrees with the rule: `max` absent when it is off. */
  overload?: { max?: number; ignoreKinds: readonly string[] };
}

/** The steering committee's report of a linted register: pure, so the same register and day give the same report. */
export function buildReport({ result, today, enabled, reported, overload = { ignoreKinds: [] } }: ReportInput): Report {
  const { model } = result;
  const inScope = (entity: Entity) => reported.has(entity.document.file.path);
  const findings = result.findings.filter((finding) => reported.has(finding.file));
  const byEntity = groupByEntity(findings);
  const due = result.due.filter((item) => reported.has(item.file));
  const dueByEntity = new Map<string, DueDate[]>();
  for (const item of due) if (item.entity) push(dueByEntity, entityKey(item.file, item.entity), item);
  const entities = model.entities.filter(inScope);
  const exceptions = listExceptions(model, today, SOON_DAYS).filter((exception) => exception.state === 'in-force' && reported.has(exception.file));
  const context: Context = { model, today, enabled, byEntity, dueByEntity };
  const risks = model.ofKind('Risk').filter(inScope).map((risk) => riskRow(context, risk));
  const open = risks.filter((row) => row.status !== 'closed');
  return {
    today,
    headline: headline(entities, findings, due, exceptions, context),
    programs: [...programScopes(model)].filter(([program]) => inScope(program)).map(([program, scope]) => programCard(context, program, scope)),
    risks: {
      severities: SEVERITIES,
      likelihoods: LIKELIHOODS,
      cells: SEVERITIES.map((severity) => LIKELIHOODS.map((likelihood) => open.filter((row) => row.severity === severity && row.likelihood === likelihood).length)),
      open,
      closed: risks.filter((row) => row.status === 'closed'),
    },
    calendar: buildCalendar(due, today, CALENDAR_DAYS),
    documents: model.ofKind('Document').filter(inScope).map((document) => documentRow(context, document)),
    people: {
      load: peopleLoad(model, inScope, overload),
      conflicts: findings.filter((finding) => finding.ruleId === 'roles/conflict' && !finding.suppression).map(reportFinding),
      leavers: findings.filter((finding) => finding.ruleId === 'person/left-holds-roles' && !finding.suppression).map(reportFinding),
    },
    exceptions,
  };
}

interface Context {
  model: Model;
  today: string;
  enabled: ReadonlySet<string>;
  byEntity: Map<string, Finding[]>;
  dueByEntity: Map<string, DueDate[]>;
}

function headline(entities: Entity[], findings: Finding[], due: DueDate[], exceptions: Exception[], context: Context): Headline {
  const kinds = new Map<string, number>();
  for (const entity of entities) kinds.set(entity.kind, (kinds.get(entity.kind) ?? 0) + 1);
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) if (!finding.suppression) counts[finding.severity] += 1;
  const soon = addDuration(context.today, { amount: SOON_DAYS, unit: 'day' });
  const reviews = due.filter(isReview);
  const ownership = Object.entries(OWNERSHIP_RULES).flatMap(([kind, rules]) => {
    const ofKind = entities.filter((entity) => entity.kind === kind);
    if (ofKind.length === 0 || !rules.some((rule) => context.enabled.has(rule))) return [];
    // An exception excuses a missing owner for a while; it does not supply one, so it does not count as meeting.
    const meeting = ofKind.filter((entity) => !(context.byEntity.get(entityKey(entity.document.file.path, entity)) ?? []).some((finding) => rules.includes(finding.ruleId))).length;
    return [{ kind, total: ofKind.length, meeting }];
  });
  return {
    entities: [...kinds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([kind, count]) => ({ kind, count })),
    findings: counts,
    ownership,
    reviewsOverdue: reviews.filter((item) => item.overdue).length,
    reviewsDueSoon: reviews.filter((item) => !item.overdue && compareDates(item.date, soon) <= 0).length,
    exceptionsInForce: exceptions.length,
  };
}

/** What belongs to each Program: its Systems, and the Risks, Documents and RACI matrices of it or of one of them. */
interface ProgramScope {
  systems: Entity[];
  risks: Entity[];
  documents: Entity[];
  raci: Entity[];
}

/** Every Program's scope, in one pass over the register (asking per Program would be a scan of it per Program). */
function programScopes(model: Model): Map<Entity, ProgramScope> {
  const scopes = new Map<Entity, ProgramScope>(model.ofKind('Program').map((program) => [program, { systems: [], risks: [], documents: [], raci: [] }]));
  const programsOf = new Map<Entity, Entity[]>([...scopes.keys()].map((program) => [program, [program]]));
  for (const system of model.ofKind('System')) {
    const programs = programsOfSystem(model, system).map(({ program }) => program);
    programsOf.set(system, programs);
    for (const program of programs) scopes.get(program)?.systems.push(system);
  }
  const ofIds = (ids: unknown[], kinds: string[]) => unique(ids.filter((id) => typeof id === 'string').flatMap((id) => model.withId(id).filter((entity) => kinds.includes(entity.kind))));
  const add = (entity: Entity, subjects: Entity[], list: keyof ProgramScope) => {
    for (const program of new Set(subjects.flatMap((subject) => programsOf.get(subject) ?? []))) scopes.get(program)![list].push(entity);
  };
  for (const risk of model.ofKind('Risk')) add(risk, ofIds([risk.data.program, risk.data.system], ['Program', 'System']), 'risks');
  for (const document of model.ofKind('Document')) add(document, documentSubjects(model, document), 'documents');
  for (const matrix of model.ofKind('Raci')) add(matrix, ofIds([matrix.data.scope], ['Program', 'System']), 'raci');
  return scopes;
}

function programCard(context: Context, program: Entity, scope: ProgramScope): ProgramCard {
  const { model } = context;
  const { systems, risks, documents, raci } = scope;
  return {
    program: ref(program),
    managers: ownersOf(model, program),
    systems: systems.map((system) => ({ system: ref(system), owners: ownersOf(model, system) })),
    risks: risks.map(ref),
    documents: documents.map(ref),
    raci: raci.map(ref),
    checks: [program, ...systems, ...risks, ...documents, ...raci].map((entity) => checksOf(context, entity)),
  };
}

function checksOf(context: Context, entity: Entity): EntityChecks {
  const all = context.byEntity.get(entityKey(entity.document.file.path, entity)) ?? [];
  const failed = all.filter((finding) => !finding.suppression);
  const excepted = unique(all.filter((finding) => finding.suppression).map((finding) => finding.ruleId));
  const checked = [...(RULES_BY_KIND[entity.kind] ?? []), ...EVERY_KIND].filter((rule) => context.enabled.has(rule));
  const passed = checked.filter((rule) => !all.some((finding) => finding.ruleId === rule));
  return { entity: ref(entity), passed, failed: failed.map(reportFinding), excepted };
}

function riskRow(context: Context, risk: Entity): RiskRow {
  const row: RiskRow = { risk: ref(risk), owners: ownersOf(context.model, risk), review: 'not-scheduled' };
  for (const field of ['severity', 'likelihood', 'status', 'mitigation'] as const) {
    const value = risk.data[field];
    if (typeof value === 'string') row[field] = value;
  }
  const review = reviewDue(context, risk, 'review/overdue');
  if (review) {
    row.review = review.status;
    row.reviewDue = review.date;
  }
  return row;
}

function documentRow(context: Context, document: Entity): DocumentRow {
  const row: DocumentRow = { document: ref(document), owners: ownersOf(context.model, document), status: 'not-scheduled' };
  if (typeof document.data.type === 'string') row.type = document.data.type;
  if (typeof document.data.reviewed === 'string') row.reviewed = document.data.reviewed;
  const review = reviewDue(context, document, 'docs/stale');
  if (review) {
    row.status = review.status;
    row.due = review.date;
  }
  return row;
}

/** Where an entity's review stands, from the due date its review rule computed (as the calendar has it). */
function reviewDue(context: Context, entity: Entity, ruleId: string): { status: ReviewStatus; date: string } | undefined {
  const item = context.dueByEntity.get(entityKey(entity.document.file.path, entity))?.find((candidate) => candidate.ruleId === ruleId && isReview(candidate));
  if (!item) return undefined;
  const soon = addDuration(context.today, { amount: SOON_DAYS, unit: 'day' });
  const status: ReviewStatus =
    entity.data.reviewed === undefined && item.overdue ? 'never-reviewed' : item.overdue ? 'overdue' : compareDates(item.date, soon) <= 0 ? 'due-soon' : 'current';
  return { status, date: item.date };
}

/** A review, as opposed to an expiry: `review`, `review in the joint risk review`, `review against its compliance obligations`. */
function isReview(item: DueDate): boolean {
  return item.what === 'review' || item.what.startsWith('review ');
}

function peopleLoad(model: Model, inScope: (entity: Entity) => boolean, { max, ignoreKinds }: NonNullable<ReportInput['overload']>): PersonLoad[] {
  const loads = [...ownerLoads(model, ignoreKinds)].map(([person, held]): PersonLoad => {
    // The rule counts the whole register; the entities listed are those of the files reported on.
    const load: PersonLoad = { person, count: held.length, entities: held.filter(({ entity }) => inScope(entity)).map(({ entity }) => ref(entity)) };
    if (max !== undefined) load.overloaded = held.length > max;
    const name = entitiesOfKind(model, person, 'Person')[0]?.data.name;
    if (typeof name === 'string') load.name = name;
    return load;
  });
  return loads.filter((load) => load.entities.length > 0).sort((a, b) => b.count - a.count || (a.person < b.person ? -1 : a.person > b.person ? 1 : 0));
}

function openFindings(context: Context, entity: Entity): Finding[] {
  return (context.byEntity.get(entityKey(entity.document.file.path, entity)) ?? []).filter((finding) => !finding.suppression);
}

function groupByEntity(findings: readonly Finding[]): Map<string, Finding[]> {
  const grouped = new Map<string, Finding[]>();
  for (const finding of findings) if (finding.entity) push(grouped, entityKey(finding.file, finding.entity), finding);
  return grouped;
}

/** Findings and due dates name an entity by kind and id; with the file, two entities that share an id stay apart. */
function entityKey(file: string, entity: { kind: string; id?: string | undefined }): string {
  return `${file}\0${entity.kind}\0${entity.id ?? ''}`;
}

function ref(entity: Entity): EntityRef {
  const { line } = locateInEntity(entity);
  const reference: EntityRef = { kind: entity.kind, file: entity.document.file.path, line };
  if (entity.id !== undefined) reference.id = entity.id;
  const title = entity.data.name ?? entity.data.title;
  if (typeof title === 'string') reference.title = title;
  return reference;
}

function reportFinding(finding: Finding): ReportFinding {
  const { ruleId, severity, message, file, line, column } = finding;
  return { ruleId, severity, message, file, line, column };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

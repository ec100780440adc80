// The generated repo's entities as data, and what both the generator and the injectors (bench/injectors/) use to
// read and change them. An entity is { kind, id, data, file, leadingComments, comments, extraLines, textEdits,
// defect, lost, pinned, essential, risks }, made by the Repo in generate.mjs; `data` is what is written as YAML.
// Injectors may also set `noClosingFence` (Markdown front matter left open), `encoding` (the file's, when not
// UTF-8) and `skipped` (govlint skips the document: it lost its `kind`); `lost` marks an entity govlint will not see.

import { isMapping } from './emit.mjs';
import { optionsOf } from './rules.mjs';

/** The day govlint must be told is today (`--today`), so that freshness does not depend on the calendar. */
export const TODAY = '2026-11-22';

export function isoDate(daysBeforeToday) {
  return new Date(Date.parse(TODAY) - daysBeforeToday * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The key under which an injector declares the findings a suppression comment it wrote silences: govlint hides
 * them from its findings and counts them in `summary.suppressed`.
 */
export const SUPPRESSED = 'suppressed';

const { addDuration, parseDuration } = await import('../dist/util/dates.js');

/**
 * How many days before TODAY a review may have been and still be in time, by kind, under review/overdue's default
 * intervals (a Risk every month, a System with compliance obligations every three months): 31 and 92 days.
 */
export const REVIEW_DAYS = Object.fromEntries(
  Object.entries(optionsOf('review/overdue').intervals).map(([kind, every]) => {
    const interval = parseDuration(every);
    let days = 0;
    while (addDuration(isoDate(days + 1), interval) >= TODAY) days++;
    return [kind, days];
  }),
);

/**
 * Whether review/overdue checks the entity's review under its default options: a Risk that is not closed, a System
 * with compliance obligations that is not retired, and any other entity but a Document that sets `reviewEvery`.
 */
export function inReviewCadence(entity) {
  const { data } = entity;
  if (entity.kind === 'Document') return false;
  if (entity.kind === 'Risk') return data.status !== 'closed';
  if (entity.kind === 'System' && data.lifecycle === 'retired') return false;
  if (entity.kind === 'System' && data.compliance?.length > 0) return true;
  return data.reviewEvery !== undefined;
}

export const ALL_KINDS = ['Person', 'Team', 'Role', 'Program', 'System', 'Process', 'Product', 'Risk', 'Document', 'Raci'];
export const COMPLIANCE = ['GDPR', 'SOX', 'PCI-DSS', 'ISO-27001', 'SOC-2', 'HIPAA', 'NIS2', 'DORA'];

// ---------------------------------------------------------------------------------------------------------------
// Who is an owner or manager of how many entities, as person/overload counts them: every entity whose kind (as
// written, so also a misspelt one) it does not ignore, once per holder of any role it counts.

const overload = optionsOf('person/overload');
/** How many entities person/overload lets one person be an owner or manager of by default. */
export const OVERLOAD_MAX = overload.max;
const OVERLOAD_IGNORED_KINDS = new Set(overload.ignoreKinds);
/** The roles person/overload counts: loaded once rules.mjs has checked that the build is there. */
export const { COUNTED_ROLE } = await import('../dist/model/load.js');

export function countedHolders(entity) {
  if (entity.lost || OVERLOAD_IGNORED_KINDS.has(entity.data.kind)) return [];
  const roles = entity.data.roles;
  if (!isMapping(roles)) return [];
  const holders = [];
  for (const [role, value] of Object.entries(roles)) {
    if (!COUNTED_ROLE.test(role)) continue;
    const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
    holders.push(...list);
  }
  return [...new Set(holders)];
}

// ---------------------------------------------------------------------------------------------------------------
// Reading and changing entities.

export const holderRoles = (entity) => Object.entries(entity.data.roles ?? {}).filter(([, value]) => typeof value === 'string');
export const holdersOf = (entity, role) => {
  const value = entity.data.roles?.[role];
  return typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
};
/** A single holder of a role, or undefined when there are none or several. */
export const soleHolder = (entity, role) => {
  const holders = holdersOf(entity, role);
  return holders.length === 1 ? holders[0] : undefined;
};

/**
 * An injector that deletes one role of an entity (`roles` itself when `role` is undefined), with the findings the
 * missing holders cause: the defect most ownership rules are about.
 */
export function withoutRole(kind, role, findings, options = {}) {
  return {
    name: role === undefined ? 'no-roles' : `no-${role}`, kinds: [kind], ...options,
    apply(entity) {
      if (role === undefined) delete entity.data.roles;
      else delete entity.data.roles[role];
      return { ...findings };
    },
  };
}

/** An id that no entity has, close to an existing one, as a stale reference would be. */
export function ghostId(repo, near) {
  let id = `${near}-old`;
  for (let n = 2; repo.usedIds.has(id); n++) id = `${near}-old-${n}`;
  return id;
}

export function renameKey(data, from, to) {
  const entries = Object.entries(data).map(([key, value]) => [key === from ? to : key, value]);
  for (const key of Object.keys(data)) delete data[key];
  Object.assign(data, Object.fromEntries(entries));
}

/** Picks an id of another, untouched entity of one of `kinds` and reserves it so that no other defect touches it. */
export function reserveTarget(ctx, kinds, except) {
  const target = ctx.pickFrom(kinds, (entity) => entity !== except && !ctx.reserved.has(entity.id));
  if (!target) return undefined;
  ctx.reserve(target);
  return target;
}

/** The Programs a System belongs to, by its `program` or their `systems`, as they stand now. */
export function programsOf(repo, system) {
  const programs = new Set((repo.ofKind.get('Program') ?? []).filter((program) => program.data.systems?.includes(system.id)));
  const own = repo.byId.get(system.data.program);
  if (own?.kind === 'Program') programs.add(own);
  return [...programs];
}

/** The Systems of a Program, by their `program` or its `systems`, as they stand now. */
export function systemsOf(repo, program) {
  const listed = new Set(program.data.systems ?? []);
  return (repo.ofKind.get('System') ?? []).filter((system) => system.data.program === program.id || listed.has(system.id));
}

/** A Risk's System and Program, when both are untouched, so that what the Risk's findings depend on is known. */
export function riskSides(repo, risk) {
  const system = repo.byId.get(risk.data.system);
  const program = repo.byId.get(risk.data.program);
  if (system?.kind !== 'System' || program?.kind !== 'Program' || system.defect !== undefined || program.defect !== undefined) return undefined;
  const owner = soleHolder(system, 'system-owner');
  const manager = soleHolder(program, 'program-manager');
  return owner && manager ? { system, program, owner, manager } : undefined;
}

/** The matrix of a Raci entity, whether written in YAML or as a Markdown table. */
export const matrixOf = (entity) => entity.raci ?? entity.data;
/** The letters of a cell, as govlint reads them: none from a cell that is not letters (`n/a`). */
export const lettersOf = (cell) => {
  const text = (cell ?? '').trim();
  return /^[RACI](?:(?:\s*[/,]\s*|)[RACI])*$/i.test(text) ? new Set([...text.toUpperCase()].filter((char) => 'RACI'.includes(char))) : new Set();
};
/** In YAML a party without a letter has no key; in Markdown, an empty cell. */
export const clearCell = (entity, task, party) => {
  if (entity.raci) task.assignments[party] = '';
  else task.assignments[party] = '-';
};

/** A next-line suppression comment above `key`. */
export function commentAbove(entity, key, text) {
  entity.comments.set(key, [...(entity.comments.get(key) ?? []), `# ${text}`]);
}

/** The parties of a task without a letter. */
export function gapsOf(entity, task) {
  return matrixOf(entity).parties.filter((party) => lettersOf(task.assignments[party]).size === 0);
}

/** Kinds whose entities have a `reviewed` date a comment can go above, and that nothing else checks there. */
export const REVIEWED_KINDS = ['Person', 'Program', 'System', 'Process', 'Product', 'Risk', 'Document'];
export const hasReviewed = (entity) => typeof entity.data.reviewed === 'string';


/** A Person's Team, when no defect has touched or reserved it and it lists them in `members`. */
export function teamListing(person, ctx) {
  const team = ctx.repo.byId.get(person.data.team);
  return team?.kind === 'Team' && team.defect === undefined && !ctx.reserved.has(team.id) && team.data.members.includes(person.id) ? team : undefined;
}

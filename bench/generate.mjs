#!/usr/bin/env node
// Generates a synthetic governance repo of N entities for benchmarking govlint, with a known set of defects.
//
//   node bench/generate.mjs <dir> <entities> [--seed <n>]
//
// The output is deterministic: the same entity count and seed give byte-identical files. About 2% of the entities
// get a defect from an injector; every injector knows exactly how many findings of which rule it causes (and how
// many findings a suppression comment silences), and the totals are written to <dir>/.bench-expected.json (a
// hidden file, which govlint does not read).
//
// The baseline is clean under every built-in rule with its default options (the repo has no config file, so
// govlint:recommended applies):
// - every Risk is reviewed within a month, and every System with `compliance` within three months (review/overdue);
// - every Risk is owned by the program manager of its Program and the system owner of its System, and the System
//   belongs to the Program (risk/dual-ownership, risk/owners-match); nobody who manages a Program owns one of its
//   Systems (roles/conflict);
// - every active System has a Document of `type: architecture` and one of `type: sla`, listed under `documents` or
//   only naming the System in `describes` (docs/required); no other System has either type;
// - owner and manager roles are spread so that nobody holds more than BASELINE_CAP of them, one below
//   person/overload's limit, so that a defect may give anyone one more role;
// - every Process has one owner and at least one manager, every Product both roles, every Program one manager and
//   every System one owner;
// - RACI matrices, in YAML and as Markdown tables, give every task exactly one A, at least one R, and every party a
//   letter in critical tasks.
//
// Cascades are avoided by construction:
// - an entity that a syntax error removes, or whose id is changed, is one that nothing references (and not a
//   Document that docs/required counts on);
// - a reference made to dangle names an id that no entity has (an existing id with '-old' appended);
// - an id involved in one defect (a duplicate, a wrong-kind target) is never touched by another defect;
// - an entity gets at most one defect; a defect whose findings depend on other entities reserves them (no other
//   defect touches them) or pins them (no other defect changes who holds their roles);
// - the generator tracks how many owner and manager roles everyone holds as the defects change them, so that only
//   the person/overload defects take anyone over the limit;
// - the few cascades that cannot be avoided are counted (a misspelt `reviewed` is also a review finding).
// To cover a new rule, add injectors to INJECTORS with its rule id; `apply` returns the findings it causes by rule,
// and SUPPRESSED for the findings a suppression comment silences.

import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump whenever the output changes, so that run.mjs regenerates cached repos. */
export const GENERATOR_VERSION = 2;
/** The day govlint must be told is today (`--today`), so that freshness does not depend on the calendar. */
export const TODAY = '2026-11-22';
export const EXPECTED_FILE = '.bench-expected.json';
export const DEFAULT_SEED = 20261122;
/** The share of entities that get a defect. */
export const DEFECT_RATE = 0.02;
/**
 * The built-in rules, sorted by id. Each rule with injectors gets an equal share of the defects; the others must
 * find nothing: docs/changed-unreviewed reads Git history, and the generated repos are not Git repositories;
 * files/readable has no injector yet (every generated file is readable UTF-8 text).
 */
export const RULE_IDS = [
  'docs/changed-unreviewed',
  'docs/required',
  'docs/stale',
  'files/readable',
  'ids/unique',
  'person/overload',
  'process/has-manager',
  'process/single-owner',
  'product/manager-and-owner',
  'program/single-manager',
  'raci/has-responsible',
  'raci/no-gaps',
  'raci/single-accountable',
  'refs/resolve',
  'review/overdue',
  'risk/dual-ownership',
  'risk/owners-match',
  'roles/conflict',
  'schema/valid',
  'suppressions/expired',
  'suppressions/unused',
  'suppressions/valid',
  'system/single-owner',
  'yaml/syntax',
];
/**
 * The key under which an injector returns the findings a suppression comment silences: govlint hides them from
 * its findings and counts them in `summary.suppressed`. Injectors of this group get a share of the defects too.
 */
export const SUPPRESSED = 'suppressed';

/** person/overload's defaults: roles whose id ends in -owner or -manager count, except on the ignored kinds. */
const COUNTED_ROLE = /-(owner|manager)$/;
const OVERLOAD_MAX = 5;
const OVERLOAD_IGNORED_KINDS = new Set(['Risk']);
/** The most owner and manager roles anyone holds in the baseline: one below the limit. */
const BASELINE_CAP = OVERLOAD_MAX - 1;

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness: sfc32 seeded through splitmix32.

function createRandom(seed) {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => next() < p;
  const between = (low, high) => low + int(high - low + 1);
  const sample = (list, k) => {
    const copy = [...list];
    const out = [];
    for (let i = 0; i < k && copy.length > 0; i++) out.push(copy.splice(int(copy.length), 1)[0]);
    return out;
  };
  const shuffle = (list) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [list[i], list[j]] = [list[j], list[i]];
    }
    return list;
  };
  return { next, int, pick, chance, between, sample, shuffle };
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary.

const FIRST_NAMES = `aaliyah aaron abigail adam adrian aisha alan alejandro alex alice amara amir ana andrea andrew
  angela anna anton arjun astrid ben bianca boris brian camille carla carlos chen chloe chris clara daniel david
  diana diego dmitri elena eli elif emma eric esther fatima felix fiona francesca gabriel george grace hana hannah
  hassan helen hugo ibrahim ines isaac ivan jack james jana javier jin joao jonas jorge julia kai karen kenji khalid
  lara laura leila leo lina lucas lucia mai marco maria mark marta mateo maya mei michael mina mohammed nadia naomi
  nina noah olga oliver omar paula pedro peter priya rachel rafael rania ravi rosa ruth sam sara sean sofia sophie
  stefan sven tamara tariq thomas tomas uma valentina victor wei william xin yara yusuf zara zoe`.split(/\s+/);
const LAST_NAMES = `abbott adeyemi aguilar ahmed alvarez andersen bauer becker berg bianchi brooks brown castro chen
  cohen costa cruz davies davis dubois eriksson evans fischer fernandes garcia gomez gonzalez gupta haddad hansen
  hernandez hoffmann hughes ibrahim ito jansen jensen johnson kaur khan kim kowalski kruger larsen lee lefebvre
  lopez marquez martin martinez meyer moreau morris muller nakamura nguyen novak okafor olsen ortiz park patel
  perez petrova popescu rahman raman reyes ricci rodriguez rossi russo sato schmidt schneider silva singh smith
  sorensen suzuki tanaka taylor thomas torres tran varga vasquez wagner walker wang weber weiss williams wilson
  wong yamamoto yilmaz young zhang zimmermann`.split(/\s+/);
const AREAS = `payments checkout catalogue pricing inventory logistics warehouse stores loyalty marketing finance people
  identity security data analytics platform network workplace service-desk procurement legal compliance mobile web
  search crm billing fulfilment customer-care`.split(/\s+/);
const TEAM_SUFFIXES = ['core', 'platform', 'operations', 'engineering', 'support', 'insights', 'integration', 'delivery', 'reliability', 'enablement'];
const PROGRAM_FIRST = `omnichannel cloud data digital customer supply-chain finance workplace security erp store payments
  mobile analytics identity sustainability platform logistics loyalty people`.split(/\s+/);
const PROGRAM_SECOND = ['transformation', 'modernisation', 'migration', 'consolidation', 'excellence', 'renewal', 'uplift', 'foundation', 'acceleration', 'programme'];
const SYSTEM_FIRST = `order stock price promotion customer payment invoice ledger payroll shipment returns catalogue search
  basket loyalty voucher supplier contract asset ticket identity consent forecast report label route claim refund tax
  budget`.split(/\s+/);
const SYSTEM_SECOND = ['management', 'service', 'engine', 'hub', 'gateway', 'portal', 'platform', 'store', 'api', 'tracker', 'registry', 'scheduler', 'warehouse', 'connector', 'console'];
const PROCESS_ACTIVITIES = `incident change problem release access capacity availability continuity supplier asset
  configuration knowledge request event security-incident vulnerability backup patch onboarding offboarding
  procurement budget audit risk data-retention privacy-request month-end-close invoice-approval expense hiring`.split(/\s+/);
const PROCESS_SUFFIXES = ['management', 'review', 'handling', 'control', 'approval', 'process'];
const PROCESS_AREAS = ['it-service-management', 'security', 'finance', 'people', 'procurement', 'data', 'engineering', 'stores', 'supply-chain', 'legal', 'customer-care', 'facilities'];
const PRODUCT_FIRST = ['smart', 'express', 'premium', 'family', 'business', 'green', 'instant', 'flex', 'plus', 'one', 'go', 'pro', 'home', 'city', 'local'];
const PRODUCT_SECOND = ['delivery', 'checkout', 'wallet', 'rewards', 'pass', 'subscriptions', 'returns', 'insurance', 'marketplace', 'app', 'catalogue', 'kiosk', 'assistant', 'card', 'booking'];
const ROLE_NAMES = `security-champion data-steward risk-manager business-continuity-lead change-manager privacy-officer
  solution-architect service-manager release-manager quality-lead accessibility-lead finops-lead incident-commander
  vendor-manager compliance-officer test-manager`.split(/\s+/);
/** Role ids that are neither built in nor defined: the `unknown-role` injector uses them. */
const UNDEFINED_ROLES = ['service-owner', 'business-owner', 'data-owner', 'technical-lead', 'security-officer'];
/** The Document types docs/required wants for every active System (its default `types`). */
const REQUIRED_DOC_TYPES = ['architecture', 'sla'];
/** The other Documents about Systems: never of a required type, so that only active Systems have those. */
const SYSTEM_DOC_TYPES = ['runbook', 'security-assessment', 'disaster-recovery-plan', 'data-flow', 'operations-manual'];
const PROCESS_DOC_TYPES = ['procedure', 'runbook', 'raci', 'work-instruction'];
const PRODUCT_DOC_TYPES = ['product-brief', 'roadmap', 'pricing-policy'];
const PROGRAM_DOC_TYPES = ['charter', 'status-report', 'benefits-case'];
const RISK_TOPICS = `vendor-lock-in data-breach capacity-shortfall key-person-dependency regulatory-change legacy-cutover
  cost-overrun outage data-loss third-party-failure skills-gap schedule-slip licence-expiry integration-failure
  fraud`.split(/\s+/);
const COMPLIANCE = ['GDPR', 'SOX', 'PCI-DSS', 'ISO-27001', 'SOC-2', 'HIPAA', 'NIS2', 'DORA'];
const TAGS = ['tier-1', 'tier-2', 'tier-3', 'customer-facing', 'internal', 'migrating', 'cloud', 'on-premises', 'regulated', 'critical-path', 'shared-service', 'vendor-hosted'];
const LIFECYCLES = ['planned', 'active', 'active', 'active', 'deprecated', 'retired'];
const SEVERITIES = ['low', 'medium', 'high', 'critical'];
const LIKELIHOODS = ['rare', 'unlikely', 'possible', 'likely', 'almost-certain'];
const STATUSES = ['open', 'mitigating', 'accepted', 'closed'];
const DOC_INTERVALS = [undefined, '3 months', '6 months', '1 year'];
const OTHER_INTERVALS = [undefined, '3 months', '6 months', '1 year', '2 years'];
const RACI_TASKS = ['Approve the change', 'Run the cutover', 'Sign off the release', 'Review access rights', 'Test the recovery plan',
  'Report to the steering committee', 'Update the runbook', 'Notify customers', 'Decommission the old platform', 'Reconcile the ledgers',
  'Train store staff', 'Renew the vendor contract', 'Approve the budget', 'Assess the supplier', 'Close audit findings'];

const SUBJECTS = ['The team', 'Operations', 'The service desk', 'Every release', 'The vendor', 'Store staff', 'The architecture board', 'Finance', 'The on-call engineer', 'Each region'];
const VERBS = ['reviews', 'monitors', 'reconciles', 'publishes', 'approves', 'tests', 'documents', 'escalates', 'automates', 'measures'];
const OBJECTS = ['the nightly batch', 'every change to production', 'the access rights of leavers', 'the recovery time objective', 'stock positions per store', 'supplier invoices above the threshold', 'the consent records', 'capacity forecasts for peak season', 'the incident backlog', 'the data retention schedule', 'customer-facing error rates', 'the end-of-day journal'];
const CLAUSES = ['before the quarterly audit', 'within five business days', 'with a rollback plan per wave', 'as agreed with the program office', 'so that findings are closed before the next review', 'in line with the group policy', 'and reports the result to the steering committee', 'unless the change advisory board grants an exception', 'every week during the parallel run', 'for every region and channel'];
const SECTION_TITLES = ['Context', 'Scope', 'Responsibilities', 'Controls', 'Operations', 'Dependencies', 'Security and compliance', 'Recovery', 'Open questions', 'Metrics'];
const KPI_TEMPLATES = ['Mean time to restore under {n} hours', '{n}% of requests fulfilled within the agreed time', 'Fewer than {n} repeat findings per audit', 'Backlog older than {n} days kept under 5%', '{n}% of changes without a rollback'];

// ---------------------------------------------------------------------------------------------------------------
// YAML and Markdown output. Written by hand so that every byte is under control (and the defects can be textual).

/** A value written verbatim after `key: `, for defects the serializer would otherwise quote away. */
class Raw {
  constructor(text) {
    this.text = text;
  }
}
const raw = (text) => new Raw(text);

const FLOW_KEYS = new Set(['tags', 'describes', 'appliesTo', 'compliance', 'parties', 'assignments']);
const FOLDED_KEYS = new Set(['description', 'mitigation']);
const NUMBER_LIKE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^0x|^0o|^[-+]?\.(?:inf|nan)$/i;
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

function scalar(value, flow = false) {
  const plain =
    /^[A-Za-z0-9][A-Za-z0-9 _.,'()/&+%@-]*$/.test(value) &&
    !value.endsWith(' ') &&
    !RESERVED.test(value) &&
    !NUMBER_LIKE.test(value) &&
    !(flow && /,/.test(value));
  return plain ? value : JSON.stringify(value);
}

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const isMapping = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Raw);

function emitEntry(lines, key, value, indent) {
  if (value === undefined) return;
  if (value instanceof Raw) lines.push(`${indent}${key}: ${value.text}`);
  else if (typeof value === 'boolean') lines.push(`${indent}${key}: ${value}`);
  else if (typeof value === 'string') {
    if (FOLDED_KEYS.has(key) && value.length > 100) {
      lines.push(`${indent}${key}: >-`);
      for (const line of wrap(value, 100)) lines.push(`${indent}  ${line}`);
    } else lines.push(`${indent}${key}: ${scalar(value)}`);
  } else if (Array.isArray(value)) {
    if (value.length === 0) lines.push(`${indent}${key}: []`);
    else if (FLOW_KEYS.has(key)) lines.push(`${indent}${key}: [${value.map((item) => scalar(item, true)).join(', ')}]`);
    else {
      lines.push(`${indent}${key}:`);
      for (const item of value) {
        if (isMapping(item)) {
          // A list of mappings: the first key on the dash's line, the others below it.
          const inner = [];
          for (const [childKey, child] of Object.entries(item)) emitEntry(inner, childKey, child, `${indent}    `);
          inner[0] = `${indent}  - ${inner[0].slice(indent.length + 4)}`;
          lines.push(...inner);
        } else lines.push(`${indent}  - ${scalar(item)}`);
      }
    }
  } else if (isMapping(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) lines.push(`${indent}${key}: {}`);
    else if (FLOW_KEYS.has(key)) lines.push(`${indent}${key}: { ${entries.map(([k, v]) => `${scalar(k, true)}: ${scalar(v, true)}`).join(', ')} }`);
    else {
      lines.push(`${indent}${key}:`);
      for (const [childKey, child] of entries) emitEntry(lines, childKey, child, `${indent}  `);
    }
  } else throw new Error(`cannot write ${key}: ${String(value)}`);
}

function emitYaml(entity) {
  // Comments first (a suppression of the whole entity), then each key with the comments written above it.
  const lines = [...entity.leadingComments];
  for (const [key, value] of Object.entries(entity.data)) {
    lines.push(...(entity.comments.get(key) ?? []));
    emitEntry(lines, key, value, '');
  }
  lines.push(...entity.extraLines);
  let text = `${lines.join('\n')}\n`;
  for (const edit of entity.textEdits) text = edit(text);
  return text;
}

function emitFile(file) {
  if (file.markdown) {
    const entity = file.entities[0];
    const closing = entity.noClosingFence ? '' : '---\n';
    const body = entity.raci ? raciMarkdownBody(entity) : entity.body;
    return `---\n${emitYaml(entity)}${closing}\n${body}`;
  }
  const header = file.header ? `${file.header.map((line) => `# ${line}`).join('\n')}\n` : '';
  return header + file.entities.map(emitYaml).join('---\n');
}

/** The body of a Markdown RACI matrix: a heading, a paragraph, the table (parties as columns), a closing note. */
function raciMarkdownBody(entity) {
  const { parties, tasks, criticalColumn } = entity.raci;
  const header = ['Task', ...(criticalColumn ? ['Critical'] : []), ...parties];
  const row = (cells) => `| ${cells.join(' | ')} |`;
  const rows = tasks.map((task) => row([task.name, ...(criticalColumn ? [task.critical ? 'yes' : 'no'] : []), ...parties.map((party) => task.assignments[party] ?? '')]));
  const table = [row(header), row(header.map((_, index) => (index === 0 ? '---' : ':---:'))), ...rows].join('\n');
  return `# ${entity.data.name}\n\n${wrap(entity.intro, 110).join('\n')}\n\n${table}\n\n## Notes\n\n${entity.note}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// The repo model.

function kindCounts(total) {
  const share = { Role: 0.002, Team: 0.015, Program: 0.02, System: 0.15, Process: 0.08, Product: 0.06, Risk: 0.15, Document: 0.22, Raci: 0.01 };
  const minimum = { Role: 3, Team: 2, Program: 2, System: 4, Process: 2, Product: 2, Risk: 2, Document: 2, Raci: 2 };
  const counts = {};
  let used = 0;
  for (const [kind, fraction] of Object.entries(share)) {
    counts[kind] = Math.max(minimum[kind], Math.round(total * fraction));
    used += counts[kind];
  }
  counts.Person = total - used;
  if (counts.Person < 10) throw new Error(`at least 100 entities are needed, not ${total}`);
  return counts;
}

function isoDate(daysBeforeToday) {
  const base = Date.UTC(2026, 10, 22);
  return new Date(base - daysBeforeToday * 86_400_000).toISOString().slice(0, 10);
}

class Repo {
  constructor(random) {
    this.random = random;
    this.entities = [];
    this.byId = new Map();
    this.ofKind = new Map();
    /** Inbound references by id: an entity with none can lose its id or disappear without a cascade. */
    this.inbound = new Map();
    this.usedIds = new Set();
    this.files = new Map();
  }

  uniqueId(base) {
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    return id;
  }

  add(kind, id, data, file, extra = {}) {
    const entity = {
      kind, id, data: { kind, id, ...data }, file,
      leadingComments: [], comments: new Map(), extraLines: [], textEdits: [],
      defect: undefined, lost: false, pinned: false, essential: false, risks: 0,
      ...extra,
    };
    this.entities.push(entity);
    this.byId.set(id, entity);
    if (!this.ofKind.has(kind)) this.ofKind.set(kind, []);
    this.ofKind.get(kind).push(entity);
    let record = this.files.get(file.path);
    if (!record) {
      record = { path: file.path, markdown: file.path.endsWith('.md'), header: file.header, entities: [] };
      this.files.set(file.path, record);
    }
    record.entities.push(entity);
    return entity;
  }

  /** Records a reference to `id` and returns it, for use inline. */
  ref(id) {
    this.inbound.set(id, (this.inbound.get(id) ?? 0) + 1);
    return id;
  }

  isReferenced(entity) {
    return (this.inbound.get(entity.id) ?? 0) > 0;
  }

  sentence() {
    const r = this.random;
    return `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(CLAUSES)}.`;
  }

  paragraph(min = 3, max = 5) {
    const n = this.random.between(min, max);
    return Array.from({ length: n }, () => this.sentence()).join(' ');
  }
}

/**
 * Hands out owner and manager roles so that nobody holds more than BASELINE_CAP: `take` picks someone at random
 * among those with room left, `prefer` gives the role to a given person when they have room.
 */
class RoleAllocator {
  constructor(people, random) {
    this.random = random;
    this.load = new Map(people.map((person) => [person.id, 0]));
    this.open = people.map((person) => person.id);
    this.position = new Map(this.open.map((id, index) => [id, index]));
  }

  take(except = []) {
    for (let tries = 0; tries < 100; tries++) {
      const id = this.open[this.random.int(this.open.length)];
      if (id !== undefined && !except.includes(id)) return this.#use(id);
    }
    const id = this.open.find((candidate) => !except.includes(candidate));
    if (id === undefined) throw new Error('too few people for the owner and manager roles');
    return this.#use(id);
  }

  prefer(id, except = []) {
    return this.position.has(id) && !except.includes(id) ? this.#use(id) : this.take(except);
  }

  #use(id) {
    const load = this.load.get(id) + 1;
    this.load.set(id, load);
    if (load >= BASELINE_CAP) {
      const index = this.position.get(id);
      const last = this.open.pop();
      if (last !== id) {
        this.open[index] = last;
        this.position.set(last, index);
      }
      this.position.delete(id);
    }
    return id;
  }
}

const ACRONYMS = new Set(['sla', 'raci', 'api', 'crm', 'erp', 'hr']);
const titleCase = (id) =>
  id
    .replace(/-\d+$/, '')
    .split('-')
    .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1)))
    .join(' ');

function buildRepo(total, random) {
  const repo = new Repo(random);
  const r = random;
  const counts = kindCounts(total);
  const rolesFile = { path: 'roles/catalogue.yaml', header: ['Roles beyond the built-in catalogue, one document each.'] };

  // Roles: a catalogue in one multi-document file.
  const customRoles = [];
  for (let i = 0; i < counts.Role; i++) {
    const base = ROLE_NAMES[i % ROLE_NAMES.length];
    const id = repo.uniqueId(i < ROLE_NAMES.length ? base : `${base}-${Math.floor(i / ROLE_NAMES.length) + 1}`);
    customRoles.push(
      repo.add('Role', id, {
        name: titleCase(id),
        description: repo.sentence(),
        responsibilities: [repo.sentence(), repo.sentence()],
        appliesTo: ['System', 'Program', 'Product'],
      }, rolesFile),
    );
  }

  // Teams and people: a folder per team, a file per person.
  const teams = [];
  for (let i = 0; i < counts.Team; i++) {
    const id = repo.uniqueId(`${r.pick(AREAS)}-${r.pick(TEAM_SUFFIXES)}`);
    teams.push(repo.add('Team', id, { name: titleCase(id), description: repo.sentence(), members: [] }, { path: `teams/${id}.yaml` }));
  }
  const people = [];
  for (let i = 0; i < counts.Person; i++) {
    const first = r.pick(FIRST_NAMES);
    const last = r.pick(LAST_NAMES);
    const id = repo.uniqueId(`${first}-${last}`);
    const team = i < teams.length ? teams[i] : r.pick(teams);
    const suffix = id.slice(`${first}-${last}`.length).replace('-', '');
    const person = repo.add('Person', id, {
      name: `${titleCase(first)} ${titleCase(last)}`,
      email: `${first}.${last}${suffix}@meridian-retail.example`,
      team: repo.ref(team.id),
      reviewed: isoDate(r.between(1, 400)),
    }, { path: `people/${team.id}/${id}.yaml` });
    team.data.members.push(repo.ref(id));
    people.push(person);
  }
  const anyone = () => r.pick(people).id;
  const roles = new RoleAllocator(people, r);

  // Programs, each led by a program manager.
  const programs = [];
  for (let i = 0; i < counts.Program; i++) {
    const id = repo.uniqueId(`${r.pick(PROGRAM_FIRST)}-${r.pick(PROGRAM_SECOND)}`);
    programs.push(repo.add('Program', id, {
      name: titleCase(id),
      description: repo.paragraph(2, 3),
      tags: r.sample(TAGS, r.between(0, 2)),
      roles: { 'program-manager': repo.ref(roles.take()) },
      reviewed: isoDate(r.between(1, 200)),
      reviewEvery: r.pick(OTHER_INTERVALS),
      systems: [],
    }, { path: `programs/${id}.yaml` }));
  }

  // Systems, in a folder per program, owned by someone other than the program's manager. Active systems need an
  // architecture document and an SLA: they are made with the other documents, within the documents' share.
  const systems = [];
  let requiredDocuments = 0;
  for (let i = 0; i < counts.System; i++) {
    const id = repo.uniqueId(`${r.pick(SYSTEM_FIRST)}-${r.pick(SYSTEM_SECOND)}`);
    const program = i < programs.length ? programs[i] : r.pick(programs);
    const systemRoles = { 'system-owner': repo.ref(roles.take([program.data.roles['program-manager']])) };
    if (r.chance(0.2)) {
      const role = r.pick(customRoles).id;
      systemRoles[repo.ref(role)] = repo.ref(COUNTED_ROLE.test(role) ? roles.take() : anyone());
    }
    let lifecycle = r.pick(LIFECYCLES);
    if (lifecycle === 'active' && requiredDocuments + REQUIRED_DOC_TYPES.length > counts.Document) lifecycle = 'planned';
    if (lifecycle === 'active') requiredDocuments += REQUIRED_DOC_TYPES.length;
    const compliance = r.sample(COMPLIANCE, r.between(0, 3));
    const system = repo.add('System', id, {
      name: titleCase(id),
      description: repo.paragraph(1, 3),
      tags: r.sample(TAGS, r.between(1, 3)),
      roles: systemRoles,
      program: repo.ref(program.id),
      lifecycle,
      compliance,
      // On the compliance calendar, a System is reviewed every three months.
      reviewed: isoDate(compliance.length > 0 ? r.between(1, 85) : r.between(1, 300)),
      documents: [],
    }, { path: `systems/${program.id}/${id}.yaml` }, { requiredDocuments: {} });
    program.data.systems.push(repo.ref(id));
    systems.push(system);
  }

  // Products, in a folder per program, on the program's systems.
  const products = [];
  for (let i = 0; i < counts.Product; i++) {
    const id = repo.uniqueId(`${r.pick(PRODUCT_FIRST)}-${r.pick(PRODUCT_SECOND)}`);
    const program = r.pick(programs);
    const pool = program.data.systems.length > 0 ? program.data.systems : systems.map((system) => system.id);
    const manager = roles.take();
    products.push(repo.add('Product', id, {
      name: titleCase(id),
      description: repo.paragraph(1, 2),
      tags: r.sample(TAGS, r.between(1, 2)),
      roles: { 'product-manager': repo.ref(manager), 'product-owner': repo.ref(roles.take([manager])) },
      reviewed: isoDate(r.between(1, 300)),
      reviewEvery: r.pick(OTHER_INTERVALS),
      systems: r.sample(pool, r.between(1, 3)).map((system) => repo.ref(system)),
    }, { path: `products/${program.id}/${id}.yaml` }));
  }

  // Processes, in a folder per area, each with exactly one owner and one to three managers.
  const processes = [];
  for (let i = 0; i < counts.Process; i++) {
    const area = r.pick(PROCESS_AREAS);
    const id = repo.uniqueId(`${r.pick(PROCESS_ACTIVITIES)}-${r.pick(PROCESS_SUFFIXES)}`);
    const owner = roles.take();
    const managers = [];
    for (let n = r.between(1, 3); n > 0; n--) managers.push(roles.take([owner, ...managers]));
    processes.push(repo.add('Process', id, {
      name: titleCase(id),
      description: repo.paragraph(1, 3),
      tags: r.sample(TAGS, r.between(0, 2)),
      roles: { 'process-owner': repo.ref(owner), 'process-manager': managers.map((manager) => repo.ref(manager)) },
      kpis: r.sample(KPI_TEMPLATES, r.between(1, 3)).map((kpi) => kpi.replace('{n}', String(r.between(2, 98)))),
      reviewed: isoDate(r.between(1, 300)),
      documents: [],
    }, { path: `processes/${area}/${id}.yaml`, area }));
  }

  // Documents in Markdown, fresh as of TODAY, owned by the owner or manager of what they describe where that person
  // has room for one more role. First the architecture and SLA of every active system (listed under its
  // `documents`, or only naming it in `describes`), then documents about systems, processes, products and programs.
  const addDocument = (subject, type, describes, essential) => {
    const id = repo.uniqueId(`${subject.id}-${type}`);
    const holder = subject.data.roles && Object.values(subject.data.roles).find((value) => typeof value === 'string');
    const title = `${titleCase(subject.id)} ${titleCase(type)}`;
    const folder =
      subject.kind === 'Process' ? `docs/processes/${subject.file.area}`
      : subject.kind === 'Program' ? `docs/${subject.id}`
      : `docs/${subject.data.program ?? subject.file.path.split('/')[1]}`;
    const data = { title, type, describes, roles: { 'document-owner': repo.ref(holder ? roles.prefer(holder) : roles.take()) }, reviewed: isoDate(r.between(1, 80)) };
    const interval = r.pick(DOC_INTERVALS);
    if (interval) data.reviewEvery = interval;
    const document = repo.add('Document', id, data, { path: `${folder}/${id}.md` }, { body: markdownBody(repo, title), essential });
    const listed = essential ? r.chance(0.7) : (subject.kind === 'System' || subject.kind === 'Process') && r.chance(0.7);
    if (listed) subject.data.documents.push(repo.ref(document.id));
    return document;
  };
  let documents = 0;
  for (const system of systems) {
    if (system.data.lifecycle !== 'active') continue;
    for (const type of REQUIRED_DOC_TYPES) {
      system.requiredDocuments[type] = addDocument(system, type, [repo.ref(system.id)], true);
      documents++;
    }
  }
  for (; documents < counts.Document; documents++) {
    const roll = r.next();
    const [subject, types] =
      roll < 0.55 ? [r.pick(systems), SYSTEM_DOC_TYPES]
      : roll < 0.75 ? [r.pick(processes), PROCESS_DOC_TYPES]
      : roll < 0.9 ? [r.pick(products), PRODUCT_DOC_TYPES]
      : [r.pick(programs), PROGRAM_DOC_TYPES];
    const describes = [repo.ref(subject.id)];
    if (subject.kind === 'System' && r.chance(0.1)) {
      const other = r.pick(systems);
      if (other !== subject) describes.push(repo.ref(other.id));
    }
    addDocument(subject, r.pick(types), describes, false);
  }
  for (const entity of [...systems, ...processes]) if (entity.data.documents.length === 0) delete entity.data.documents;

  // Risks: one register file per system with risks, owned by the program manager and the system owner, reviewed in
  // the monthly joint risk review.
  for (let i = 0; i < counts.Risk; i++) {
    const system = r.pick(systems);
    const program = repo.byId.get(system.data.program);
    const topic = r.pick(RISK_TOPICS);
    const id = repo.uniqueId(`risk-${system.id}-${topic}`);
    const data = {
      title: `${titleCase(topic)} puts ${titleCase(system.id)} at risk`,
      description: r.chance(0.3) ? repo.paragraph(1, 2) : undefined,
      roles: {
        'program-manager': repo.ref(program.data.roles['program-manager']),
        'system-owner': repo.ref(system.data.roles['system-owner']),
      },
      system: repo.ref(system.id),
      program: repo.ref(program.id),
      severity: r.pick(SEVERITIES),
      likelihood: r.pick(LIKELIHOODS),
      status: r.pick(STATUSES),
      mitigation: repo.paragraph(1, 3),
      reviewed: isoDate(r.between(1, 28)),
    };
    const header = [`The joint risk register of ${titleCase(system.id)}: owned by the program and by the system.`];
    repo.add('Risk', id, data, { path: `risks/${program.id}/${system.id}.yaml`, header });
    system.risks++;
    program.risks++;
  }

  // RACI matrices of programs, systems, processes and products: in YAML with person ids as parties, or as a table in
  // Markdown with roles (and sometimes people) as columns.
  const builtinParties = ['program-manager', 'system-owner', 'process-owner', 'process-manager', 'product-manager', 'product-owner', 'document-owner'];
  for (let i = 0; i < counts.Raci; i++) {
    const roll = r.next();
    const scope = r.pick(roll < 0.35 ? processes : roll < 0.65 ? systems : roll < 0.85 ? products : programs);
    const markdown = r.chance(0.4);
    const id = repo.uniqueId(`${scope.id}-raci`);
    const size = r.between(3, 5);
    const parties = markdown
      ? r.sample([...builtinParties, ...customRoles.map((role) => role.id), anyone()], size)
      : r.sample(people, size).map((person) => person.id);
    for (const party of parties) repo.ref(party);
    const criticalColumn = !markdown || r.chance(0.75);
    const tasks = raciTasks(r, parties, markdown, criticalColumn);
    const name = `${titleCase(scope.id)} RACI`;
    const folder = `raci/${scope.kind.toLowerCase()}s`;
    if (markdown) {
      repo.add('Raci', id, { name, scope: repo.ref(scope.id) }, { path: `${folder}/${id}.md` }, {
        raci: { parties, tasks, criticalColumn },
        intro: repo.paragraph(1, 2),
        note: repo.sentence(),
      });
    } else {
      repo.add('Raci', id, { name, description: repo.sentence(), scope: repo.ref(scope.id), parties, tasks }, { path: `${folder}/${id}.yaml` });
    }
  }

  return repo;
}

/**
 * The tasks of a clean RACI matrix: one party Accountable (sometimes A/R), one or two others Responsible, the rest
 * Consulted or Informed, or, outside critical tasks, nothing ('-', or blank: a missing key in YAML, an empty cell in
 * Markdown). Every task keeps at least one party that is neither A nor R.
 */
function raciTasks(r, parties, markdown, criticalColumn) {
  return r.sample(RACI_TASKS, r.between(3, 6)).map((name) => {
    const critical = criticalColumn && r.chance(0.4);
    const [accountable, ...others] = r.shuffle([...parties]);
    const responsible = others.length >= 3 && r.chance(0.3) ? 2 : 1;
    const letters = new Map([[accountable, r.chance(0.2) ? 'A/R' : 'A']]);
    others.forEach((party, index) => letters.set(party, index < responsible ? 'R' : r.pick(critical ? ['C', 'I'] : ['C', 'I', '-', ''])));
    const assignments = {};
    for (const party of parties) if (markdown || letters.get(party) !== '') assignments[party] = letters.get(party);
    return critical || markdown ? { name, critical, assignments } : { name, assignments };
  });
}

function markdownBody(repo, title) {
  const r = repo.random;
  const sections = r.sample(SECTION_TITLES, r.between(2, 3));
  const parts = [`# ${title}`, ''];
  for (const [index, section] of sections.entries()) {
    parts.push(`## ${section}`, '', ...wrap(repo.paragraph(), 110), '');
    if (index === 1) {
      for (let i = r.between(2, 4); i > 0; i--) parts.push(`- ${repo.sentence()}`);
      parts.push('');
    }
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Who holds how many owner and manager roles, as person/overload counts them: on every entity whose kind (as
// written, so also a misspelt one) is not ignored, each role ending in -owner or -manager, each holder once per role.

function countedHolders(entity) {
  if (entity.lost || OVERLOAD_IGNORED_KINDS.has(entity.data.kind)) return [];
  const roles = entity.data.roles;
  if (!isMapping(roles)) return [];
  const holders = [];
  for (const [role, value] of Object.entries(roles)) {
    if (!COUNTED_ROLE.test(role)) continue;
    const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
    holders.push(...new Set(list));
  }
  return holders;
}

class RoleLoads {
  constructor(entities) {
    /** Person id → entity → how many counted roles they hold on it. */
    this.held = new Map();
    for (const entity of entities) this.add(entity, 1);
  }

  add(entity, sign) {
    for (const person of countedHolders(entity)) {
      let entities = this.held.get(person);
      if (!entities) this.held.set(person, (entities = new Map()));
      const count = (entities.get(entity) ?? 0) + sign;
      if (count === 0) entities.delete(entity);
      else entities.set(entity, count);
    }
  }

  of(person) {
    let total = 0;
    for (const count of this.held.get(person)?.values() ?? []) total += count;
    return total;
  }

  entitiesOf(person) {
    return [...(this.held.get(person)?.keys() ?? [])];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Defect injectors. Each one picks an eligible entity of its kinds and returns the findings it causes, by rule.

const ALL_KINDS = ['Person', 'Team', 'Role', 'Program', 'System', 'Process', 'Product', 'Risk', 'Document', 'Raci'];
const holderRoles = (entity) => Object.entries(entity.data.roles ?? {}).filter(([, value]) => typeof value === 'string');
const holdersOf = (entity, role) => {
  const value = entity.data.roles?.[role];
  return typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
};
/** A single holder of a role, or undefined when there are none or several. */
const soleHolder = (entity, role) => {
  const holders = holdersOf(entity, role);
  return holders.length === 1 ? holders[0] : undefined;
};

/** An id that no entity has, close to an existing one, as a stale reference would be. */
function ghostId(repo, near) {
  let id = `${near}-old`;
  for (let n = 2; repo.usedIds.has(id); n++) id = `${near}-old-${n}`;
  return id;
}

function renameKey(data, from, to) {
  const entries = Object.entries(data).map(([key, value]) => [key === from ? to : key, value]);
  for (const key of Object.keys(data)) delete data[key];
  Object.assign(data, Object.fromEntries(entries));
}

/** Picks an id of another, untouched entity of one of `kinds` and reserves it so that no other defect touches it. */
function reserveTarget(ctx, kinds, except) {
  const target = ctx.pickFrom(kinds, (entity) => entity !== except && !ctx.reserved.has(entity.id));
  if (!target) return undefined;
  ctx.reserve(target);
  return target;
}

/** The Programs a System belongs to, by its `program` or their `systems`, as they stand now. */
function programsOf(repo, system) {
  const programs = new Set((repo.ofKind.get('Program') ?? []).filter((program) => program.data.systems?.includes(system.id)));
  const own = repo.byId.get(system.data.program);
  if (own?.kind === 'Program') programs.add(own);
  return [...programs];
}

/** The Systems of a Program, by their `program` or its `systems`, as they stand now. */
function systemsOf(repo, program) {
  const listed = new Set(program.data.systems ?? []);
  return (repo.ofKind.get('System') ?? []).filter((system) => system.data.program === program.id || listed.has(system.id));
}

/** A Risk's System and Program, when both are untouched, so that what the Risk's findings depend on is known. */
function riskSides(repo, risk) {
  const system = repo.byId.get(risk.data.system);
  const program = repo.byId.get(risk.data.program);
  if (system?.kind !== 'System' || program?.kind !== 'Program' || system.defect !== undefined || program.defect !== undefined) return undefined;
  const owner = soleHolder(system, 'system-owner');
  const manager = soleHolder(program, 'program-manager');
  return owner && manager ? { system, program, owner, manager } : undefined;
}

/** The matrix of a Raci entity, whether written in YAML or as a Markdown table. */
const matrixOf = (entity) => entity.raci ?? entity.data;
const lettersOf = (cell) => new Set([...(cell ?? '').toUpperCase()].filter((char) => 'RACI'.includes(char)));
/** In YAML a party without a letter has no key; in Markdown, an empty cell. */
const clearCell = (entity, task, party) => {
  if (entity.raci) task.assignments[party] = '';
  else task.assignments[party] = '-';
};

/** A next-line suppression comment above `key`. */
function commentAbove(entity, key, text) {
  entity.comments.set(key, [...(entity.comments.get(key) ?? []), `# ${text}`]);
}

/** Kinds whose entities have a `reviewed` date a comment can go above, and that nothing else checks there. */
const REVIEWED_KINDS = ['Person', 'Program', 'System', 'Process', 'Product', 'Risk', 'Document'];
const hasReviewed = (entity) => typeof entity.data.reviewed === 'string';

export const INJECTORS = [
  // yaml/syntax: the first five remove the entity, so they only hit entities nothing references.
  {
    rule: 'yaml/syntax', name: 'colon-in-plain-title', kinds: ['Risk'], unreferenced: true,
    apply(entity) {
      entity.data.title = raw(`Outage: ${entity.data.title}`);
      entity.lost = true;
      return { 'yaml/syntax': 1 };
    },
  },
  {
    rule: 'yaml/syntax', name: 'unclosed-front-matter', kinds: ['Document'], unreferenced: true,
    apply(entity) {
      entity.noClosingFence = true;
      entity.lost = true;
      return { 'yaml/syntax': 1 };
    },
  },
  {
    rule: 'yaml/syntax', name: 'unclosed-flow-sequence', kinds: ['Product', 'Process'], unreferenced: true,
    apply(entity) {
      entity.data.tags = raw('[tier-2, customer-facing');
      entity.lost = true;
      return { 'yaml/syntax': 1 };
    },
  },
  {
    rule: 'yaml/syntax', name: 'tab-indentation', kinds: ['Product', 'Process'], unreferenced: true,
    apply(entity) {
      // A tab before a top-level key is one error; a tab inside a nested mapping cascades into several.
      entity.textEdits.push((text) => text.replace('\nname:', '\n\tname:'));
      entity.lost = true;
      return { 'yaml/syntax': 1 };
    },
  },
  {
    rule: 'yaml/syntax', name: 'unterminated-quote', kinds: ['Document'], unreferenced: true,
    apply(entity) {
      entity.data.title = raw(`"${entity.data.title}`);
      entity.lost = true;
      return { 'yaml/syntax': 1 };
    },
  },
  {
    // A duplicate key leaves the entity in place (the last value wins), so any entity will do.
    rule: 'yaml/syntax', name: 'duplicate-key', kinds: ALL_KINDS,
    apply(entity) {
      const key = 'title' in entity.data ? 'title' : 'name';
      entity.extraLines.push(`${key}: ${scalar(`${entity.data[key]} (draft)`)}`);
      return { 'yaml/syntax': 1 };
    },
  },

  // schema/valid
  {
    rule: 'schema/valid', name: 'unknown-field', kinds: ['System', 'Product', 'Program'],
    apply(entity, ctx) {
      entity.data.owner = ctx.anyone();
      return { 'schema/valid': 1 };
    },
  },
  {
    // Without `reviewed`, a Risk and a System on the compliance calendar are never reviewed: review/overdue too.
    rule: 'schema/valid', name: 'misspelt-reviewed', kinds: ['Person', 'Program', 'System', 'Process', 'Product', 'Risk'],
    eligible: (entity) => 'reviewed' in entity.data,
    apply(entity) {
      renameKey(entity.data, 'reviewed', 'reviewd');
      const reviewedByRule = entity.kind === 'Risk' || (entity.kind === 'System' && entity.data.compliance.length > 0);
      return reviewedByRule ? { 'schema/valid': 1, 'review/overdue': 1 } : { 'schema/valid': 1 };
    },
  },
  {
    // The Document is then never reviewed as far as govlint knows: a known cascade into docs/stale.
    rule: 'schema/valid', name: 'misspelt-reviewed-document', kinds: ['Document'],
    apply(entity) {
      renameKey(entity.data, 'reviewed', 'reviewd');
      return { 'schema/valid': 1, 'docs/stale': 1 };
    },
  },
  {
    rule: 'schema/valid', name: 'bad-enum', kinds: ['System', 'Risk'],
    apply(entity) {
      // An active System that is no longer 'active' needs no documents: that only removes findings, of which it has none.
      if (entity.kind === 'System') entity.data.lifecycle = 'live';
      else entity.data.severity = 'severe';
      return { 'schema/valid': 1 };
    },
  },
  {
    // docs/stale and review/overdue leave malformed dates to schema/valid, so this adds nothing there.
    rule: 'schema/valid', name: 'impossible-date', kinds: ['System', 'Process', 'Document', 'Risk'],
    apply(entity) {
      entity.data.reviewed = '2026-02-30';
      return { 'schema/valid': 1 };
    },
  },
  {
    rule: 'schema/valid', name: 'bad-email', kinds: ['Person'],
    apply(entity) {
      entity.data.email = entity.data.email.replace('@', '(at)');
      return { 'schema/valid': 1 };
    },
  },
  {
    rule: 'schema/valid', name: 'tags-not-a-list', kinds: ['System', 'Product', 'Program', 'Process'],
    apply(entity) {
      entity.data.tags = 'regulated';
      return { 'schema/valid': 1 };
    },
  },
  {
    rule: 'schema/valid', name: 'missing-id', kinds: ['Risk'], unreferenced: true,
    apply(entity) {
      delete entity.data.id;
      return { 'schema/valid': 1 };
    },
  },
  {
    // An unknown kind has no schema, so none of its fields or references are checked: one finding only.
    rule: 'schema/valid', name: 'misspelt-kind', kinds: ['Product', 'Process'], unreferenced: true,
    apply(entity) {
      entity.data.kind = entity.kind === 'Product' ? 'Prodcut' : 'Proces';
      return { 'schema/valid': 1 };
    },
  },
  {
    rule: 'schema/valid', name: 'bad-raci-letter', kinds: ['Raci'],
    eligible: (entity) => !entity.raci,
    apply(entity) {
      // A task outside the critical ones, a party that is neither A nor R: no letter counts there, and none is needed.
      for (const task of matrixOf(entity).tasks) {
        if (task.critical) continue;
        const party = Object.keys(task.assignments).find((candidate) => ['C', 'I'].includes(task.assignments[candidate]));
        if (!party) continue;
        task.assignments[party] = 'X';
        return { 'schema/valid': 1 };
      }
      return undefined;
    },
  },

  // ids/unique: an unreferenced entity takes the id of another one, which is then left alone.
  {
    rule: 'ids/unique', name: 'duplicate-id-same-kind', kinds: ['Risk', 'Document', 'Product'], unreferenced: true,
    apply(entity, ctx) {
      const target = reserveTarget(ctx, [entity.kind], entity);
      if (!target) return undefined;
      entity.data.id = target.id;
      return { 'ids/unique': 1 };
    },
  },
  {
    rule: 'ids/unique', name: 'duplicate-id-other-kind', kinds: ['Document', 'Product', 'Process'], unreferenced: true,
    apply(entity, ctx) {
      const target = reserveTarget(ctx, ['System', 'Person'], entity);
      if (!target) return undefined;
      entity.data.id = target.id;
      return { 'ids/unique': 1 };
    },
  },

  // refs/resolve: one dangling or wrong reference each; the ids named exist nowhere.
  {
    // Not on Risks, whose owners must match (risk/owners-match), nor on the Programs and Systems Risks name.
    rule: 'refs/resolve', name: 'unknown-person-in-role', kinds: ['Program', 'System', 'Process', 'Product', 'Document'], changesRoles: true,
    eligible: (entity) => holderRoles(entity).length > 0 && entity.risks === 0,
    apply(entity, ctx) {
      const [role, person] = ctx.random.pick(holderRoles(entity));
      entity.data.roles[role] = ghostId(ctx.repo, person);
      return { 'refs/resolve': 1 };
    },
  },
  {
    rule: 'refs/resolve', name: 'unknown-system', kinds: ['Product'],
    apply(entity, ctx) {
      entity.data.systems.push(ghostId(ctx.repo, entity.data.systems[0]));
      return { 'refs/resolve': 1 };
    },
  },
  {
    // A Risk whose `system` names no System is not compared with one by risk/owners-match.
    rule: 'refs/resolve', name: 'wrong-kind', kinds: ['Risk'],
    apply(entity, ctx) {
      const target = reserveTarget(ctx, ['Program'], entity);
      if (!target) return undefined;
      entity.data.system = target.id;
      return { 'refs/resolve': 1 };
    },
  },
  {
    // The Program still lists the System, so it still belongs to it.
    rule: 'refs/resolve', name: 'unknown-program', kinds: ['System'],
    apply(entity, ctx) {
      entity.data.program = ghostId(ctx.repo, entity.data.program);
      return { 'refs/resolve': 1 };
    },
  },
  {
    // Some undefined roles end in -owner, so they count towards person/overload: someone with room takes it.
    rule: 'refs/resolve', name: 'unknown-role', kinds: ['System', 'Program', 'Product'],
    apply(entity, ctx) {
      entity.data.roles[ctx.random.pick(UNDEFINED_ROLES)] = ctx.person();
      return { 'refs/resolve': 1 };
    },
  },
  {
    rule: 'refs/resolve', name: 'unknown-described', kinds: ['Document'],
    apply(entity, ctx) {
      entity.data.describes.push(ghostId(ctx.repo, entity.data.describes[0]));
      return { 'refs/resolve': 1 };
    },
  },
  {
    rule: 'refs/resolve', name: 'unknown-team', kinds: ['Person'],
    apply(entity, ctx) {
      entity.data.team = ghostId(ctx.repo, entity.data.team);
      return { 'refs/resolve': 1 };
    },
  },
  {
    rule: 'refs/resolve', name: 'unknown-member', kinds: ['Team'],
    apply(entity, ctx) {
      entity.data.members.push(ghostId(ctx.repo, entity.data.members[0] ?? 'new-starter'));
      return { 'refs/resolve': 1 };
    },
  },
  {
    rule: 'refs/resolve', name: 'unknown-raci-party', kinds: ['Raci'],
    apply(entity, ctx) {
      // A column for somebody who has left: the matrix still names its parties, so raci/no-gaps is unaffected.
      const matrix = matrixOf(entity);
      const index = ctx.random.int(matrix.parties.length);
      const party = matrix.parties[index];
      const ghost = ghostId(ctx.repo, party);
      matrix.parties[index] = ghost;
      for (const task of matrix.tasks) {
        if (!(party in task.assignments)) continue;
        task.assignments = Object.fromEntries(Object.entries(task.assignments).map(([key, value]) => [key === party ? ghost : key, value]));
      }
      return { 'refs/resolve': 1 };
    },
  },

  // process/single-owner: process/has-manager leaves a Process without exactly one owner alone.
  {
    rule: 'process/single-owner', name: 'two-owners', kinds: ['Process'],
    apply(entity, ctx) {
      const owner = entity.data.roles['process-owner'];
      entity.data.roles['process-owner'] = [owner, ctx.person([owner])];
      return { 'process/single-owner': 1 };
    },
  },
  {
    rule: 'process/single-owner', name: 'no-owner', kinds: ['Process'],
    apply(entity) {
      delete entity.data.roles['process-owner'];
      return { 'process/single-owner': 1 };
    },
  },

  // process/has-manager: a note.
  {
    rule: 'process/has-manager', name: 'no-manager', kinds: ['Process'],
    apply(entity) {
      delete entity.data.roles['process-manager'];
      return { 'process/has-manager': 1 };
    },
  },
  {
    rule: 'process/has-manager', name: 'empty-manager-list', kinds: ['Process'],
    apply(entity) {
      entity.data.roles['process-manager'] = [];
      return { 'process/has-manager': 1 };
    },
  },

  // product/manager-and-owner
  {
    rule: 'product/manager-and-owner', name: 'no-product-owner', kinds: ['Product'],
    apply(entity) {
      delete entity.data.roles['product-owner'];
      return { 'product/manager-and-owner': 1 };
    },
  },
  {
    rule: 'product/manager-and-owner', name: 'no-product-manager', kinds: ['Product'],
    apply(entity) {
      delete entity.data.roles['product-manager'];
      return { 'product/manager-and-owner': 1 };
    },
  },
  {
    rule: 'product/manager-and-owner', name: 'no-roles', kinds: ['Product'],
    apply(entity) {
      delete entity.data.roles;
      return { 'product/manager-and-owner': 2 };
    },
  },

  // program/single-manager: risks of the Program then match one of its managers, or none (not compared).
  {
    rule: 'program/single-manager', name: 'two-managers', kinds: ['Program'], changesRoles: true,
    apply(entity, ctx) {
      const manager = entity.data.roles['program-manager'];
      // Not someone who owns one of its Systems: that would be a roles/conflict finding too.
      const owners = systemsOf(ctx.repo, entity).flatMap((system) => holdersOf(system, 'system-owner'));
      entity.data.roles['program-manager'] = [manager, ctx.person([manager, ...owners])];
      return { 'program/single-manager': 1 };
    },
  },
  {
    rule: 'program/single-manager', name: 'no-manager', kinds: ['Program'], changesRoles: true,
    apply(entity) {
      delete entity.data.roles['program-manager'];
      return { 'program/single-manager': 1 };
    },
  },

  // system/single-owner
  {
    rule: 'system/single-owner', name: 'two-owners', kinds: ['System'], changesRoles: true,
    apply(entity, ctx) {
      const owner = entity.data.roles['system-owner'];
      const managers = programsOf(ctx.repo, entity).flatMap((program) => holdersOf(program, 'program-manager'));
      entity.data.roles['system-owner'] = [owner, ctx.person([owner, ...managers])];
      return { 'system/single-owner': 1 };
    },
  },
  {
    rule: 'system/single-owner', name: 'no-owner', kinds: ['System'], changesRoles: true,
    apply(entity) {
      delete entity.data.roles['system-owner'];
      return { 'system/single-owner': 1 };
    },
  },

  // risk/dual-ownership: a missing role is not compared by risk/owners-match.
  {
    rule: 'risk/dual-ownership', name: 'no-system-owner', kinds: ['Risk'],
    apply(entity) {
      delete entity.data.roles['system-owner'];
      return { 'risk/dual-ownership': 1 };
    },
  },
  {
    rule: 'risk/dual-ownership', name: 'no-program-manager', kinds: ['Risk'],
    apply(entity) {
      delete entity.data.roles['program-manager'];
      return { 'risk/dual-ownership': 1 };
    },
  },
  {
    rule: 'risk/dual-ownership', name: 'no-roles', kinds: ['Risk'],
    apply(entity) {
      delete entity.data.roles;
      return { 'risk/dual-ownership': 2 };
    },
  },

  // risk/owners-match: the Risk's System and Program are untouched, and pinned so that nobody changes their owners.
  {
    rule: 'risk/owners-match', name: 'wrong-system-owner', kinds: ['Risk'],
    eligible: (entity, ctx) => riskSides(ctx.repo, entity) !== undefined,
    apply(entity, ctx) {
      const { system, program, owner, manager } = riskSides(ctx.repo, entity);
      entity.data.roles['system-owner'] = ctx.anyone([owner, manager]);
      ctx.pin(system, program);
      return { 'risk/owners-match': 1 };
    },
  },
  {
    rule: 'risk/owners-match', name: 'wrong-program-manager', kinds: ['Risk'],
    eligible: (entity, ctx) => riskSides(ctx.repo, entity) !== undefined,
    apply(entity, ctx) {
      const { system, program, owner, manager } = riskSides(ctx.repo, entity);
      entity.data.roles['program-manager'] = ctx.anyone([owner, manager]);
      ctx.pin(system, program);
      return { 'risk/owners-match': 1 };
    },
  },
  {
    // The Risk moves to another Program, whose manager it names, but keeps a System of its old Program.
    rule: 'risk/owners-match', name: 'system-of-other-program', kinds: ['Risk'],
    eligible: (entity, ctx) => riskSides(ctx.repo, entity) !== undefined,
    apply(entity, ctx) {
      const { system, program, owner } = riskSides(ctx.repo, entity);
      const other = ctx.pickFrom(['Program'], (candidate) => {
        const manager = soleHolder(candidate, 'program-manager');
        return candidate !== program && manager !== undefined && manager !== owner && !programsOf(ctx.repo, system).includes(candidate);
      });
      if (!other) return undefined;
      entity.data.program = other.id;
      entity.data.roles['program-manager'] = soleHolder(other, 'program-manager');
      ctx.pin(system, program, other);
      return { 'risk/owners-match': 1 };
    },
  },

  // roles/conflict
  {
    // The manager of a Program also owns one of its Systems, one that no Risk names (its Risks would no longer match).
    rule: 'roles/conflict', name: 'program-manager-owns-system', kinds: ['System'], changesRoles: true,
    eligible: (entity, ctx) => {
      if (entity.risks > 0 || typeof entity.data.roles['system-owner'] !== 'string') return false;
      const programs = programsOf(ctx.repo, entity);
      if (programs.length !== 1 || programs[0].defect !== undefined) return false;
      const manager = soleHolder(programs[0], 'program-manager');
      return manager !== undefined && ctx.loads.of(manager) < OVERLOAD_MAX;
    },
    apply(entity, ctx) {
      const [program] = programsOf(ctx.repo, entity);
      entity.data.roles['system-owner'] = soleHolder(program, 'program-manager');
      ctx.pin(program);
      return { 'roles/conflict': 1 };
    },
  },
  {
    // One person owns a Risk from both sides: they are then not the owner of its System either.
    rule: 'roles/conflict', name: 'risk-owned-twice', kinds: ['Risk'],
    eligible: (entity, ctx) => riskSides(ctx.repo, entity) !== undefined,
    apply(entity, ctx) {
      const { system, program, manager } = riskSides(ctx.repo, entity);
      entity.data.roles['system-owner'] = manager;
      ctx.pin(system, program);
      return { 'roles/conflict': 1, 'risk/owners-match': 1 };
    },
  },

  // person/overload: someone takes on roles until they hold one or two more than allowed; every entity they hold a
  // role on is then reserved, so that their count stays as it is.
  {
    rule: 'person/overload', name: 'manages-too-many-processes', kinds: ['Person'],
    apply(entity, ctx) {
      return overload(entity, ctx, OVERLOAD_MAX + 1, 'Process', 'process-manager');
    },
  },
  {
    rule: 'person/overload', name: 'owns-too-many-documents', kinds: ['Person'],
    apply(entity, ctx) {
      return overload(entity, ctx, OVERLOAD_MAX + 2, 'Document', 'document-owner');
    },
  },

  // docs/required: the finding is on the System, whichever Document is changed.
  {
    // A planned, deprecated or retired System has neither an architecture document nor an SLA.
    rule: 'docs/required', name: 'went-live-undocumented', kinds: ['System'],
    eligible: (entity) => ['planned', 'deprecated', 'retired'].includes(entity.data.lifecycle),
    apply(entity) {
      entity.data.lifecycle = 'active';
      return { 'docs/required': REQUIRED_DOC_TYPES.length };
    },
  },
  {
    rule: 'docs/required', name: 'sla-without-type', kinds: ['System'],
    eligible: (entity) => entity.data.lifecycle === 'active',
    apply(entity, ctx) {
      const document = entity.requiredDocuments.sla;
      ctx.reserve(document);
      delete document.data.type;
      return { 'docs/required': 1 };
    },
  },
  {
    rule: 'docs/required', name: 'architecture-mistyped', kinds: ['System'],
    eligible: (entity) => entity.data.lifecycle === 'active',
    apply(entity, ctx) {
      const document = entity.requiredDocuments.architecture;
      ctx.reserve(document);
      document.data.type = 'architecture-overview';
      return { 'docs/required': 1 };
    },
  },

  // review/overdue: Risks every month, Systems with compliance obligations every three months.
  {
    rule: 'review/overdue', name: 'risk-overdue', kinds: ['Risk'],
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(ctx.random.between(35, 200));
      return { 'review/overdue': 1 };
    },
  },
  {
    rule: 'review/overdue', name: 'compliance-overdue', kinds: ['System'],
    eligible: (entity) => entity.data.compliance.length > 0,
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(ctx.random.between(100, 400));
      return { 'review/overdue': 1 };
    },
  },
  {
    rule: 'review/overdue', name: 'risk-never-reviewed', kinds: ['Risk'],
    apply(entity) {
      delete entity.data.reviewed;
      return { 'review/overdue': 1 };
    },
  },
  {
    // A System last reviewed long ago becomes subject to a regulation: it is due for its compliance review.
    rule: 'review/overdue', name: 'new-compliance-obligation', kinds: ['System'],
    eligible: (entity) => entity.data.compliance.length === 0 && entity.data.reviewed < isoDate(100),
    apply(entity, ctx) {
      entity.data.compliance = [ctx.random.pick(COMPLIANCE)];
      return { 'review/overdue': 1 };
    },
  },
  {
    rule: 'review/overdue', name: 'risk-reviewed-in-future', kinds: ['Risk'],
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(-ctx.random.between(1, 30));
      return { 'review/overdue': 1 };
    },
  },

  // raci/single-accountable, raci/has-responsible, raci/no-gaps: one task of one matrix each.
  {
    rule: 'raci/single-accountable', name: 'no-accountable', kinds: ['Raci'],
    apply(entity, ctx) {
      const task = ctx.random.pick(matrixOf(entity).tasks);
      const party = Object.keys(task.assignments).find((candidate) => lettersOf(task.assignments[candidate]).has('A'));
      // A/R keeps its R; a plain A becomes C (a letter still, for a critical task).
      task.assignments[party] = task.assignments[party] === 'A/R' ? 'R' : 'C';
      return { 'raci/single-accountable': 1 };
    },
  },
  {
    rule: 'raci/single-accountable', name: 'two-accountables', kinds: ['Raci'],
    apply(entity, ctx) {
      const matrix = matrixOf(entity);
      const task = ctx.random.pick(matrix.tasks);
      const party = matrix.parties.find((candidate) => {
        const letters = lettersOf(task.assignments[candidate]);
        return !letters.has('A') && !letters.has('R');
      });
      task.assignments[party] = 'A';
      return { 'raci/single-accountable': 1 };
    },
  },
  {
    rule: 'raci/has-responsible', name: 'no-responsible', kinds: ['Raci'],
    apply(entity, ctx) {
      const task = ctx.random.pick(matrixOf(entity).tasks);
      for (const [party, cell] of Object.entries(task.assignments)) {
        if (cell === 'R') task.assignments[party] = 'C';
        else if (cell === 'A/R') task.assignments[party] = 'A';
      }
      return { 'raci/has-responsible': 1 };
    },
  },
  {
    rule: 'raci/has-responsible', name: 'task-without-responsible', kinds: ['Raci'],
    apply(entity) {
      const matrix = matrixOf(entity);
      const [accountable, consulted] = matrix.parties;
      const assignments = Object.fromEntries(matrix.parties.map((party) => [party, party === accountable ? 'A' : party === consulted ? 'C' : entity.raci ? '' : '-']));
      matrix.tasks.push(entity.raci ? { name: 'Archive the records', critical: false, assignments } : { name: 'Archive the records', assignments });
      return { 'raci/has-responsible': 1 };
    },
  },
  {
    rule: 'raci/no-gaps', name: 'critical-task-gap', kinds: ['Raci'],
    eligible: (entity) => matrixOf(entity).tasks.some((task) => task.critical),
    apply(entity, ctx) {
      const task = ctx.random.pick(matrixOf(entity).tasks.filter((candidate) => candidate.critical));
      const party = Object.keys(task.assignments).find((candidate) => ['C', 'I'].includes(task.assignments[candidate]));
      clearCell(entity, task, party);
      return { 'raci/no-gaps': 1 };
    },
  },
  {
    rule: 'raci/no-gaps', name: 'became-critical', kinds: ['Raci'],
    eligible: (entity) => (!entity.raci || entity.raci.criticalColumn) && matrixOf(entity).tasks.some((task) => !task.critical && gapsOf(entity, task).length === 1),
    apply(entity, ctx) {
      const task = ctx.random.pick(matrixOf(entity).tasks.filter((candidate) => !candidate.critical && gapsOf(entity, candidate).length === 1));
      task.critical = true;
      return { 'raci/no-gaps': 1 };
    },
  },
  {
    // In YAML only: a Markdown table's columns are its parties.
    rule: 'raci/no-gaps', name: 'letter-for-non-party', kinds: ['Raci'],
    eligible: (entity) => !entity.raci,
    apply(entity, ctx) {
      const matrix = matrixOf(entity);
      const task = ctx.random.pick(matrix.tasks);
      task.assignments[ctx.anyone(matrix.parties)] = 'I';
      return { 'raci/no-gaps': 1 };
    },
  },

  // Suppressions. A valid one over a finding silences it (SUPPRESSED); the others are findings of their own, put
  // on lines that have no finding to silence.
  {
    rule: SUPPRESSED, name: 'silenced-risk-review', kinds: ['Risk'],
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(ctx.random.between(40, 150));
      commentAbove(entity, 'reviewed', 'govlint-disable-next-line review/overdue -- reviewed at the steering committee; minutes to follow');
      return { [SUPPRESSED]: 1 };
    },
  },
  {
    rule: SUPPRESSED, name: 'silenced-missing-product-owner', kinds: ['Product'],
    apply(entity) {
      delete entity.data.roles['product-owner'];
      entity.leadingComments.push('# govlint-disable product/manager-and-owner -- until 2027-03-31: the product owner is being recruited');
      return { [SUPPRESSED]: 1 };
    },
  },
  {
    rule: SUPPRESSED, name: 'silenced-stale-document', kinds: ['Document'],
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(ctx.random.between(400, 900));
      commentAbove(entity, 'reviewed', 'govlint-disable-next-line docs/stale -- superseded by the new handbook, kept for the audit trail');
      return { [SUPPRESSED]: 1 };
    },
  },
  {
    rule: 'suppressions/valid', name: 'no-reason', kinds: REVIEWED_KINDS, eligible: hasReviewed,
    apply(entity) {
      commentAbove(entity, 'reviewed', 'govlint-disable-next-line docs/stale');
      return { 'suppressions/valid': 1 };
    },
  },
  {
    rule: 'suppressions/valid', name: 'unknown-rule', kinds: REVIEWED_KINDS, eligible: hasReviewed,
    apply(entity) {
      commentAbove(entity, 'reviewed', 'govlint-disable-next-line review/overdu -- the review moved to January');
      return { 'suppressions/valid': 1 };
    },
  },
  {
    // A whole-entity suppression after the first key.
    rule: 'suppressions/valid', name: 'misplaced-disable', kinds: REVIEWED_KINDS, eligible: hasReviewed,
    apply(entity) {
      commentAbove(entity, 'reviewed', 'govlint-disable schema/valid -- legacy fields kept for the migration');
      return { 'suppressions/valid': 1 };
    },
  },
  {
    rule: 'suppressions/valid', name: 'unsuppressible-rule', kinds: REVIEWED_KINDS, eligible: hasReviewed,
    apply(entity) {
      commentAbove(entity, 'reviewed', 'govlint-disable-next-line yaml/syntax -- generated by the export');
      return { 'suppressions/valid': 1 };
    },
  },
  {
    rule: 'suppressions/unused', name: 'nothing-on-next-line', kinds: ['Risk', 'System', 'Document'], eligible: hasReviewed,
    apply(entity) {
      commentAbove(entity, 'reviewed', `govlint-disable-next-line ${entity.kind === 'Document' ? 'docs/stale' : 'review/overdue'} -- reviewed late after the reorganisation`);
      return { 'suppressions/unused': 1 };
    },
  },
  {
    rule: 'suppressions/unused', name: 'nothing-in-entity', kinds: ['Person', 'Team'],
    apply(entity) {
      entity.leadingComments.push('# govlint-disable refs/resolve -- the team moves in the next reorganisation');
      return { 'suppressions/unused': 1 };
    },
  },
  {
    // An expired suppression silences nothing and is not reported as unused.
    rule: 'suppressions/expired', name: 'expired-next-line', kinds: ['Risk', 'System', 'Document'], eligible: hasReviewed,
    apply(entity) {
      commentAbove(entity, 'reviewed', `govlint-disable-next-line ${entity.kind === 'Document' ? 'docs/stale' : 'review/overdue'} -- until 2026-09-30: waiting for the new template`);
      return { 'suppressions/expired': 1 };
    },
  },
  {
    rule: 'suppressions/expired', name: 'expired-entity', kinds: ['Process', 'Product'],
    apply(entity) {
      entity.leadingComments.push('# govlint-disable process/has-manager, product/manager-and-owner -- until 2026-10-31: roles named after the reorganisation');
      return { 'suppressions/expired': 1 };
    },
  },

  // docs/stale
  {
    rule: 'docs/stale', name: 'overdue', kinds: ['Document'],
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(ctx.random.between(400, 1200));
      return { 'docs/stale': 1 };
    },
  },
  {
    rule: 'docs/stale', name: 'never-reviewed', kinds: ['Document'],
    apply(entity) {
      delete entity.data.reviewed;
      return { 'docs/stale': 1 };
    },
  },
  {
    rule: 'docs/stale', name: 'reviewed-in-future', kinds: ['Document'],
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(-ctx.random.between(1, 60));
      return { 'docs/stale': 1 };
    },
  },
  {
    rule: 'docs/stale', name: 'short-interval-overdue', kinds: ['Document'],
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(ctx.random.between(45, 80));
      entity.data.reviewEvery = '30 days';
      return { 'docs/stale': 1 };
    },
  },
];

/** The parties of a task without a letter. */
function gapsOf(entity, task) {
  return matrixOf(entity).parties.filter((party) => lettersOf(task.assignments[party]).size === 0);
}

/**
 * Adds `person` to the holders of `role` on untouched entities of `kind` that already have holders, until they hold
 * `target` owner and manager roles, then reserves every untouched entity they hold such a role on.
 */
function overload(person, ctx, target, kind, role) {
  const need = target - ctx.loads.of(person.id);
  const chosen = [];
  for (let i = 0; i < need; i++) {
    const next = ctx.pickFrom([kind], (candidate) => !chosen.includes(candidate) && holdersOf(candidate, role).length > 0 && !countedHolders(candidate).includes(person.id));
    if (!next) return undefined;
    chosen.push(next);
  }
  for (const entity of chosen) {
    ctx.touch(entity);
    entity.data.roles[role] = [...holdersOf(entity, role), person.id];
    ctx.reserve(entity);
  }
  for (const entity of ctx.loads.entitiesOf(person.id)) ctx.reserve(entity);
  return { 'person/overload': 1 };
}

function injectDefects(repo, total) {
  const random = repo.random;
  const loads = new RoleLoads(repo.entities);
  const people = repo.ofKind.get('Person');
  const touched = new Set();
  const ctx = {
    repo,
    random,
    loads,
    reserved: new Set(),
    /** A random untouched entity of one of `kinds` for which `test` holds. */
    pickFrom(kinds, test) {
      const pool = kinds.flatMap((kind) => repo.ofKind.get(kind) ?? []);
      if (pool.length === 0) return undefined;
      const ok = (entity) => entity.defect === undefined && test(entity);
      for (let tries = 0; tries < 64; tries++) {
        const entity = pool[random.int(pool.length)];
        if (ok(entity)) return entity;
      }
      const start = random.int(pool.length);
      for (let i = 0; i < pool.length; i++) if (ok(pool[(start + i) % pool.length])) return pool[(start + i) % pool.length];
      return undefined;
    },
    /** Keeps other defects off an entity. */
    reserve(entity) {
      if (entity.defect === undefined) entity.defect = 'reserved';
      ctx.reserved.add(entity.id);
    },
    /** Keeps defects that change who holds roles off entities whose holders another defect's findings depend on. */
    pin(...entities) {
      for (const entity of entities) entity.pinned = true;
    },
    /** Call before changing an entity other than the one a defect is for, so that role counts follow. */
    touch(entity) {
      if (touched.has(entity)) return;
      touched.add(entity);
      loads.add(entity, -1);
    },
    /** Somebody to give one more owner or manager role to: someone who can take it without being overloaded. */
    person(except = []) {
      const ok = (candidate) => loads.of(candidate.id) < OVERLOAD_MAX && !except.includes(candidate.id);
      for (let tries = 0; tries < 64; tries++) {
        const candidate = people[random.int(people.length)];
        if (ok(candidate)) return candidate.id;
      }
      const found = people.find(ok);
      if (!found) throw new Error('nobody left to take on a role');
      return found.id;
    },
    /** Anybody, for roles that person/overload does not count. */
    anyone(except = []) {
      for (;;) {
        const candidate = people[random.int(people.length)].id;
        if (!except.includes(candidate)) return candidate;
      }
    },
  };
  const groups = [...new Set(INJECTORS.map((injector) => injector.rule))].sort();
  const findings = Object.fromEntries(RULE_IDS.map((rule) => [rule, 0]));
  let suppressed = 0;
  const defects = [];
  const wanted = Math.max(groups.length, Math.round(total * DEFECT_RATE));
  for (const [groupIndex, group] of groups.entries()) {
    const variants = INJECTORS.filter((injector) => injector.rule === group);
    const share = Math.floor(wanted / groups.length) + (groupIndex < wanted % groups.length ? 1 : 0);
    for (let i = 0; i < share; i++) {
      const injector = variants[i % variants.length];
      const entity = ctx.pickFrom(injector.kinds, (candidate) =>
        (!injector.unreferenced || (!repo.isReferenced(candidate) && !candidate.essential && !ctx.reserved.has(candidate.id))) &&
        (!injector.changesRoles || !candidate.pinned) &&
        (!injector.eligible || injector.eligible(candidate, ctx)),
      );
      if (!entity) continue;
      const id = entity.id;
      entity.defect = injector.name;
      ctx.reserved.add(id);
      ctx.touch(entity);
      const caused = injector.apply(entity, ctx);
      for (const changed of touched) loads.add(changed, 1);
      touched.clear();
      if (!caused) {
        entity.defect = undefined;
        continue;
      }
      const counted = {};
      for (const [ruleId, count] of Object.entries(caused)) {
        if (ruleId === SUPPRESSED) {
          suppressed += count;
          continue;
        }
        if (!(ruleId in findings)) throw new Error(`injector ${injector.name} causes findings of an unknown rule ${ruleId}`);
        findings[ruleId] += count;
        counted[ruleId] = count;
      }
      const renamed = entity.data.id !== undefined && entity.data.id !== id ? { newId: entity.data.id } : {};
      const silenced = caused[SUPPRESSED] ? { suppressed: caused[SUPPRESSED] } : {};
      defects.push({ rule: group, injector: injector.name, kind: entity.kind, id, ...renamed, file: entity.file.path, findings: counted, ...silenced });
    }
  }
  checkLoads(repo, loads, findings['person/overload']);
  return { findings, suppressed, defects };
}

/** The generator's own bookkeeping: role counts as tracked must be those of the output, with exactly the overloads injected. */
function checkLoads(repo, tracked, overloads) {
  const actual = new RoleLoads(repo.entities);
  const people = repo.ofKind.get('Person');
  let over = 0;
  for (const person of people) {
    const count = actual.of(person.id);
    if (count !== tracked.of(person.id)) throw new Error(`generator bug: ${person.id} holds ${count} roles, tracked as ${tracked.of(person.id)}`);
    if (count > OVERLOAD_MAX) over++;
  }
  if (over !== overloads) throw new Error(`generator bug: ${over} people hold more than ${OVERLOAD_MAX} roles, ${overloads} injected`);
}

// ---------------------------------------------------------------------------------------------------------------

const README_FILES = {
  'README.md': '# Governance\n\nPeople, teams, roles, systems, programs, processes, products, risks and documents of Meridian Retail, checked\nby govlint on every pull request.\n',
  'people/README.md': '# People\n\nOne file per person, in a folder per team.\n',
  'systems/README.md': '# Systems\n\nOne file per system, in a folder per program.\n',
  'processes/README.md': '# Processes\n\nOne file per process, in a folder per area.\n',
  'docs/README.md': '# Documents\n\nArchitecture, SLAs, runbooks, procedures and product briefs, reviewed on a schedule.\n',
};

/**
 * Writes a governance repo of `entities` entities into `dir` and returns what govlint must find there. The folder
 * must be empty, missing, or an earlier generated repo (which is replaced).
 */
export function generate(dir, entities, { seed = DEFAULT_SEED } = {}) {
  if (!Number.isInteger(entities) || entities < 100) throw new Error(`entities must be a whole number of at least 100, not ${entities}`);
  const root = resolve(dir);
  if (existsSync(root) && readdirSync(root).length > 0) {
    if (!existsSync(join(root, EXPECTED_FILE))) throw new Error(`${root} is not empty and was not made by this generator: refusing to replace it`);
    rmSync(root, { recursive: true, force: true });
  }
  const random = createRandom((seed ^ Math.imul(entities, 0x9e3779b1)) >>> 0);
  const repo = buildRepo(entities, random);
  const { findings, suppressed, defects } = injectDefects(repo, entities);

  const made = new Set();
  const write = (path, text) => {
    const folder = dirname(join(root, path));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(join(root, path), text);
  };
  let bytes = 0;
  for (const file of repo.files.values()) {
    const text = emitFile(file);
    bytes += Buffer.byteLength(text);
    write(file.path, text);
  }
  for (const [path, text] of Object.entries(README_FILES)) write(path, text);
  // Stops the config search here, so that no config above the repo changes the run.
  write('package.json', `${JSON.stringify({ name: 'meridian-governance', private: true }, null, 2)}\n`);

  const byKind = Object.fromEntries(ALL_KINDS.map((kind) => [kind, repo.ofKind.get(kind)?.length ?? 0]));
  const expected = {
    generator: 'govlint-bench',
    version: GENERATOR_VERSION,
    seed,
    today: TODAY,
    entities,
    byKind,
    /** What govlint should count: files it reads, entities it parses (syntax errors remove some), files it skips. */
    files: repo.files.size + Object.keys(README_FILES).length,
    parsedEntities: repo.entities.filter((entity) => !entity.lost).length,
    skipped: Object.keys(README_FILES).length,
    bytes,
    findings,
    totalFindings: Object.values(findings).reduce((sum, count) => sum + count, 0),
    /** Findings that valid suppression comments silence: not in govlint's findings, counted in `summary.suppressed`. */
    suppressed,
    defects,
  };
  writeFileSync(join(root, EXPECTED_FILE), `${JSON.stringify(expected, null, 1)}\n`);
  return expected;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt === -1 ? DEFAULT_SEED : Number(args.splice(seedAt, 2)[1]);
  const [dir, count] = args;
  if (!dir || !count || !/^\d+$/.test(count) || !Number.isInteger(seed)) {
    process.stderr.write('usage: node bench/generate.mjs <dir> <entities> [--seed <n>]\n');
    process.exit(2);
  }
  const started = performance.now();
  let expected;
  try {
    expected = generate(dir, Number(count), { seed });
  } catch (error) {
    process.stderr.write(`generate: ${error.message}\n`);
    process.exit(1);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${expected.entities} entities (${expected.parsedEntities} parseable) in ${expected.files} files, ` +
      `${(expected.bytes / 1e6).toFixed(1)} MB, ${expected.defects.length} defects, in ${seconds} s\n` +
      `expected findings: ${RULE_IDS.map((rule) => `${rule} ${expected.findings[rule]}`).join(', ')} (total ${expected.totalFindings}), ` +
      `${expected.suppressed} suppressed\n`,
  );
}

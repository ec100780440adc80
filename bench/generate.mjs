#!/usr/bin/env node
// Generates a synthetic governance repo of N entities for benchmarking govlint, with a known set of defects.
//
//   node bench/generate.mjs <dir> <entities> [--seed <n>] [--defect-rate <share>]
//
// The output is deterministic: the same entity count, seed and defect rate give byte-identical files. About 2% of
// the entities (or the share --defect-rate gives, as far as eligible entities last) get a defect from an injector:
// bench/inject.mjs puts them in, with one file of injectors per built-in rule in bench/injectors/. Every injector
// declares exactly how many findings of which rule it planted (and how many findings a suppression comment
// silences), and the totals are written to <dir>/.bench-expected.json (a hidden file, which govlint does not read).
//
// The baseline is clean under every built-in rule with its default options (the repo has no config file, so
// govlint:recommended applies; the defaults the baseline depends on are read from the rules, bench/rules.mjs):
// - every Risk is reviewed within a month, and every System with `compliance` within three months (review/overdue);
// - every Risk is owned by the program manager of its Program and the system owner of its System, and the System
//   belongs to the Program (risk/dual-ownership, risk/owners-match); nobody who manages a Program owns one of its
//   Systems (roles/conflict);
// - every active System has a Document of each required type, listed under `documents` or only naming the System
//   in `describes` (docs/required); no other System has one of those types;
// - owner and manager roles are spread so that nobody holds more than BASELINE_CAP of them, one below
//   person/overload's limit (which counts entities, never more than roles), so that a defect may give anyone one more;
// - every Person is listed by the Team their `team` names, and no two share an e-mail address (team/members-match,
//   person/unique-email); nobody has left; the catalogue's Roles are assigned only on the kinds they apply to;
// - every Process has one owner and at least one manager, every Product both roles, every Program one manager and
//   every System one owner;
// - RACI matrices, in YAML and as Markdown tables, give every task exactly one A, at least one R, and every party a
//   letter in critical tasks; every Program has a matrix scoped on it (raci/required), besides those scoped at random.
//
// Cascades are avoided by construction:
// - an entity that a syntax error removes, or whose id is changed, is one that nothing references (and not a
//   Document that docs/required counts on);
// - a reference made to dangle names an id that no entity has (an existing id with '-old' appended);
// - an id involved in one defect (a duplicate, a wrong-kind target) is never touched by another defect;
// - an entity gets at most one defect; a defect whose findings depend on other entities reserves them (no other
//   defect touches them) or pins them (no other defect changes who holds their roles);
// - the generator tracks how many entities everyone is an owner or manager of as the defects change them, so that
//   only the person/overload defects take anyone over the limit;
// - the few cascades that cannot be avoided are counted (a misspelt `reviewed` is also a review finding).

import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitFile, wrap } from './emit.mjs';
import { ALL_KINDS, COMPLIANCE, COUNTED_ROLE, OVERLOAD_MAX, REVIEW_DAYS, TODAY, isoDate } from './entities.mjs';
import { DEFECT_RATE, injectDefects } from './inject.mjs';
import { OPT_IN_RULES, RULE_IDS, optionsOf } from './rules.mjs';

export { RULE_IDS, TODAY };

/** Bump whenever the output changes, so that run.mjs regenerates cached repos. */
export const GENERATOR_VERSION = 6;
export const EXPECTED_FILE = '.bench-expected.json';
export const DEFAULT_SEED = 20261122;

/** The most owner and manager roles anyone holds in the baseline: one below person/overload's limit. */
const BASELINE_CAP = OVERLOAD_MAX - 1;

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness: sfc32 seeded through splitmix32.

export function createRandom(seed) {
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

export const FIRST_NAMES = `aaliyah aaron abigail adam adrian aisha alan alejandro alex alice amara amir ana andrea andrew
  angela anna anton arjun astrid ben bianca boris brian camille carla carlos chen chloe chris clara daniel david
  diana diego dmitri elena eli elif emma eric esther fatima felix fiona francesca gabriel george grace hana hannah
  hassan helen hugo ibrahim ines isaac ivan jack james jana javier jin joao jonas jorge julia kai karen kenji khalid
  lara laura leila leo lina lucas lucia mai marco maria mark marta mateo maya mei michael mina mohammed nadia naomi
  nina noah olga oliver omar paula pedro peter priya rachel rafael rania ravi rosa ruth sam sara sean sofia sophie
  stefan sven tamara tariq thomas tomas uma valentina victor wei william xin yara yusuf zara zoe`.split(/\s+/);
export const LAST_NAMES = `abbott adeyemi aguilar ahmed alvarez andersen bauer becker berg bianchi brooks brown castro chen
  cohen costa cruz davies davis dubois eriksson evans fischer fernandes garcia gomez gonzalez gupta haddad hansen
  hernandez hoffmann hughes ibrahim ito jansen jensen johnson kaur khan kim kowalski kruger larsen lee lefebvre
  lopez marquez martin martinez meyer moreau morris muller nakamura nguyen novak okafor olsen ortiz park patel
  perez petrova popescu rahman raman reyes ricci rodriguez rossi russo sato schmidt schneider silva singh smith
  sorensen suzuki tanaka taylor thomas torres tran varga vasquez wagner walker wang weber weiss williams wilson
  wong yamamoto yilmaz young zhang zimmermann`.split(/\s+/);
export const AREAS = `payments checkout catalogue pricing inventory logistics warehouse stores loyalty marketing finance people
  identity security data analytics platform network workplace service-desk procurement legal compliance mobile web
  search crm billing fulfilment customer-care`.split(/\s+/);
export const TEAM_SUFFIXES = ['core', 'platform', 'operations', 'engineering', 'support', 'insights', 'integration', 'delivery', 'reliability', 'enablement'];
const PROGRAM_FIRST = `omnichannel cloud data digital customer supply-chain finance workplace security erp store payments
  mobile analytics identity sustainability platform logistics loyalty people`.split(/\s+/);
const PROGRAM_SECOND = ['transformation', 'modernisation', 'migration', 'consolidation', 'excellence', 'renewal', 'uplift', 'foundation', 'acceleration', 'programme'];
export const SYSTEM_FIRST = `order stock price promotion customer payment invoice ledger payroll shipment returns catalogue search
  basket loyalty voucher supplier contract asset ticket identity consent forecast report label route claim refund tax
  budget`.split(/\s+/);
export const SYSTEM_SECOND = ['management', 'service', 'engine', 'hub', 'gateway', 'portal', 'platform', 'store', 'api', 'tracker', 'registry', 'scheduler', 'warehouse', 'connector', 'console'];
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
/** The Document types docs/required wants for every active System (its default `types`). */
const REQUIRED_DOC_TYPES = optionsOf('docs/required').types;
/** The other Documents about Systems: never of a required type, so that only active Systems have those. */
const SYSTEM_DOC_TYPES = ['runbook', 'security-assessment', 'disaster-recovery-plan', 'data-flow', 'operations-manual'].filter((type) => !REQUIRED_DOC_TYPES.includes(type));
const PROCESS_DOC_TYPES = ['procedure', 'runbook', 'raci', 'work-instruction'];
const PRODUCT_DOC_TYPES = ['product-brief', 'roadmap', 'pricing-policy'];
const PROGRAM_DOC_TYPES = ['charter', 'status-report', 'benefits-case'];
const RISK_TOPICS = `vendor-lock-in data-breach capacity-shortfall key-person-dependency regulatory-change legacy-cutover
  cost-overrun outage data-loss third-party-failure skills-gap schedule-slip licence-expiry integration-failure
  fraud`.split(/\s+/);
const TAGS = ['tier-1', 'tier-2', 'tier-3', 'customer-facing', 'internal', 'migrating', 'cloud', 'on-premises', 'regulated', 'critical-path', 'shared-service', 'vendor-hosted'];
const LIFECYCLES = ['planned', 'active', 'active', 'active', 'deprecated', 'retired'];
const SEVERITIES = ['low', 'medium', 'high', 'critical'];
const LIKELIHOODS = ['rare', 'unlikely', 'possible', 'likely', 'almost-certain'];
const STATUSES = ['open', 'mitigating', 'accepted', 'closed'];
// Within docs/stale's ceiling (6 months). Every generated review is more than 14 days from falling due, so that a
// config that announces reviews (`announce: 14 days`) gets no note the injectors did not plant.
const DOC_INTERVALS = [undefined, '3 months', '6 months'];
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
  // One matrix per Program on top of the share, so that every Program has one in its scope (raci/required).
  counts.Raci += counts.Program;
  used += counts.Program;
  counts.Person = total - used;
  if (counts.Person < 10) throw new Error(`at least 100 entities are needed, not ${total}`);
  return counts;
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
      reviewed: isoDate(r.between(1, 60)),
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
      reviewed: isoDate(compliance.length > 0 ? r.between(1, REVIEW_DAYS.System - 16) : r.between(1, 300)),
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
      reviewed: isoDate(r.between(1, 60)),
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
    const data = { title, type, describes, roles: { 'document-owner': repo.ref(holder ? roles.prefer(holder) : roles.take()) }, reviewed: isoDate(r.between(1, 60)) };
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
      reviewed: isoDate(r.between(1, REVIEW_DAYS.Risk - 16)),
    };
    const header = [`The joint risk register of ${titleCase(system.id)}: owned by the program and by the system.`];
    repo.add('Risk', id, data, { path: `risks/${program.id}/${system.id}.yaml`, header });
    system.risks++;
    program.risks++;
  }

  // RACI matrices of programs, systems, processes and products: in YAML with person ids as parties, or as a table in
  // Markdown with roles (and sometimes people) as columns.
  const builtinParties = ['program-manager', 'system-owner', 'process-owner', 'process-manager', 'product-manager', 'product-owner', 'document-owner'];
  // The first ones, one per Program, are scoped on it; essential, so that no defect removes the Program's only one.
  for (let i = 0; i < counts.Raci; i++) {
    const roll = r.next();
    const ownProgram = i < programs.length ? programs[i] : undefined;
    const scope = ownProgram ?? r.pick(roll < 0.35 ? processes : roll < 0.65 ? systems : roll < 0.85 ? products : programs);
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
    const matrix = markdown
      ? repo.add('Raci', id, { name, scope: repo.ref(scope.id) }, { path: `${folder}/${id}.md` }, {
          raci: { parties, tasks, criticalColumn },
          intro: repo.paragraph(1, 2),
          note: repo.sentence(),
          essential: ownProgram !== undefined,
        })
      : repo.add('Raci', id, { name, description: repo.sentence(), scope: repo.ref(scope.id), parties, tasks }, { path: `${folder}/${id}.yaml` }, { essential: ownProgram !== undefined });
    if (ownProgram) ownProgram.ownRaci = matrix;
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
/** Empties the folder for a new repo, refusing one that holds files a generator did not make; gives its full path. */
export function emptyRepoFolder(dir) {
  const root = resolve(dir);
  if (existsSync(root) && readdirSync(root).length > 0) {
    if (!existsSync(join(root, EXPECTED_FILE))) throw new Error(`${root} is not empty and was not made by this generator: refusing to replace it`);
    rmSync(root, { recursive: true, force: true });
  }
  return root;
}

export function generate(dir, entities, { seed = DEFAULT_SEED, defectRate = DEFECT_RATE } = {}) {
  if (!Number.isInteger(entities) || entities < 100) throw new Error(`entities must be a whole number of at least 100, not ${entities}`);
  const root = emptyRepoFolder(dir);
  const random = createRandom((seed ^ Math.imul(entities, 0x9e3779b1)) >>> 0);
  const repo = buildRepo(entities, random);
  const { findings, suppressed, defects } = injectDefects(repo, entities, defectRate);

  const made = new Set();
  const write = (path, bytes) => {
    const folder = dirname(join(root, path));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(join(root, path), bytes);
  };
  let bytes = 0;
  for (const file of repo.files.values()) {
    // UTF-8, unless a defect asks for another encoding (files/readable).
    const encoding = file.entities.find((entity) => entity.encoding)?.encoding ?? 'utf8';
    const content = Buffer.from(emitFile(file), encoding);
    bytes += content.length;
    write(file.path, content);
  }
  for (const [path, text] of Object.entries(README_FILES)) write(path, text);
  // Opt-in rules are turned on, so that their injectors are checked too; at their default options, as the rest.
  if (OPT_IN_RULES.length > 0) write('.govlintrc.yaml', `rules:\n${OPT_IN_RULES.map(([id, severity]) => `  ${id}: ${severity}\n`).join('')}`);
  // Stops the config search here, so that no config above the repo changes the run.
  write('package.json', `${JSON.stringify({ name: 'meridian-governance', private: true }, null, 2)}\n`);

  const byKind = Object.fromEntries(ALL_KINDS.map((kind) => [kind, repo.ofKind.get(kind)?.length ?? 0]));
  const expected = {
    generator: 'govlint-bench',
    version: GENERATOR_VERSION,
    seed,
    defectRate,
    today: TODAY,
    entities,
    byKind,
    /**
     * What govlint should count: files it reads, entities it parses (syntax errors remove some), and the documents
     * it skips for want of a `kind` (the READMEs, and entities a defect took the `kind` of).
     */
    files: repo.files.size + Object.keys(README_FILES).length,
    parsedEntities: repo.entities.filter((entity) => !entity.lost).length,
    skipped: Object.keys(README_FILES).length + repo.entities.filter((entity) => entity.skipped).length,
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
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : Number(args.splice(at, 2)[1]);
  };
  const seed = option('--seed', DEFAULT_SEED);
  const defectRate = option('--defect-rate', DEFECT_RATE);
  const [dir, count] = args;
  if (!dir || !count || !/^\d+$/.test(count) || !Number.isInteger(seed) || !(defectRate >= 0 && defectRate <= 1)) {
    process.stderr.write('usage: node bench/generate.mjs <dir> <entities> [--seed <n>] [--defect-rate <0 to 1>]\n');
    process.exit(2);
  }
  const started = performance.now();
  let expected;
  try {
    expected = generate(dir, Number(count), { seed, defectRate });
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

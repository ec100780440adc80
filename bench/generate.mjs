#!/usr/bin/env node
// Generates a synthetic governance repo of N entities for benchmarking govlint, with a known set of defects.
//
//   node bench/generate.mjs <dir> <entities> [--seed <n>]
//
// The output is deterministic: the same entity count and seed give byte-identical files. About 2% of the entities
// get a defect from an injector; every injector knows exactly how many findings of which rule it causes, and the
// totals are written to <dir>/.bench-expected.json (a hidden file, which govlint does not read).
//
// Cascades are avoided by construction:
// - an entity that a syntax error removes, or whose id is changed, is one that nothing references;
// - a reference made to dangle names an id that no entity has (an existing id with '-old' appended);
// - an id involved in one defect (a duplicate, a wrong-kind target) is never touched by another defect;
// - every entity without a defect is valid, fully resolved and fresh (Documents were reviewed within their interval
//   as of TODAY), so it produces no finding.
// To cover a new rule, add injectors to INJECTORS with its rule id; `apply` returns the findings it causes by rule.

import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump whenever the output changes, so that run.mjs regenerates cached repos. */
export const GENERATOR_VERSION = 1;
/** The day govlint must be told is today (`--today`), so that freshness does not depend on the calendar. */
export const TODAY = '2026-11-22';
export const EXPECTED_FILE = '.bench-expected.json';
export const DEFAULT_SEED = 20261122;
/** The share of entities that get a defect. */
export const DEFECT_RATE = 0.02;
/** The built-in rules, sorted by id; each gets an equal share of the defects. */
export const RULE_IDS = [
  'docs/stale',
  'ids/unique',
  'process/single-owner',
  'refs/resolve',
  'risk/dual-ownership',
  'schema/valid',
  'yaml/syntax',
];

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
const SYSTEM_DOC_TYPES = ['architecture', 'sla', 'runbook', 'security-assessment', 'disaster-recovery-plan', 'data-flow', 'operations-manual'];
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

const FLOW_KEYS = new Set(['tags', 'describes', 'appliesTo', 'compliance']);
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

function emitEntry(lines, key, value, indent) {
  if (value === undefined) return;
  if (value instanceof Raw) lines.push(`${indent}${key}: ${value.text}`);
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
      for (const item of value) lines.push(`${indent}  - ${scalar(item)}`);
    }
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) lines.push(`${indent}${key}: {}`);
    else {
      lines.push(`${indent}${key}:`);
      for (const [childKey, child] of entries) emitEntry(lines, childKey, child, `${indent}  `);
    }
  } else throw new Error(`cannot write ${key}: ${String(value)}`);
}

function emitYaml(entity) {
  const lines = [];
  for (const [key, value] of Object.entries(entity.data)) emitEntry(lines, key, value, '');
  lines.push(...entity.extraLines);
  let text = `${lines.join('\n')}\n`;
  for (const edit of entity.textEdits) text = edit(text);
  return text;
}

function emitFile(file) {
  if (file.markdown) {
    const entity = file.entities[0];
    const closing = entity.noClosingFence ? '' : '---\n';
    return `---\n${emitYaml(entity)}${closing}\n${entity.body}`;
  }
  const header = file.header ? `${file.header.map((line) => `# ${line}`).join('\n')}\n` : '';
  return header + file.entities.map(emitYaml).join('---\n');
}

// ---------------------------------------------------------------------------------------------------------------
// The repo model.

function kindCounts(total) {
  const share = { Role: 0.002, Team: 0.015, Program: 0.02, System: 0.15, Process: 0.08, Product: 0.06, Risk: 0.15, Document: 0.22 };
  const minimum = { Role: 3, Team: 2, Program: 2, System: 4, Process: 2, Product: 2, Risk: 2, Document: 2 };
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
    const entity = { kind, id, data: { kind, id, ...data }, file, extraLines: [], textEdits: [], defect: undefined, lost: false, ...extra };
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

  // Programs, each led by a program manager.
  const programs = [];
  for (let i = 0; i < counts.Program; i++) {
    const id = repo.uniqueId(`${r.pick(PROGRAM_FIRST)}-${r.pick(PROGRAM_SECOND)}`);
    programs.push(repo.add('Program', id, {
      name: titleCase(id),
      description: repo.paragraph(2, 3),
      tags: r.sample(TAGS, r.between(0, 2)),
      roles: { 'program-manager': repo.ref(anyone()) },
      reviewed: isoDate(r.between(1, 200)),
      reviewEvery: r.pick(OTHER_INTERVALS),
      systems: [],
    }, { path: `programs/${id}.yaml` }));
  }

  // Systems, in a folder per program.
  const systems = [];
  for (let i = 0; i < counts.System; i++) {
    const id = repo.uniqueId(`${r.pick(SYSTEM_FIRST)}-${r.pick(SYSTEM_SECOND)}`);
    const program = i < programs.length ? programs[i] : r.pick(programs);
    const roles = { 'system-owner': repo.ref(anyone()) };
    if (r.chance(0.2)) roles[repo.ref(r.pick(customRoles).id)] = repo.ref(anyone());
    const system = repo.add('System', id, {
      name: titleCase(id),
      description: repo.paragraph(1, 3),
      tags: r.sample(TAGS, r.between(1, 3)),
      roles,
      program: repo.ref(program.id),
      lifecycle: r.pick(LIFECYCLES),
      compliance: r.sample(COMPLIANCE, r.between(0, 3)),
      reviewed: isoDate(r.between(1, 300)),
      documents: [],
    }, { path: `systems/${program.id}/${id}.yaml` });
    program.data.systems.push(repo.ref(id));
    systems.push(system);
  }

  // Products, in a folder per program, on the program's systems.
  const products = [];
  for (let i = 0; i < counts.Product; i++) {
    const id = repo.uniqueId(`${r.pick(PRODUCT_FIRST)}-${r.pick(PRODUCT_SECOND)}`);
    const program = r.pick(programs);
    const pool = program.data.systems.length > 0 ? program.data.systems : systems.map((system) => system.id);
    products.push(repo.add('Product', id, {
      name: titleCase(id),
      description: repo.paragraph(1, 2),
      tags: r.sample(TAGS, r.between(1, 2)),
      roles: { 'product-manager': repo.ref(anyone()), 'product-owner': repo.ref(anyone()) },
      reviewed: isoDate(r.between(1, 300)),
      reviewEvery: r.pick(OTHER_INTERVALS),
      systems: r.sample(pool, r.between(1, 3)).map((system) => repo.ref(system)),
    }, { path: `products/${program.id}/${id}.yaml` }));
  }

  // Processes, in a folder per area, each with exactly one owner and any number of managers.
  const processes = [];
  for (let i = 0; i < counts.Process; i++) {
    const area = r.pick(PROCESS_AREAS);
    const id = repo.uniqueId(`${r.pick(PROCESS_ACTIVITIES)}-${r.pick(PROCESS_SUFFIXES)}`);
    const managers = r.sample(people, r.between(0, 4)).map((person) => repo.ref(person.id));
    const roles = { 'process-owner': repo.ref(anyone()) };
    if (managers.length > 0) roles['process-manager'] = managers;
    processes.push(repo.add('Process', id, {
      name: titleCase(id),
      description: repo.paragraph(1, 3),
      tags: r.sample(TAGS, r.between(0, 2)),
      roles,
      kpis: r.sample(KPI_TEMPLATES, r.between(1, 3)).map((kpi) => kpi.replace('{n}', String(r.between(2, 98)))),
      reviewed: isoDate(r.between(1, 300)),
      documents: [],
    }, { path: `processes/${area}/${id}.yaml`, area }));
  }

  // Documents in Markdown: about systems, processes, products and programs, fresh as of TODAY.
  for (let i = 0; i < counts.Document; i++) {
    const roll = r.next();
    const [subject, types] =
      roll < 0.55 ? [r.pick(systems), SYSTEM_DOC_TYPES]
      : roll < 0.75 ? [r.pick(processes), PROCESS_DOC_TYPES]
      : roll < 0.9 ? [r.pick(products), PRODUCT_DOC_TYPES]
      : [r.pick(programs), PROGRAM_DOC_TYPES];
    const type = r.pick(types);
    const id = repo.uniqueId(`${subject.id}-${type}`);
    const describes = [repo.ref(subject.id)];
    if (subject.kind === 'System' && r.chance(0.1)) {
      const other = r.pick(systems);
      if (other !== subject) describes.push(repo.ref(other.id));
    }
    const owner = subject.data.roles && Object.values(subject.data.roles).find((value) => typeof value === 'string');
    const title = `${titleCase(subject.id)} ${titleCase(type)}`;
    const folder =
      subject.kind === 'Process' ? `docs/processes/${subject.file.area}`
      : subject.kind === 'Program' ? `docs/${subject.id}`
      : `docs/${subject.data.program ?? subject.file.path.split('/')[1]}`;
    const data = { title, describes, roles: { 'document-owner': repo.ref(owner ?? anyone()) }, reviewed: isoDate(r.between(1, 80)) };
    const interval = r.pick(DOC_INTERVALS);
    if (interval) data.reviewEvery = interval;
    const document = repo.add('Document', id, data, { path: `${folder}/${id}.md` }, { body: markdownBody(repo, title) });
    if ((subject.kind === 'System' || subject.kind === 'Process') && r.chance(0.7)) subject.data.documents.push(repo.ref(document.id));
  }
  for (const entity of [...systems, ...processes]) if (entity.data.documents.length === 0) delete entity.data.documents;

  // Risks: one register file per system with risks, owned by the program manager and the system owner.
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
      reviewed: isoDate(r.between(1, 90)),
    };
    const header = [`The joint risk register of ${titleCase(system.id)}: owned by the program and by the system.`];
    repo.add('Risk', id, data, { path: `risks/${program.id}/${system.id}.yaml`, header });
  }

  return repo;
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
// Defect injectors. Each one picks an eligible entity of its kinds and returns the findings it causes, by rule.

const ALL_KINDS = ['Person', 'Team', 'Role', 'Program', 'System', 'Process', 'Product', 'Risk', 'Document'];
const holderRoles = (entity) => Object.entries(entity.data.roles ?? {}).filter(([, value]) => typeof value === 'string');

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
  target.defect = 'reserved';
  ctx.reserved.add(target.id);
  return target;
}

export const INJECTORS = [
  // yaml/syntax: the first four remove the entity, so they only hit entities nothing references.
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
      entity.data.owner = ctx.random.pick(ctx.repo.ofKind.get('Person')).id;
      return { 'schema/valid': 1 };
    },
  },
  {
    rule: 'schema/valid', name: 'misspelt-reviewed', kinds: ['Person', 'Program', 'System', 'Process', 'Product', 'Risk'],
    eligible: (entity) => 'reviewed' in entity.data,
    apply(entity) {
      renameKey(entity.data, 'reviewed', 'reviewd');
      return { 'schema/valid': 1 };
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
      if (entity.kind === 'System') entity.data.lifecycle = 'live';
      else entity.data.severity = 'severe';
      return { 'schema/valid': 1 };
    },
  },
  {
    // docs/stale leaves malformed dates to schema/valid, so a Document adds nothing there.
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
    rule: 'refs/resolve', name: 'unknown-person-in-role', kinds: ['Program', 'System', 'Process', 'Product', 'Risk', 'Document'],
    eligible: (entity) => holderRoles(entity).length > 0,
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
    rule: 'refs/resolve', name: 'wrong-kind', kinds: ['Risk'],
    apply(entity, ctx) {
      const target = reserveTarget(ctx, ['Program'], entity);
      if (!target) return undefined;
      entity.data.system = target.id;
      return { 'refs/resolve': 1 };
    },
  },
  {
    rule: 'refs/resolve', name: 'unknown-program', kinds: ['System'],
    apply(entity, ctx) {
      entity.data.program = ghostId(ctx.repo, entity.data.program);
      return { 'refs/resolve': 1 };
    },
  },
  {
    rule: 'refs/resolve', name: 'unknown-role', kinds: ['System', 'Program', 'Product'],
    apply(entity, ctx) {
      entity.data.roles[ctx.random.pick(UNDEFINED_ROLES)] = ctx.random.pick(ctx.repo.ofKind.get('Person')).id;
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

  // process/single-owner
  {
    rule: 'process/single-owner', name: 'two-owners', kinds: ['Process'],
    apply(entity, ctx) {
      const owner = entity.data.roles['process-owner'];
      const people = ctx.repo.ofKind.get('Person');
      let second = ctx.random.pick(people).id;
      while (second === owner) second = ctx.random.pick(people).id;
      entity.data.roles['process-owner'] = [owner, second];
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

  // risk/dual-ownership
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

function injectDefects(repo, total) {
  const random = repo.random;
  const ctx = {
    repo,
    random,
    reserved: new Set(),
    /** A random untouched entity of one of `kinds` for which `test` holds. */
    pickFrom(kinds, test) {
      const pool = kinds.flatMap((kind) => repo.ofKind.get(kind) ?? []);
      const ok = (entity) => entity.defect === undefined && test(entity);
      for (let tries = 0; tries < 64; tries++) {
        const entity = pool[random.int(pool.length)];
        if (ok(entity)) return entity;
      }
      const start = random.int(pool.length);
      for (let i = 0; i < pool.length; i++) if (ok(pool[(start + i) % pool.length])) return pool[(start + i) % pool.length];
      return undefined;
    },
  };
  const rules = [...new Set(INJECTORS.map((injector) => injector.rule))].sort();
  const findings = Object.fromEntries(RULE_IDS.map((rule) => [rule, 0]));
  const defects = [];
  const wanted = Math.max(rules.length, Math.round(total * DEFECT_RATE));
  for (const [ruleIndex, rule] of rules.entries()) {
    const variants = INJECTORS.filter((injector) => injector.rule === rule);
    const share = Math.floor(wanted / rules.length) + (ruleIndex < wanted % rules.length ? 1 : 0);
    for (let i = 0; i < share; i++) {
      const injector = variants[i % variants.length];
      const entity = ctx.pickFrom(injector.kinds, (candidate) =>
        (!injector.unreferenced || (!repo.isReferenced(candidate) && !ctx.reserved.has(candidate.id))) &&
        (!injector.eligible || injector.eligible(candidate)),
      );
      if (!entity) continue;
      const id = entity.id;
      entity.defect = injector.name;
      ctx.reserved.add(id);
      const caused = injector.apply(entity, ctx);
      if (!caused) {
        entity.defect = undefined;
        continue;
      }
      for (const [ruleId, count] of Object.entries(caused)) {
        if (!(ruleId in findings)) findings[ruleId] = 0;
        findings[ruleId] += count;
      }
      const renamed = entity.data.id !== undefined && entity.data.id !== id ? { newId: entity.data.id } : {};
      defects.push({ rule, injector: injector.name, kind: entity.kind, id, ...renamed, file: entity.file.path, findings: caused });
    }
  }
  return { findings, defects };
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
  const { findings, defects } = injectDefects(repo, entities);

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
      `expected findings: ${RULE_IDS.map((rule) => `${rule} ${expected.findings[rule]}`).join(', ')} (total ${expected.totalFindings})\n`,
  );
}

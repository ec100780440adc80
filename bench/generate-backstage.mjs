#!/usr/bin/env node
// Generates a synthetic Backstage software catalog of N entities for benchmarking govlint's Backstage preset, with
// a known set of defects.
//
//   node bench/generate-backstage.mjs <dir> <entities> [--seed <n>]
//
// The output is deterministic: the same entity count and seed give byte-identical files. The catalog is the
// monorepo of a retailer, in the proportions of a real one: Groups 3 %, Users 20 %, Domains 0.5 %, Systems 4.5 %,
// Components about 45 %, APIs 15 %, Resources 10 %, Locations 2 %. A root `catalog-info.yaml` Location reaches
// every file through nested Locations (org, one per Domain, one in some Systems' files); each Component has its own
// `catalog-info.yaml`, and one in ten has Kubernetes manifests beside it (a Deployment and a Service: documents no
// adapter claims, to be counted and not reported). References are written in every form Backstage accepts.
// `.govlintrc.yaml` extends govlint:recommended and govlint:backstage.
//
// The baseline is clean: every reference resolves to an entity of the right kind, Group parents and children agree,
// every Location target exists, names are unique per kind. About 2 % of the entities get one defect each, with one
// finding each and no cascade: an owner that resolves to nothing (a Component, API, Resource or System whose
// `spec.owner` names its team with `-old` appended) or a Component whose `spec.system` does the same. What was
// planted, with the file and line of each value, is written to <dir>/.bench-expected.json (hidden: govlint does
// not read it).

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scalar } from './emit.mjs';
import { AREAS, EXPECTED_FILE, FIRST_NAMES, LAST_NAMES, SYSTEM_FIRST, SYSTEM_SECOND, TEAM_SUFFIXES, createRandom, emptyRepoFolder } from './generate.mjs';

/** Bump whenever the output changes, so that run.mjs regenerates cached repos. */
export const GENERATOR_VERSION = 1;
export { EXPECTED_FILE };
export const DEFAULT_SEED = 20261205;
const DEFECT_RATE = 0.02;

const COMPANY = 'meridian';
const SHARES = { Group: 0.03, User: 0.2, Domain: 0.005, System: 0.045, API: 0.15, Resource: 0.1, Location: 0.02 };
const COMPONENT_ROLES = ['web', 'service', 'worker', 'consumer', 'scheduler', 'admin', 'sync', 'reporting', 'ingest', 'gateway', 'cli', 'sdk'];
const COMPONENT_TYPES = ['service', 'service', 'service', 'website', 'library', 'worker', 'data-pipeline'];
const LIFECYCLES = ['production', 'production', 'production', 'experimental', 'deprecated'];
const API_FLAVOURS = [
  ['openapi', 'api', (name) => [`openapi: 3.0.3`, `info: { title: ${name}, version: 1.0.0 }`, `paths:`, `  /health:`, `    get: { responses: { '200': { description: OK } } }`]],
  ['asyncapi', 'events', (name) => [`asyncapi: 2.6.0`, `info: { title: ${name}, version: 1.0.0 }`, `channels:`, `  ${name}.v1: {}`]],
  ['grpc', 'grpc', (name) => [`syntax = "proto3";`, `service ${name.replace(/-/g, '_')} { rpc Get (Request) returns (Reply); }`]],
  ['graphql', 'graphql', () => [`type Query { health: String! }`]],
];
const RESOURCE_FLAVOURS = [['database', 'db'], ['database', 'replica'], ['s3-bucket', 'bucket'], ['cache', 'cache'], ['kafka-topic', 'topic'], ['queue', 'queue']];
const OBJECTS = ['orders', 'stock levels', 'prices', 'customer accounts', 'payments', 'deliveries', 'returns', 'supplier invoices', 'store rotas', 'promotions'];

/** Entity counts per kind: the shares above, at least what the layout needs, Components taking the rest. */
function kindCounts(total) {
  const count = (kind, minimum) => Math.max(minimum, Math.round(total * SHARES[kind]));
  const counts = { Group: count('Group', 2), User: count('User', 1), Domain: count('Domain', 1), System: count('System', 1), API: count('API', 1), Resource: count('Resource', 1) };
  // A root Location, the org's, one per Domain, and the rest in Systems' files.
  counts.Location = 2 + counts.Domain + Math.min(counts.System, Math.max(0, count('Location', 0) - 2 - counts.Domain));
  counts.Component = total - Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (counts.Component < counts.System) throw new Error(`${total} entities are too few for a catalog: at least one Component per System`);
  return counts;
}

function uniqueNamer() {
  const used = new Set();
  return (base) => {
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  };
}

/** One YAML document as lines; `mark` remembers the line of a value that a defect changed. */
class Document {
  constructor(kind, apiVersion = 'backstage.io/v1alpha1') {
    this.lines = [`apiVersion: ${apiVersion}`, `kind: ${kind}`];
    this.marks = [];
  }
  add(...lines) {
    this.lines.push(...lines);
    return this;
  }
  /** Adds `  key: value` and remembers its line and the value's column for the expected findings. */
  addMarked(key, value, defect) {
    this.marks.push({ ...defect, index: this.lines.length, column: `  ${key}: `.length + 1 });
    return this.add(`  ${key}: ${value}`);
  }
}

const list = (items) => `[${items.join(', ')}]`;

function buildCatalog(total, r) {
  const counts = kindCounts(total);
  const name = { Group: uniqueNamer(), User: uniqueNamer(), Domain: uniqueNamer(), System: uniqueNamer(), API: uniqueNamer(), Resource: uniqueNamer(), Component: uniqueNamer(), Location: uniqueNamer() };

  // Groups: the company at the root, departments under it (one in ten), teams under the departments.
  const root = { name: name.Group(COMPANY), type: 'organization', children: [], users: [] };
  const departments = [];
  const teams = [];
  const departmentCount = Math.max(counts.Group > 2 ? 1 : 0, Math.round((counts.Group - 1) / 10));
  for (let i = 0; i < counts.Group - 1; i++) {
    const isDepartment = i < departmentCount;
    const group = isDepartment
      ? { name: name.Group(`${AREAS[i % AREAS.length]}-engineering`), type: 'department', parent: root, children: [], users: [] }
      : { name: name.Group(`${r.pick(AREAS)}-${r.pick(TEAM_SUFFIXES)}`), type: 'team', parent: departments.length ? departments[i % departments.length] : root, children: [], users: [] };
    group.parent.children.push(group);
    (isDepartment ? departments : teams).push(group);
  }
  const owners = teams.length ? teams : departments.length ? departments : [root];
  const groups = [root, ...departments, ...teams];
  for (let i = 0; i < counts.User; i++) {
    const group = groups[i % groups.length];
    group.users.push(name.User(`${r.pick(FIRST_NAMES)}.${r.pick(LAST_NAMES)}`));
  }

  const domains = Array.from({ length: counts.Domain }, (_, i) => ({ name: name.Domain(AREAS[i % AREAS.length]), owner: r.pick(owners), systems: [] }));
  const systems = Array.from({ length: counts.System }, (_, i) => {
    const system = { name: name.System(`${r.pick(SYSTEM_FIRST)}-${r.pick(SYSTEM_SECOND)}`), domain: domains[i % domains.length], owner: r.pick(owners), components: [], apis: [], resources: [] };
    system.domain.systems.push(system);
    system.hasLocation = i < counts.Location - 2 - counts.Domain;
    return system;
  });
  for (let i = 0; i < counts.Component; i++) {
    const system = systems[i % systems.length];
    system.components.push({ name: name.Component(`${system.name}-${COMPONENT_ROLES[system.components.length % COMPONENT_ROLES.length]}`), system, provides: [], dependsOn: [], consumes: [] });
  }
  const apis = [];
  for (let i = 0; i < counts.API; i++) {
    const system = systems[i % systems.length];
    const [type, suffix, definition] = API_FLAVOURS[r.int(API_FLAVOURS.length)];
    const api = { name: name.API(`${system.name}-${suffix}`), type, definition, system };
    system.apis.push(api);
    system.components[system.apis.length % system.components.length].provides.push(api);
    apis.push(api);
  }
  for (let i = 0; i < counts.Resource; i++) {
    const system = systems[i % systems.length];
    const [type, suffix] = RESOURCE_FLAVOURS[r.int(RESOURCE_FLAVOURS.length)];
    const resource = { name: name.Resource(`${system.name}-${suffix}`), type, system };
    system.resources.push(resource);
    system.components[system.resources.length % system.components.length].dependsOn.push(resource);
  }
  for (const system of systems) for (const component of system.components) if (apis.length > 1 && r.chance(0.5)) component.consumes = r.sample(apis, r.between(1, 2)).filter((api) => api.system !== system);

  // Defects: about 2 % of the owned entities, one each.
  const candidates = [...systems, ...systems.flatMap((s) => [...s.components, ...s.apis, ...s.resources])];
  for (const entity of r.sample(candidates, Math.round(total * DEFECT_RATE))) {
    entity.defect = entity.provides && r.chance(0.4) ? 'system-unresolved' : 'owner-unresolved';
  }
  return { counts, root, groups, domains, systems };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing the catalog out.

/** A reference to a Group in one of the forms Backstage accepts for `spec.owner`. */
const groupRef = (r, group) => r.pick([group.name, group.name, `group:${group.name}`, `group:default/${group.name}`, `default/${group.name}`]);

function ownerOf(r, entity, team) {
  if (entity.defect === 'owner-unresolved') return `${team.name}-old`;
  // One in seven Components is owned by a person of the team.
  if (entity.provides && team.users.length && r.chance(1 / 7)) return `${r.pick(['user:', 'user:default/'])}${r.pick(team.users)}`;
  return groupRef(r, team);
}

function ownedDocument(kind, entity, r, spec) {
  const doc = new Document(kind).add('metadata:', `  name: ${entity.name}`, `  description: ${scalar(spec.description)}`, 'spec:');
  for (const [key, value] of spec.fields) doc.add(`  ${key}: ${value}`);
  const owner = ownerOf(r, entity, spec.team);
  if (entity.defect === 'owner-unresolved') doc.addMarked('owner', owner, { defect: 'owner-unresolved', id: `${kind.toLowerCase()}:default/${entity.name}` });
  else doc.add(`  owner: ${owner}`);
  return doc;
}

function catalogFiles(catalog, r) {
  const files = [];
  const file = (path, docs, comment) => files.push({ path, docs, comment });
  const description = () => `${r.pick(['Keeps', 'Serves', 'Computes', 'Publishes', 'Reconciles', 'Tracks'])} ${r.pick(OBJECTS)} for the ${r.pick(AREAS)} teams.`;

  file('catalog-info.yaml', [new Document('Location').add('metadata:', `  name: ${COMPANY}-monorepo`, '  description: Everything the monorepo contributes to the software catalog.', 'spec:', '  type: url', '  targets:', '    - ./org/catalog-info.yaml', '    - ./domains/*/catalog-info.yaml')], 'The root of the software catalog, registered in app-config.');
  file('org/catalog-info.yaml', [new Document('Location').add('metadata:', `  name: ${COMPANY}-org`, 'spec:', '  type: url', '  targets:', '    - ./groups/*.yaml')]);
  for (const group of catalog.groups) {
    const doc = new Document('Group').add('metadata:', `  name: ${group.name}`, 'spec:', `  type: ${group.type}`, '  profile:', `    displayName: ${scalar(group.name.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' '))}`, `    email: ${group.name}@${COMPANY}.example`);
    if (group.parent) doc.add(`  parent: ${groupRef(r, group.parent)}`);
    doc.add(`  children: ${list(group.children.map((child) => groupRef(r, child)))}`);
    const users = group.users.map((user) => {
      const [first, last] = user.split(/[.-]/);
      return new Document('User').add('metadata:', `  name: ${user}`, 'spec:', '  profile:', `    displayName: ${scalar(`${first[0].toUpperCase()}${first.slice(1)} ${last[0].toUpperCase()}${last.slice(1)}`)}`, `    email: ${user}@${COMPANY}.example`, `  memberOf: [${groupRef(r, group)}]`);
    });
    file(`org/groups/${group.name}.yaml`, [doc, ...users]);
  }
  for (const domain of catalog.domains) {
    const folder = `domains/${domain.name}`;
    const targets = domain.systems.flatMap((system) => [`./${system.name}/catalog-info.yaml`, ...(system.hasLocation ? [] : [`./${system.name}/components/*/catalog-info.yaml`])]);
    file(`${folder}/catalog-info.yaml`, [
      new Document('Domain').add('metadata:', `  name: ${domain.name}`, `  description: ${scalar(`Everything ${domain.name} runs.`)}`, 'spec:', `  owner: ${groupRef(r, domain.owner)}`),
      new Document('Location').add('metadata:', `  name: ${domain.name}-systems`, 'spec:', '  type: url', '  targets:', ...targets.map((target) => `    - ${target}`)),
    ]);
    for (const system of domain.systems) {
      const docs = [ownedDocument('System', system, r, { description: description(), team: system.owner, fields: [['domain', r.pick([domain.name, `domain:${domain.name}`])]] })];
      if (system.hasLocation) docs.push(new Document('Location').add('metadata:', `  name: ${system.name}-components`, 'spec:', '  type: url', '  targets:', '    - ./components/*/catalog-info.yaml'));
      const systemRef = () => r.pick([system.name, `system:${system.name}`]);
      for (const api of system.apis) {
        const doc = ownedDocument('API', api, r, { description: `The ${api.type} API of ${system.name}.`, team: system.owner, fields: [['type', api.type], ['lifecycle', 'production'], ['system', systemRef()]] });
        docs.push(doc.add('  definition: |', ...api.definition(api.name).map((line) => `    ${line}`)));
      }
      for (const resource of system.resources) docs.push(ownedDocument('Resource', resource, r, { description: `The ${resource.type} of ${system.name}.`, team: system.owner, fields: [['type', resource.type], ['system', systemRef()]] }));
      file(`${folder}/${system.name}/catalog-info.yaml`, docs);
      for (const component of system.components) {
        const fields = [['type', r.pick(COMPONENT_TYPES)], ['lifecycle', r.pick(LIFECYCLES)]];
        const doc = ownedDocument('Component', component, r, { description: description(), team: system.owner, fields });
        if (component.defect === 'system-unresolved') doc.addMarked('system', `${system.name}-old`, { defect: 'system-unresolved', id: `component:default/${component.name}` });
        else doc.add(`  system: ${systemRef()}`);
        if (component.provides.length) doc.add(`  providesApis: ${list(component.provides.map((api) => r.pick([api.name, `api:${api.name}`, `api:default/${api.name}`])))}`);
        if (component.consumes.length) doc.add(`  consumesApis: ${list(component.consumes.map((api) => r.pick([api.name, `api:${api.name}`])))}`);
        if (component.dependsOn.length) doc.add(`  dependsOn: ${list(component.dependsOn.map((resource) => `resource:${resource.name}`))}`);
        const componentFolder = `${folder}/${system.name}/components/${component.name}`;
        file(`${componentFolder}/catalog-info.yaml`, [doc]);
        if (r.chance(0.1)) file(`${componentFolder}/deploy/kubernetes.yaml`, kubernetesManifests(component.name), 'Applied by Argo CD; not part of the software catalog.');
      }
    }
  }
  return files;
}

function kubernetesManifests(name) {
  const deployment = new Document('Deployment', 'apps/v1').add('metadata:', `  name: ${name}`, '  labels:', `    backstage.io/kubernetes-id: ${name}`, 'spec:', '  replicas: 2', '  selector:', `    matchLabels: { app: ${name} }`, '  template:', `    metadata: { labels: { app: ${name} } }`, '    spec:', '      containers:', `        - name: ${name}`, `          image: registry.${COMPANY}.example/${name}:1.0.0`, '          ports: [{ containerPort: 8080 }]');
  const service = new Document('Service', 'v1').add('metadata:', `  name: ${name}`, 'spec:', `  selector: { app: ${name} }`, '  ports: [{ port: 80, targetPort: 8080 }]');
  return [deployment, service];
}

/** A file's text, and the line of each value a defect changed. */
function emit({ docs, comment }) {
  const lines = comment ? [`# ${comment}`] : [];
  const marks = [];
  docs.forEach((doc, index) => {
    if (index > 0) lines.push('---');
    for (const mark of doc.marks) marks.push({ ...mark, line: lines.length + mark.index + 1 });
    lines.push(...doc.lines);
  });
  return { text: `${lines.join('\n')}\n`, marks: marks.map(({ index, ...mark }) => mark) };
}

export function generate(dir, entities, { seed = DEFAULT_SEED } = {}) {
  if (!Number.isInteger(entities) || entities < 20) throw new Error(`entities must be a whole number of at least 20, not ${entities}`);
  const root = emptyRepoFolder(dir);
  const random = createRandom((seed ^ Math.imul(entities, 0x9e3779b1)) >>> 0);
  const catalog = buildCatalog(entities, random);
  const files = catalogFiles(catalog, random);

  const defects = [];
  let bytes = 0;
  let documents = 0;
  for (const file of files) {
    const { text, marks } = emit(file);
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), text);
    bytes += Buffer.byteLength(text);
    documents += file.docs.length;
    defects.push(...marks.map((mark) => ({ file: file.path, ...mark })));
  }
  writeFileSync(join(root, '.govlintrc.yaml'), 'extends: [govlint:recommended, govlint:backstage]\n');
  // Stops the config search here, so that no config above the repo changes the run.
  writeFileSync(join(root, 'package.json'), `${JSON.stringify({ name: `${COMPANY}-catalog`, private: true }, null, 2)}\n`);

  const expected = {
    generator: 'govlint-bench-backstage',
    version: GENERATOR_VERSION,
    seed,
    entities,
    byKind: catalog.counts,
    /** YAML files govlint reads, and the documents in them: catalog entities and the Kubernetes manifests beside them. */
    files: files.length,
    documents,
    unclaimedDocuments: documents - entities,
    bytes,
    /** One finding per defect, at the file and line given, whatever the rule that reports it. */
    totalFindings: defects.length,
    defects,
  };
  writeFileSync(join(root, EXPECTED_FILE), `${JSON.stringify(expected, null, 1)}\n`);
  return expected;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--seed');
  const seed = at === -1 ? DEFAULT_SEED : Number(args.splice(at, 2)[1]);
  const [dir, count] = args;
  if (!dir || !count || !/^\d+$/.test(count) || !Number.isInteger(seed) || args.length !== 2) {
    process.stderr.write('usage: node bench/generate-backstage.mjs <dir> <entities> [--seed <n>]\n');
    process.exit(2);
  }
  const started = performance.now();
  let expected;
  try {
    expected = generate(dir, Number(count), { seed });
  } catch (error) {
    process.stderr.write(`generate-backstage: ${error.message}\n`);
    process.exit(1);
  }
  process.stdout.write(
    `${expected.entities} entities (${Object.entries(expected.byKind).map(([kind, n]) => `${n} ${kind}`).join(', ')}) in ${expected.files} files, ` +
      `${(expected.bytes / 1e6).toFixed(1)} MB, ${expected.unclaimedDocuments} Kubernetes documents, ${expected.defects.length} defects, ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

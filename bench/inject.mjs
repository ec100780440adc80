// Puts defects into a generated repo: each built-in rule's injectors, from bench/injectors/<rule id>.mjs, get an
// equal share of the defects. An injector is
//
//   { name, kinds, unreferenced?, changesRoles?, eligible?(entity, ctx), apply(entity, ctx) }
//
// It is given an untouched entity of one of `kinds` (one nothing references, if `unreferenced`; one whose role
// holders no other defect's findings depend on, if `changesRoles`; one for which `eligible` holds), changes it, and
// returns what it planted: the findings it causes, by rule id, and under SUPPRESSED the findings a suppression
// comment it wrote silences; or undefined when it cannot apply after all. The benchmark then requires exactly those
// findings of govlint. A rule that cannot be exercised in a generated repo has a file that says why (`notInjected`).

import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OVERLOAD_MAX, SUPPRESSED, countedHolders } from './entities.mjs';
import { RULE_IDS } from './rules.mjs';

/** The share of entities that get a defect, unless the generator is told otherwise. */
export const DEFECT_RATE = 0.02;

const INJECTORS_DIR = fileURLToPath(new URL('./injectors/', import.meta.url));

/**
 * Every injector, with the `rule` whose file it is in, in rule id order; and the rules that have none, with why.
 * Stops the benchmark when a built-in rule has no file, or a file names no built-in rule.
 */
const { INJECTORS, NOT_INJECTED } = await loadInjectors().catch((error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(2);
});

async function loadInjectors() {
  const files = readdirSync(INJECTORS_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mjs'));
  const strays = files.map((file) => file.replaceAll('\\', '/').replace(/\.mjs$/, '')).filter((rule) => !RULE_IDS.includes(rule));
  if (strays.length > 0) throw new Error(`bench/injectors/ has files for rules that are not built in: ${strays.map((rule) => `${rule}.mjs`).join(', ')}`);
  const injectors = [];
  const notInjected = new Map();
  for (const rule of RULE_IDS) {
    const file = `${INJECTORS_DIR}${rule}.mjs`;
    if (!existsSync(file)) throw new Error(`the built-in rule ${rule} has no injectors: add bench/injectors/${rule}.mjs`);
    const module = await import(new URL(`./injectors/${rule}.mjs`, import.meta.url).href);
    if (!Array.isArray(module.injectors)) throw new Error(`bench/injectors/${rule}.mjs must export \`injectors\`, a list`);
    if (module.injectors.length === 0) {
      if (typeof module.notInjected !== 'string' || module.notInjected === '') throw new Error(`bench/injectors/${rule}.mjs has no injectors and does not say why (\`notInjected\`)`);
      notInjected.set(rule, module.notInjected);
    }
    for (const injector of module.injectors) injectors.push({ ...injector, rule });
  }
  return { INJECTORS: injectors, NOT_INJECTED: notInjected };
}

/** How many entities everyone is an owner or manager of, as person/overload counts them, kept up to date as defects change them. */
class RoleLoads {
  constructor(entities) {
    /** Person id → entity → 1 while they hold a counted role on it (a count, so that touching and adding back balance). */
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
    return this.held.get(person)?.size ?? 0;
  }

  entitiesOf(person) {
    return [...(this.held.get(person)?.keys() ?? [])];
  }
}

export function injectDefects(repo, total, defectRate) {
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
  const groups = RULE_IDS.filter((rule) => !NOT_INJECTED.has(rule));
  const findings = Object.fromEntries(RULE_IDS.map((rule) => [rule, 0]));
  let suppressed = 0;
  const defects = [];
  const wanted = Math.max(groups.length, Math.round(total * defectRate));
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
      if (!(injector.rule in caused) && !(SUPPRESSED in caused)) {
        throw new Error(`injector ${injector.name} of bench/injectors/${injector.rule}.mjs plants no ${injector.rule} finding, nor one a suppression comment silences`);
      }
      const counted = {};
      for (const [ruleId, count] of Object.entries(caused)) {
        if (ruleId === SUPPRESSED) {
          suppressed += count;
          continue;
        }
        if (!(ruleId in findings)) throw new Error(`injector ${injector.name} of bench/injectors/${injector.rule}.mjs declares findings of ${ruleId}, which is not a built-in rule`);
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
    if (count !== tracked.of(person.id)) throw new Error(`generator bug: ${person.id} holds roles on ${count} entities, tracked as ${tracked.of(person.id)}`);
    if (count > OVERLOAD_MAX) over++;
  }
  if (over !== overloads) throw new Error(`generator bug: ${over} people hold roles on more than ${OVERLOAD_MAX} entities, ${overloads} injected`);
}

import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

const GENERATOR = fileURLToPath(new URL('../../bench/generate-backstage.mjs', import.meta.url));
const ENTITIES = 50;

interface Expected {
  entities: number;
  byKind: Record<string, number>;
  files: number;
  documents: number;
  unclaimedDocuments: number;
  defects: { file: string; line: number; column: number; defect: string }[];
}
interface Entity {
  kind: string;
  namespace: string;
  name: string;
  spec: Record<string, unknown>;
  file: string;
  /** The 1-based line of each `spec` key, for the references that do not resolve. */
  lines: Map<string, number>;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

/** The files a Location target names, relative to the repo: `*` stands for any characters within a name. */
function targetFiles(repo: string, from: string, target: string): string[] {
  let paths = [dirname(from) === '.' ? '' : dirname(from)];
  for (const part of posix.normalize(target).split('/')) {
    const pattern = new RegExp(`^${part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
    paths = paths.flatMap((path) => {
      if (!part.includes('*')) return [path ? `${path}/${part}` : part];
      try {
        return readdirSync(join(repo, path)).filter((name) => pattern.test(name)).map((name) => (path ? `${path}/${name}` : name));
      } catch {
        return [];
      }
    });
  }
  return paths.filter((path) => statSync(join(repo, path), { throwIfNoEntry: false })?.isFile());
}

// The generator as `npm run bench` runs it, on a small catalog: the files must be YAML, hold the entities it counts,
// and be clean apart from the defects it declares (a reference check written for this test, not govlint's).
describe(`the Backstage catalog generator (${ENTITIES} entities)`, () => {
  let dir: string;
  let expected: Expected;
  const entities: Entity[] = [];
  const files: string[] = [];
  let unclaimed = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govlint-bench-backstage-'));
    for (const copy of ['a', 'b']) await promisify(execFile)(process.execPath, [GENERATOR, join(dir, copy), String(ENTITIES)]);
    const repo = join(dir, 'a');
    expected = JSON.parse(readFileSync(join(repo, '.bench-expected.json'), 'utf8')) as Expected;
    files.push(...listFiles(repo));
    for (const file of files.filter((path) => path.endsWith('.yaml'))) {
      const text = readFileSync(join(repo, file), 'utf8');
      for (const document of parseAllDocuments(text)) {
        expect(document.errors, file).toEqual([]);
        const data = document.toJS() as { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; spec: Record<string, unknown> };
        if (!data.apiVersion.startsWith('backstage.io/')) {
          unclaimed++;
          continue;
        }
        const lines = new Map<string, number>();
        const spec = document.get('spec', true) as { items: { key: { value: string; range: [number] } }[] };
        for (const { key } of spec.items) lines.set(key.value, text.slice(0, key.range[0]).split('\n').length);
        entities.push({ kind: data.kind, namespace: data.metadata.namespace ?? 'default', name: data.metadata.name, spec: data.spec, file, lines });
      }
    }
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is deterministic: the same count and seed give the same files', () => {
    const other = listFiles(join(dir, 'b'));
    expect(other).toEqual(files);
    for (const file of files) expect(readFileSync(join(dir, 'b', file), 'utf8'), file).toBe(readFileSync(join(dir, 'a', file), 'utf8'));
  });

  it('writes as many entities as asked, in the kinds and files it declares', () => {
    const byKind: Record<string, number> = {};
    for (const { kind } of entities) byKind[kind] = (byKind[kind] ?? 0) + 1;
    expect(entities).toHaveLength(ENTITIES);
    expect(byKind).toEqual(expected.byKind);
    expect(Object.keys(byKind).sort()).toEqual(['API', 'Component', 'Domain', 'Group', 'Location', 'Resource', 'System', 'User']);
    expect(files.filter((path) => path.endsWith('.yaml'))).toHaveLength(expected.files);
    expect(entities.length + unclaimed).toBe(expected.documents);
    expect(unclaimed).toBe(expected.unclaimedDocuments);
    expect(new Set(entities.map(({ kind, name }) => `${kind}:${name}`)).size).toBe(ENTITIES);
  });

  it('reaches every catalog file from the root Location, through targets that all exist', () => {
    const reached = new Set(['catalog-info.yaml']);
    const queue = ['catalog-info.yaml'];
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      for (const location of entities.filter((entity) => entity.kind === 'Location' && entity.file === file)) {
        for (const target of location.spec['targets'] as string[]) {
          const found = targetFiles(join(dir, 'a'), file, target);
          expect(found, `${file}: ${target}`).not.toEqual([]);
          for (const path of found.filter((path) => !reached.has(path))) {
            reached.add(path);
            queue.push(path);
          }
        }
      }
    }
    expect([...new Set(entities.map((entity) => entity.file))].filter((file) => !reached.has(file))).toEqual([]);
  });

  it('resolves every reference to an entity of the right kind, but for the defects it declares', () => {
    const ids = new Set(entities.map(({ kind, namespace, name }) => `${kind.toLowerCase()}:${namespace}/${name}`));
    const FIELDS: Record<string, string[] | undefined> = { owner: ['group', 'user'], system: ['system'], domain: ['domain'], memberOf: ['group'], parent: ['group'], children: ['group'], providesApis: ['api'], consumesApis: ['api'], dependsOn: ['resource', 'component'] };
    const unresolved: { file: string; line: number; defect: string }[] = [];
    for (const entity of entities) {
      for (const [field, value] of Object.entries(entity.spec)) {
        const kinds = FIELDS[field];
        if (!kinds) continue;
        for (const reference of [value].flat() as string[]) {
          const [, kind, namespace, name] = /^(?:([a-z]+):)?(?:([^/]+)\/)?(.+)$/.exec(reference)!;
          const candidates = kind ? [kind] : kinds;
          expect(candidates.every((candidate) => kinds.includes(candidate)), `${entity.file}: ${field} ${reference}`).toBe(true);
          if (!candidates.some((candidate) => ids.has(`${candidate}:${namespace ?? entity.namespace}/${name}`))) {
            unresolved.push({ file: entity.file, line: entity.lines.get(field)!, defect: field === 'owner' ? 'owner-unresolved' : 'system-unresolved' });
          }
        }
      }
    }
    expect(unresolved.length).toBeGreaterThan(0);
    const byPlace = (a: { file: string; line: number }, b: { file: string; line: number }) => a.file.localeCompare(b.file) || a.line - b.line;
    expect(unresolved.sort(byPlace)).toEqual(expected.defects.map(({ file, line, defect }) => ({ file, line, defect })).sort(byPlace));
  });

  it("agrees on each Group's parent and children", () => {
    const nameOf = (reference: string) => reference.replace(/^.*[:/]/, '');
    const groups = entities.filter((entity) => entity.kind === 'Group');
    for (const group of groups) {
      const children = (group.spec['children'] as string[]).map(nameOf).sort();
      const claiming = groups.filter((other) => other.spec['parent'] !== undefined && nameOf(other.spec['parent'] as string) === group.name).map((other) => other.name).sort();
      expect(children, group.name).toEqual(claiming);
    }
  });
});

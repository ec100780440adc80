import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** Relative specifiers of `import … from`, `export … from`, `import '…'` and `import('…')`, type-only ones included. */
const RELATIVE_IMPORT = /(?:^\s*(?:import|export)\b[^;]*?\bfrom\s*|^\s*import\s*|\bimport\(\s*)'(\.{1,2}\/[^']+)'/gm;

/** Each file of src/ (POSIX, relative to src/) with the files of src/ it imports. */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(SRC, file), 'utf8');
    const imported = [...text.matchAll(RELATIVE_IMPORT)].map((match) => resolve(SRC, dirname(file), match[1]!).replace(/\.js$/, '.ts'));
    graph.set(posix(file), [...new Set(imported.map((path) => posix(relative(SRC, path))))]);
  }
  return graph;
}

function posix(path: string): string {
  return path.replaceAll('\\', '/');
}

/** One cycle for each edge that closes one in a depth-first walk, as the files in order with the first repeated. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string) => {
    onPath.push(file);
    for (const next of graph.get(file) ?? []) {
      const at = onPath.indexOf(next);
      if (at !== -1) cycles.push([...onPath.slice(at), next]);
      else if (!done.has(next)) visit(next);
    }
    onPath.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) if (!done.has(file)) visit(file);
  return cycles;
}

describe('the import graph of src/', () => {
  const graph = importGraph();

  it('is read from every file, and every relative import names a file of src/', () => {
    expect(graph.get('engine/lint.ts')).toContain('parse/parse-files.ts');
    expect(graph.get('cli/run-lint.ts')).toContain('cli/open-cache.ts'); // imported with import()
    const missing = [...graph].flatMap(([file, imported]) => imported.filter((path) => !existsSync(join(SRC, path))).map((path) => `${file} → ${path}`));
    expect(missing).toEqual([]);
  });

  it('has no cycle: each type lives with the stage that produces it', () => {
    const cycles = findCycles(graph).map((cycle) => cycle.join(' → '));
    expect(cycles, `import cycles in src/:\n${cycles.join('\n')}`).toEqual([]);
  });

  it('has no stage importing from src/cli, which is the top of the pipeline', () => {
    const intoCli = [...graph]
      .filter(([file]) => !file.startsWith('cli/'))
      .flatMap(([file, imported]) => imported.filter((path) => path.startsWith('cli/')).map((path) => `${file} → ${path}`));
    expect(intoCli).toEqual([]);
  });
});

describe('the cycle finder of this test', () => {
  it('names each cycle in order, and nothing in a graph without one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['d.ts']],
    ]);
    expect(findCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts'], ['d.ts', 'd.ts']]);
    expect(findCycles(new Map([['a.ts', ['b.ts', 'c.ts']], ['b.ts', ['c.ts']], ['c.ts', []]]))).toEqual([]);
  });
});

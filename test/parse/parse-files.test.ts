import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParseCache as Cache } from '../../src/parse/parse-cache.js';
import type { parseFiles as ParseFiles } from '../../src/parse/parse-files.js';
import { locate } from '../../src/parse/locate.js';
import type { SourceFile } from '../../src/parse/source-file.js';
import { lines } from '../helpers/lines.js';

// Worker threads run the built parse-worker.js, so this tests the build in dist/ (`pretest` builds it).
const dist = (path: string) => import(pathToFileURL(resolve(import.meta.dirname, '../../dist', path)).href);
const { parseFiles } = (await dist('parse/parse-files.js')) as { parseFiles: typeof ParseFiles };
const { ParseCache } = (await dist('parse/parse-cache.js')) as { ParseCache: typeof Cache };

const FILES = [
  { path: 'people.yaml', text: lines('kind: Person', 'id: ada', '---', 'kind: Person', 'id: grace', 'id: grace') },
  { path: 'processes/incident.yaml', text: lines('# govlint-disable process/has-manager -- piloted by one team', 'kind: Process', 'id: incident', 'roles:', '  process-owner: [ada, grace]') },
  { path: 'systems/pos.yaml', text: lines('kind: System', 'id: pos', 'limits: &l', '  budget: .inf', 'same: *l', 'other: *nowhere') },
  { path: 'docs/sla.md', text: lines('---', 'kind: Document', 'id: sla', '---', '# SLA', '', '| Task | ada |', '| --- | --- |', '| Run | R |') },
  { path: 'docs/open.md', text: lines('---', 'kind: Document') },
  { path: 'broken.yaml', text: lines('kind: Person', 'id: "alan') },
  { path: 'crlf.yaml', text: '\uFEFFkind: Person\r\nid: lin\r\n' },
  { path: 'odd.yaml', text: 'x: 1\n', problem: 'This file is not valid UTF-8 (first at line 1): save it as UTF-8; govlint checked it with the bad bytes replaced' },
];

/** Everything a parsed file gives the rest of govlint, positions included. */
function shape(file: SourceFile) {
  return {
    path: file.path,
    text: file.text,
    readProblem: file.readProblem,
    problems: file.problems,
    lines: file.lines.position(file.text.length),
    documents: file.documents.map((document) => ({
      offset: document.offset,
      positions: document.positions,
      data: document.data,
      body: document.body,
      contents: locate(document, []),
    })),
    suppressions: file.suppressions.map(({ file: of, ...suppression }) => ({ ...suppression, file: of.path })),
  };
}

describe('parseFiles', () => {
  it('gives the same files from worker threads as on this thread, in the order given', async () => {
    const here = await parseFiles(FILES, { threads: 1 });
    const workers = await parseFiles(FILES, { threads: 3 });
    expect(here.map((file) => file.path)).toEqual(FILES.map((file) => file.path));
    expect(here[0]!.problems.map((problem) => problem.message)).toEqual(["Duplicate key 'id': a key may appear only once in a mapping; keep one and remove the other"]);
    expect(here[1]!.suppressions).toHaveLength(1);
    expect(workers.map(shape)).toEqual(here.map(shape));
  });

  it('gives the same files from the cache as parsed, when worker threads parsed them', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'govlint-cache-')), 'parsed');
    const here = (await parseFiles(FILES, { threads: 1 })).map(shape);
    const writing = ParseCache.load(file, 'test');
    expect((await parseFiles(FILES, { threads: 3, cache: writing })).map(shape)).toEqual(here);
    writing.save();
    const reading = ParseCache.load(file, 'test');
    expect((await parseFiles(FILES, { threads: 3, cache: reading })).map(shape)).toEqual(here);
    // All but the file read with a problem, which is always parsed.
    expect(FILES.filter(({ path, text }) => reading.get(path, text) !== undefined)).toHaveLength(FILES.length - 1);
  });

  it('reports progress up to every file', async () => {
    for (const threads of [1, 2]) {
      const calls: number[] = [];
      await parseFiles(FILES, { threads, onParsed: (done, total) => calls.push(done / total) });
      expect(calls.at(-1)).toBe(1);
    }
  });
});

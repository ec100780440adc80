import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discoverWithGit, discoverWithGlobby, type DiscoveredFiles } from '../../src/io/discover-files.js';
import { scratchRepo } from '../helpers/scratch-git.js';

const FOLDERS = ['a', 'b', 'docs', '.h', 'node_modules', 'x y', 'é', 'old', 'drafts'];
const FILES = ['p.yaml', 'q.md', 'r.yml', '.s.yaml', 't.txt', 'u.draft.md', 'old'];
const IGNORE_LINES = ['*.draft.md', '!keep.draft.md', 'docs/', '/a', 'b/*.md', 'old', '**/x y/**', 'é/', '*.yml', '!r.yml', 'a/**/q.md', '.h'];
const INCLUDE = ['**/*.yaml', '**/*.md', '**/*.yml', 'docs', '**/old', 'a/**', '*.md', '**/*.{md,yaml}', '.h/**/*.yaml'];
const EXCLUDE = ['drafts', '**/old', 'a/b/**', '**/*.yml', 'docs/*', '{b,é}', 'x y'];
const LINK_TARGETS = ['../p.yaml', 'p.yaml', '/etc/hostname', 'docs', 'nope'];

const path = (folders: number) => fc.array(fc.constantFrom(...FOLDERS), { maxLength: folders });

/** Writes what it can of a random tree: a path that would need a file to be a folder too is left out. */
function build(tree: [string[], string, boolean][], ignores: [string[], string[]][], links: [string[], string, string][]) {
  const repo = scratchRepo();
  const all = tree.map(([folders, file]) => [...folders, file].join('/'));
  const writable = (file: string) => !all.some((other) => other.startsWith(`${file}/`));
  const files = (committed: boolean) =>
    Object.fromEntries(tree.filter(([, , when]) => when === committed).map(([folders, file]) => [[...folders, file].join('/'), 'x\n']).filter(([file]) => writable(file!)));
  repo.write(files(true));
  for (const [folders, lines] of ignores) {
    if (folders.some((_, index) => all.includes(folders.slice(0, index + 1).join('/')))) continue;
    mkdirSync(join(repo.root, ...folders), { recursive: true });
    writeFileSync(join(repo.root, ...folders, '.gitignore'), `${lines.join('\n')}\n`);
  }
  repo.commit('Base', '2026-01-10');
  repo.write(files(false));
  for (const [folders, name, target] of links) {
    try {
      mkdirSync(join(repo.root, ...folders), { recursive: true });
      symlinkSync(target, join(repo.root, ...folders, name));
    } catch {
      // Taken already, or a file where a folder should be.
    }
  }
  return repo;
}

describe('discovery with git', () => {
  it('finds what globby finds in random trees, .gitignore files, links and patterns', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(path(3), fc.constantFrom(...FILES), fc.boolean()), { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(path(2), fc.array(fc.constantFrom(...IGNORE_LINES), { maxLength: 4 })), { maxLength: 3 }),
        fc.array(fc.tuple(path(2), fc.constantFrom('p.yaml', 'l.md'), fc.constantFrom(...LINK_TARGETS)), { maxLength: 3 }),
        fc.array(fc.constantFrom(...INCLUDE), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom(...EXCLUDE), { maxLength: 2 }),
        async (tree, ignores, links, include, exclude) => {
          const repo = build(tree, ignores, links);
          const relativeTo = ({ files, refused }: DiscoveredFiles) => ({
            files: files.map((file) => relative(repo.root, file)),
            refused: [...refused.keys()].map((file) => relative(repo.root, file)),
          });
          const withGit = await discoverWithGit(repo.root, { include, exclude });
          expect(withGit).toBeDefined();
          expect(relativeTo(withGit!)).toEqual(relativeTo(await discoverWithGlobby(repo.root, { include, exclude })));
        },
      ),
      { numRuns: 40 },
    );
  });
});

import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discoverWithGit, discoverWithGlobby, discoverWithWalk, type DiscoveredFiles } from '../../src/io/discover-files.js';
import { scratchRepo } from '../helpers/scratch-git.js';

const SEED = 20261204;
const FOLDERS = ['a', 'b', 'docs', '.h', 'node_modules', 'x y', 'é', 'old', 'drafts'];
const FILES = ['p.yaml', 'q.md', 'r.yml', '.s.yaml', 't.txt', 'u.draft.md', 'old'];
const IGNORE_LINES = ['*.draft.md', '!keep.draft.md', 'docs/', '/a', 'b/*.md', 'old', '**/x y/**', 'é/', '*.yml', '!r.yml', 'a/**/q.md', '.h'];
const INCLUDE = ['**/*.yaml', '**/*.md', '**/*.yml', 'docs', '**/old', 'a/**', '*.md', '**/*.{md,yaml}', '.h/**/*.yaml'];
const EXCLUDE = ['drafts', '**/old', 'a/b/**', '**/*.yml', 'docs/*', '{b,é}', 'x y'];
const LINK_TARGETS = ['../p.yaml', 'p.yaml', '/etc/hostname', 'docs', 'nope'];

const path = (folders: number, names = FOLDERS) => fc.array(fc.constantFrom(...names), { maxLength: folders });

type Tree = [string[], string, boolean][];
type Ignores = [string[], string[]][];
type Links = [string[], string, string][];

/** A scratch repository holding a random tree, with the files marked true and the .gitignore files committed. */
function build(tree: Tree, ignores: Ignores, links: Links) {
  const repo = scratchRepo();
  writeTree(repo.root, tree, ignores, links, () => repo.commit('Base', '2026-01-10'));
  return repo;
}

/**
 * Writes what it can of a random tree (a path that would need a file to be a folder too is left out): the files
 * marked true and the .gitignore files, then, after `between`, the other files and the links.
 */
function writeTree(root: string, tree: Tree, ignores: Ignores, links: Links, between = () => {}) {
  const all = tree.map(([folders, file]) => [...folders, file].join('/'));
  const writable = (file: string) => !all.some((other) => other.startsWith(`${file}/`));
  const write = (first: boolean) => {
    for (const [folders, file, when] of tree) {
      if (when !== first || !writable([...folders, file].join('/'))) continue;
      mkdirSync(join(root, ...folders), { recursive: true });
      writeFileSync(join(root, ...folders, file), 'x\n');
    }
  };
  write(true);
  for (const [folders, lines] of ignores) {
    if (folders.some((_, index) => all.includes(folders.slice(0, index + 1).join('/')))) continue;
    mkdirSync(join(root, ...folders), { recursive: true });
    writeFileSync(join(root, ...folders, '.gitignore'), `${lines.join('\n')}\n`);
  }
  between();
  write(false);
  for (const [folders, name, target] of links) {
    try {
      mkdirSync(join(root, ...folders), { recursive: true });
      symlinkSync(target, join(root, ...folders, name));
    } catch {
      // Taken already, or a file where a folder should be.
    }
  }
}

function relativeTo(root: string, { files, refused }: DiscoveredFiles) {
  return { files: files.map((file) => relative(root, file)), refused: [...refused.keys()].map((file) => relative(root, file)) };
}

describe('discovery with git', () => {
  it(`finds what globby finds in random trees, .gitignore files, links and patterns (fast-check seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(path(3), fc.constantFrom(...FILES), fc.boolean()), { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(path(2), fc.array(fc.constantFrom(...IGNORE_LINES), { maxLength: 4 })), { maxLength: 3 }),
        fc.array(fc.tuple(path(2), fc.constantFrom('p.yaml', 'l.md'), fc.constantFrom(...LINK_TARGETS)), { maxLength: 3 }),
        fc.array(fc.constantFrom(...INCLUDE), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom(...EXCLUDE), { maxLength: 2 }),
        async (tree, ignores, links, include, exclude) => {
          const repo = build(tree, ignores, links);
          const withGit = await discoverWithGit(repo.root, { include, exclude });
          expect(withGit).toBeDefined();
          expect(relativeTo(repo.root, withGit!)).toEqual(relativeTo(repo.root, await discoverWithGlobby(repo.root, { include, exclude })));
        },
      ),
      { numRuns: 40, seed: SEED },
    );
  });
});

// For the walk, the same kinds of names, ordered for it (fast-check picks the first ones most often): folders below
// which globby reads no .gitignore file, rules with trailing spaces and naming folders, a file named in a folder
// an exclude pattern skips, which the walk leaves to globby.
const WALK_FOLDERS = ['coverage', 'a', 'docs', 'b', '.h', 'flow-typed', 'old', 'node_modules', 'é'];
const WALK_IGNORE_LINES = ['q.md', '*.draft.md', '!keep.draft.md', 'docs/ ', '/a', '!old', 'b/*.md', 'old', '*', '!*.yaml', '/b/', 'é/', '*.yml', '!r.yml', 'a/**/q.md', '.h', '!docs', 'coverage/q.md'];
const WALK_INCLUDE = ['**/*.md', 'b/p.yaml', '**/*.yaml', 'coverage/**', '**/*.yml', 'docs', '**/old', 'a/**', '*.md', '**/*.{md,yaml}', '.h/**/*.yaml'];
const WALK_EXCLUDE = ['{b,é}', '**/old', 'docs/*', 'a/b/**', '**/*.yml', 'drafts'];

describe('discovery by walking the folder', () => {
  it(`finds what globby finds in random trees outside Git, from the top or a subfolder, with .gitignore files, links and patterns (fast-check seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(path(3, WALK_FOLDERS), fc.constantFrom(...FILES), fc.boolean()), { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(path(2, WALK_FOLDERS), fc.array(fc.constantFrom(...WALK_IGNORE_LINES), { maxLength: 4 })), { maxLength: 4 }),
        fc.array(fc.tuple(path(2, WALK_FOLDERS), fc.constantFrom('p.yaml', 'l.md'), fc.constantFrom(...LINK_TARGETS)), { maxLength: 3 }),
        fc.array(fc.constantFrom(...WALK_INCLUDE), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom(...WALK_EXCLUDE), { maxLength: 2 }),
        fc.constantFrom('', 'a', 'docs'),
        fc.boolean(),
        async (tree, ignores, links, include, exclude, start, marked) => {
          const top = realpathSync(mkdtempSync(join(tmpdir(), 'govlint-walk-')));
          writeTree(top, tree, ignores, links);
          // A `.git` folder, which git would not take for a repository, makes globby read .gitignore files from the top.
          if (marked) mkdirSync(join(top, '.git'));
          const folder = join(top, start);
          mkdirSync(folder, { recursive: true });
          const walked = await discoverWithWalk(folder, { include, exclude });
          const leftToGlobby = include.includes('b/p.yaml') && exclude.includes('{b,é}');
          expect(walked === undefined).toBe(leftToGlobby);
          if (walked) expect(relativeTo(top, walked)).toEqual(relativeTo(top, await discoverWithGlobby(folder, { include, exclude })));
        },
      ),
      { numRuns: 150, seed: SEED },
    );
  });
});

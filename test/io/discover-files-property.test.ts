import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discoverFiles, type DiscoveredFiles } from '../../src/io/discover-files.js';
import { countingGitBytes, gitIn, initRepo } from '../helpers/scratch-git.js';

const SEED = 20261204;
const FOLDERS = ['a', 'b', 'docs', '.h', 'node_modules', 'x y', 'é', 'old', 'coverage', 'drafts'];
const FILES = ['p.yaml', 'q.md', 'r.yml', '.s.yaml', 't.txt', 'u.draft.md', 'old', 'keep.draft.md'];
const IGNORE_LINES = ['*.draft.md', '!keep.draft.md', 'docs/', '/a', 'b/*.md', 'old', '**/x y/**', 'é/', '*.yml', '!r.yml', 'a/**/q.md', '.h', 'docs/ ', '!old', '*', '!*.yaml', '/b/', '!docs', 'coverage/q.md', '!*/'];
const INCLUDE = ['**/*.yaml', '**/*.md', '**/*.yml', 'docs', '**/old', 'a/**', '*.md', '**/*.{md,yaml}', '.h/**/*.yaml', '!**/q.md', 'b/p.yaml'];
const EXCLUDE = ['drafts', '**/old', 'a/b/**', '**/*.yml', 'docs/*', '{b,é}', 'x y', 'old/'];
const LINK_TARGETS = ['../p.yaml', 'p.yaml', '/etc/hostname', 'docs', 'nope', 'l.md'];

const path = (folders: number, names = FOLDERS) => fc.array(fc.constantFrom(...names), { maxLength: folders });

type Tree = [string[], string, boolean][];
type Ignores = [string[], string[]][];
type Links = [string[], string, string][];

/**
 * Writes what it can of a random tree in a new folder outside Git (a path that would need a file to be a folder too
 * is left out): the files, the .gitignore files and the links. Each file is marked to be tracked or left untracked.
 */
function writeTree(tree: Tree, ignores: Ignores, links: Links): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'govlint-tree-')));
  const all = tree.map(([folders, file]) => [...folders, file].join('/'));
  const writable = (file: string) => !all.some((other) => other.startsWith(`${file}/`));
  for (const [folders, file] of tree) {
    if (!writable([...folders, file].join('/'))) continue;
    mkdirSync(join(root, ...folders), { recursive: true });
    writeFileSync(join(root, ...folders, file), 'x\n');
  }
  for (const [folders, lines] of ignores) {
    if (folders.some((_, index) => all.includes(folders.slice(0, index + 1).join('/')))) continue;
    mkdirSync(join(root, ...folders), { recursive: true });
    writeFileSync(join(root, ...folders, '.gitignore'), `${lines.join('\n')}\n`);
  }
  for (const [folders, name, target] of links) {
    try {
      mkdirSync(join(root, ...folders), { recursive: true });
      symlinkSync(target, join(root, ...folders, name));
    } catch {
      // Taken already, or a file where a folder should be.
    }
  }
  return root;
}

/**
 * Makes the folder a Git working tree: everything .gitignore leaves in is added to the index (tracked, as a commit
 * would leave it), then the files not marked are untracked again.
 */
function trackTree(root: string, tree: Tree): void {
  initRepo(root);
  const git = gitIn(root);
  git(['add', '-A']);
  const untracked = tree.filter(([, , tracked]) => !tracked).map(([folders, file]) => [...folders, file].join('/'));
  if (untracked.length > 0) git(['rm', '-q', '-r', '--cached', '--ignore-unmatch', '--', ...untracked]);
}

function relativeTo(root: string, { files, refused }: DiscoveredFiles) {
  return { files: files.map((file) => relative(root, file)), refused: [...refused.keys()].map((file) => relative(root, file)) };
}

describe('discovery inside and outside Git', () => {
  it(`lists the same files for a random tree outside Git and as a working tree, from the top or a subfolder (fast-check seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(path(3), fc.constantFrom(...FILES), fc.boolean()), { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(path(2), fc.array(fc.constantFrom(...IGNORE_LINES), { maxLength: 4 })), { maxLength: 4 }),
        fc.array(fc.tuple(path(2), fc.constantFrom('p.yaml', 'l.md'), fc.constantFrom(...LINK_TARGETS)), { maxLength: 3 }),
        fc.array(fc.constantFrom(...INCLUDE), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom(...EXCLUDE), { maxLength: 2 }),
        fc.constantFrom('', 'a', 'docs'),
        async (tree, ignores, links, include, exclude, start) => {
          const root = writeTree(tree, ignores, links);
          try {
            const folder = join(root, start);
            mkdirSync(folder, { recursive: true });
            const { git, calls } = countingGitBytes();
            const outside = relativeTo(root, await discoverFiles(folder, { include, exclude }, git));
            expect(calls).toEqual([]);
            trackTree(root, tree);
            const inside = relativeTo(root, await discoverFiles(folder, { include, exclude }, git));
            expect(calls.map(([command]) => command)).toEqual(['ls-files']);
            expect(inside).toEqual(outside);
          } finally {
            rmSync(root, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 30, seed: SEED },
    );
  }, 60_000);
});

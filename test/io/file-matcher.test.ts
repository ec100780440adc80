import { describe, expect, it } from 'vitest';
import { fileMatcher, patternProblem, type Discovery } from '../../src/io/file-matcher.js';

const DEFAULT: Discovery = { include: ['**/*.yaml', '**/*.yml', '**/*.md'], exclude: [] };

const PATHS = [
  'a.yaml',
  'b.yml',
  'c.md',
  'notes.txt',
  'docs/d.md',
  'docs/sub/e.yaml',
  'docs/.f.md',
  'docs/.dotted/g.md',
  '.h.yaml',
  '.hidden/i.yaml',
  '.well-known/j.yaml',
  'node_modules/k.md',
  'docs/node_modules/l.md',
  '.github/workflows/m.yaml',
  '.git/n.yaml',
  '.govlint-cache/o.yaml',
  'drafts/p.yaml',
  'team/old/q.yaml',
  'old',
  'x.md/r.yaml',
  'team-7.yaml',
  'team-12.yaml',
];

/** The paths of PATHS the patterns select. */
function selected(discovery: Discovery): string[] {
  const { matches } = fileMatcher(discovery);
  return PATHS.filter(matches);
}

describe('fileMatcher', () => {
  it('reads what the include patterns match, never hidden files, node_modules, .git nor .github', () => {
    expect(selected(DEFAULT)).toEqual(['a.yaml', 'b.yml', 'c.md', 'docs/d.md', 'docs/sub/e.yaml', 'drafts/p.yaml', 'team/old/q.yaml', 'x.md/r.yaml', 'team-7.yaml', 'team-12.yaml']);
  });

  it('takes a pattern that matches a folder for everything in it, in include and exclude, but for hidden files', () => {
    expect(selected({ include: ['docs'], exclude: [] })).toEqual(['docs/d.md', 'docs/sub/e.yaml']);
    expect(selected({ include: ['**/*.md'], exclude: [] })).toEqual(['c.md', 'docs/d.md', 'x.md/r.yaml']);
    expect(selected({ include: ['**/*.yaml'], exclude: ['drafts', '**/old', 'docs/*'] })).toEqual(['a.yaml', 'x.md/r.yaml', 'team-7.yaml', 'team-12.yaml']);
    // A trailing slash names folders only.
    expect(selected({ include: ['**/*'], exclude: ['old/', 'x.md/'] })).toEqual(PATHS.filter((path) => !/(^|\/)[.]|node_modules|^x\.md/.test(path)));
  });

  it('reads hidden files and folders only where an include pattern spells their dot', () => {
    expect(selected({ include: ['.hidden/**', '.h.yaml'], exclude: [] })).toEqual(['.h.yaml', '.hidden/i.yaml']);
    expect(selected({ include: ['{.well-known,docs}/*.yaml', '**/*.md'], exclude: [] })).toEqual(['c.md', 'docs/d.md', '.well-known/j.yaml', 'x.md/r.yaml']);
    expect(selected({ include: ['**/.*/**/*.yaml'], exclude: [] })).toEqual(['.hidden/i.yaml', '.well-known/j.yaml', '.govlint-cache/o.yaml']);
    expect(selected({ include: ['**/.h.yaml', '.github/**', '.git/**'], exclude: [] })).toEqual(['.h.yaml']);
    expect(selected({ include: ['**/.*'], exclude: [] })).toEqual(['docs/.f.md', 'docs/.dotted/g.md', '.h.yaml', '.hidden/i.yaml', '.well-known/j.yaml', '.govlint-cache/o.yaml']);
  });

  it('expands brace groups, nested ones and ranges', () => {
    expect(selected({ include: ['*.{yaml,yml}'], exclude: [] })).toEqual(['a.yaml', 'b.yml', 'team-7.yaml', 'team-12.yaml']);
    expect(selected({ include: ['{a,{b,c}}.*'], exclude: [] })).toEqual(['a.yaml', 'b.yml', 'c.md']);
    expect(selected({ include: ['team-{1..9}.yaml', '{docs,team}/**/*.{md,yaml}'], exclude: ['{team/old,docs/sub}'] })).toEqual(['docs/d.md', 'team-7.yaml']);
  });

  it('leaves out what an include pattern starting with ! matches', () => {
    expect(selected({ include: ['**/*.yaml', '!drafts/**', '!team-*'], exclude: [] })).toEqual(['a.yaml', 'docs/sub/e.yaml', 'team/old/q.yaml', 'x.md/r.yaml']);
    expect(selected({ include: ['!a.yaml'], exclude: [] })).toEqual([]);
    expect(selected({ include: [], exclude: [] })).toEqual([]);
  });

  it('skips exactly the folders below which no file can match', () => {
    const { skipsFolder } = fileMatcher({ include: ['**/*.yaml'], exclude: ['drafts', '**/old', 'docs/*'] });
    expect(['drafts', 'team/old', 'docs/sub', 'docs', 'team', 'node_modules', 'a/node_modules', '.git', '.hidden', 'docs/.dotted', '.govlint-cache'].filter(skipsFolder)).toEqual([
      'drafts',
      'team/old',
      'docs/sub',
      'node_modules',
      'a/node_modules',
      '.git',
      '.hidden',
      'docs/.dotted',
      '.govlint-cache',
    ]);
    const named = fileMatcher({ include: ['.hidden/**'], exclude: [] });
    expect(['.hidden', '.govlint-cache', '.github', 'node_modules'].filter(named.skipsFolder)).toEqual(['.github', 'node_modules']);
  });
});

describe('patternProblem', () => {
  it('refuses patterns that cannot name a path from the root, and ! in exclude', () => {
    expect(['**/*.yaml', '!drafts/**', 'docs/', '{a,b}/*.md', '.well-known/**'].map((pattern) => patternProblem(pattern, 'include'))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(patternProblem('', 'include')).toBe('is empty');
    expect(patternProblem('!', 'include')).toBe('is empty');
    expect(patternProblem('!drafts/**', 'exclude')).toBe("starts with '!', which only include patterns may: list the files to keep in include");
    expect(patternProblem('/people/*.yaml', 'include')).toBe('starts with /: patterns are relative to the root, write it without the slash');
    for (const pattern of ['./people/*.yaml', '../other/*.yaml', 'docs/../x.md', 'docs/.']) {
      expect(patternProblem(pattern, 'exclude')).toBe("holds a '.' or '..' part: patterns are relative to the root and cannot leave it, write the path from the root");
    }
  });
});

import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LinkInTheWay, makeFolders, namedFolder, writeSafely } from '../../src/io/safe-write.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'govlint-safe-write-'));
  folders.push(folder);
  return folder;
}

describe('writeSafely', () => {
  it('replaces a file through a temporary file of a random name, leaving none behind, with the permissions of a new file', () => {
    const base = scratch();
    const file = join(base, 'reports', 'govlint.sarif');
    expect(writeSafely(base, file, 'first\n', true)).toBe(true);
    expect(writeSafely(base, file, 'second\n', true)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('second\n');
    expect(readdirSync(join(base, 'reports'))).toEqual(['govlint.sarif']);
    expect(statSync(file).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it('never follows a link planted under the name a temporary file once had', () => {
    const base = scratch();
    const victim = join(scratch(), 'victim');
    writeFileSync(victim, 'untouched\n');
    symlinkSync(victim, join(base, `parsed.${process.pid}.tmp`));
    writeSafely(base, join(base, 'parsed'), 'cache\n', true);
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    expect(readFileSync(join(base, 'parsed'), 'utf8')).toBe('cache\n');
  });

  it('refuses the file, or a folder on the way below the base, when it is a symbolic link, even one that points nowhere', () => {
    const base = scratch();
    const outside = scratch();
    symlinkSync(join(outside, 'victim'), join(base, 'baseline.json'));
    symlinkSync(outside, join(base, 'reports'));
    for (const [file, link] of [['baseline.json', 'baseline.json'], ['reports/a/out.json', 'reports']]) {
      expect(() => writeSafely(base, join(base, file!), 'x', true)).toThrow(new LinkInTheWay(join(base, file!), join(base, link!)));
      expect(() => writeSafely(base, join(base, file!), 'x', false)).toThrow(LinkInTheWay);
    }
    expect(readdirSync(outside)).toEqual([]);
    expect(lstatSync(join(base, 'baseline.json')).isSymbolicLink()).toBe(true);
  });

  it('writes to a device in place, never putting a plain file where it is', () => {
    expect(writeSafely('/dev', '/dev/null', 'report\n', true)).toBe(true);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('without replace, writes nothing over a file that is there, and says so', () => {
    const base = scratch();
    writeFileSync(join(base, 'people.yaml'), 'ours\n');
    expect(writeSafely(base, join(base, 'people.yaml'), 'theirs\n', false)).toBe(false);
    expect(writeSafely(base, join(base, 'teams.yaml'), 'new\n', false)).toBe(true);
    expect(readFileSync(join(base, 'people.yaml'), 'utf8')).toBe('ours\n');
    expect(readFileSync(join(base, 'teams.yaml'), 'utf8')).toBe('new\n');
  });
});

describe('makeFolders', () => {
  it('creates the folders missing below the base and above it, and returns those below it that it created', () => {
    const parent = scratch();
    const base = join(parent, 'named');
    mkdirSync(join(parent, 'named', 'a'), { recursive: true });
    expect(makeFolders(base, join(base, 'a', 'b', 'c'))).toEqual([join(base, 'a', 'b'), join(base, 'a', 'b', 'c')]);
    expect(makeFolders(join(parent, 'new'), join(parent, 'new', 'x'))).toEqual([join(parent, 'new'), join(parent, 'new', 'x')]);
  });
});

describe('namedFolder', () => {
  it('is the working folder for a path inside it, else the folder the path names', () => {
    expect(namedFolder('reports/govlint.sarif', '/work/repo')).toBe('/work/repo');
    expect(namedFolder('/work/repo/a/b.json', '/work/repo')).toBe('/work/repo');
    expect(namedFolder('../out/b.json', '/work/repo')).toBe('/work/out');
    expect(namedFolder('/tmp/out/b.json', '/work/repo')).toBe('/tmp/out');
  });
});

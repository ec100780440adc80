import { relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/io/read-files.js';

const SEED = 20261204;

describe('displayPath', () => {
  it(`gives a file under the working folder from there, and any other path as path.relative does (fast-check seed ${SEED})`, () => {
    expect(displayPath('/repo/docs/a b.md', '/repo')).toBe('docs/a b.md');
    expect(displayPath('/repo/docs/a.md', '/repo/')).toBe('docs/a.md');
    expect(displayPath('/repos/a.md', '/repo')).toBe('../repos/a.md');
    expect(displayPath('/repo/x/../.hidden/./a.md', '/repo')).toBe('.hidden/a.md');
    expect(displayPath('/repo/docs/', '/')).toBe('repo/docs');
    const segment = fc.constantFrom('repo', 'docs', 'a.md', '.', '..', '', '.h', 'x y');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.array(segment, { maxLength: 3 }), (file, cwd) => {
        const [absolute, folder] = [`/${file.join('/')}`, `/${cwd.join('/')}`];
        expect(displayPath(absolute, folder)).toBe(relative(folder, absolute));
      }),
      { numRuns: 1000, seed: SEED },
    );
  });
});

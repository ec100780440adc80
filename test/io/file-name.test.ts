import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileSystemPath, gitSpelling, nameFromBytes } from '../../src/io/file-name.js';

const SEED = 20261204;

describe('file names read as bytes', () => {
  it('keep a UTF-8 name as the plain string, the file system path included', () => {
    for (const name of ['plain.yaml', 'équipe/ünïcode.md', 'emoji 😀.yaml', 'a \uFFFD in the name.md']) {
      const decoded = nameFromBytes(Buffer.from(name, 'utf8'));
      expect(decoded).toBe(name);
      expect(fileSystemPath(decoded)).toBe(name);
      expect(gitSpelling(decoded)).toBe(name);
    }
  });

  it('keep each bad byte of any other name, so that the path gives back the same bytes and two names stay two', () => {
    const latin1 = nameFromBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const other = nameFromBytes(Buffer.from([0x63, 0x61, 0x66, 0xe8]));
    expect(latin1).toBe('caf\uDCE9');
    expect(other).not.toBe(latin1);
    expect(fileSystemPath(`/repo/${latin1}.yaml`)).toEqual(Buffer.from([...Buffer.from('/repo/caf'), 0xe9, ...Buffer.from('.yaml')]));
    // A truncated sequence, an overlong one and an encoded surrogate: bytes that no valid UTF-8 holds.
    expect(nameFromBytes(Buffer.from([0x78, 0xe2, 0x82, 0x2e]))).toBe('x\uDCE2\uDC82.');
    expect(nameFromBytes(Buffer.from([0xc0, 0xaf]))).toBe('\uDCC0\uDCAF');
    expect(nameFromBytes(Buffer.from([0xed, 0xa0, 0x80]))).toBe('\uDCED\uDCA0\uDC80');
  });

  it(`give back the bytes they were read from, and show as Node decodes them (fast-check seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 24 }), (array) => {
        const bytes = Buffer.from(array);
        const name = nameFromBytes(bytes);
        const path = fileSystemPath(name);
        expect(Buffer.isBuffer(path) ? path : Buffer.from(path, 'utf8')).toEqual(bytes);
        expect(gitSpelling(name)).toBe(bytes.toString('utf8'));
      }),
      { numRuns: 2000, seed: SEED },
    );
  });
});

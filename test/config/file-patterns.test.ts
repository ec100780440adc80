import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve-config.js';

const ROOT = resolve(import.meta.dirname, '../..');

function resolved(config: { include?: string[]; exclude?: string[] }) {
  return resolveConfig({ config, file: '.govlintrc.yaml', baseDir: ROOT, allowCode: true });
}

describe("the config's include and exclude patterns", () => {
  it('are refused, naming the key and the pattern, when they cannot name a path from the root', async () => {
    await expect(resolved({ include: ['**/*.yaml', './people/*.yaml'] })).rejects.toThrow(
      ".govlintrc.yaml: include pattern './people/*.yaml' holds a '.' or '..' part: patterns are relative to the root and cannot leave it, write the path from the root",
    );
    await expect(resolved({ exclude: ['/drafts'] })).rejects.toThrow(".govlintrc.yaml: exclude pattern '/drafts' starts with /: patterns are relative to the root, write it without the slash");
    await expect(resolved({ exclude: ['!keep.yaml'] })).rejects.toThrow(
      ".govlintrc.yaml: exclude pattern '!keep.yaml' starts with '!', which only include patterns may: list the files to keep in include",
    );
  });

  it('are kept as given otherwise, a negated include pattern too', async () => {
    expect(await resolved({ include: ['**/*.yaml', '!drafts/**'], exclude: ['old/'] })).toMatchObject({ include: ['**/*.yaml', '!drafts/**'], exclude: ['old/'] });
  });
});

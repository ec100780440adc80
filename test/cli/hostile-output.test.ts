import { rmSync } from 'node:fs';
import { marked } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const ESC = '\u001b';
const IMG_FILE = 'a\\|<img src=x onerror=alert(1)>.yaml';

/**
 * A repo whose file names, keys and values carry attacks on the output: a file name and a role key that hold `\|`
 * and an HTML tag (to split a Markdown table cell and put the tag in the page), an ESC sequence in a value, and a
 * Person id with a zero-width space that reads like the misspelt reference to it.
 */
const HOSTILE = {
  'people.yaml': 'kind: Person\nid: "ad\\u200ba"\n',
  'pos.yaml': 'kind: System\nid: pos\nlifecycle: planned\nroles:\n  system-owner: ada\n  "x\\\\|<img src=x onerror=alert(2)>": nobody\n',
  [IMG_FILE]: 'kind: System\nid: crm\nlifecycle: planned\nroles:\n  system-owner: "\\e[31m|x"\n',
};

describe('output of a repo that carries attacks in file names, keys and values', () => {
  const root = makeRepo(HOSTILE);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('markdown: every finding keeps its six cells and no HTML tag reaches the rendered summary', async () => {
    const { code, stdout } = await runInProcess(['check', '-f', 'markdown'], root);
    expect(code).toBe(1);
    expect(stdout).toContain(`| error | a\\\\\\|\\<img src=x onerror=alert(1)\\>.yaml | 5 |`);
    expect(stdout).toContain("System 'pos': \\`roles.x\\\\\\|\\<img src=x onerror=alert(2)\\>\\` names 'nobody'");
    const html = marked.parse(stdout, { async: false, gfm: true });
    expect(html).not.toMatch(/<img|<\/?[a-z]+ [^>]*on[a-z]+=/i);
    expect(html).not.toContain(ESC);
    expect(html).not.toContain('\u200b');
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((match) => [...match[1]!.matchAll(/<t[dh][^>]*>/g)].length);
    expect(rows).toEqual([6, 6, 6, 6, 6, 6]);
    expect(html).toContain('<td>a\\|&lt;img src=x onerror=alert(1)&gt;.yaml</td>');
  });

  it('text: the ESC sequence and the zero-width space show as escapes, so the lookalike id reads differently', async () => {
    const { stdout } = await runInProcess(['check'], root);
    expect(stdout).toContain("  5:17  error  System 'crm': `roles.system-owner` names '\\x1b[31m|x', but there is no Person with that id.  refs/resolve\n");
    expect(stdout).toContain("names 'ada', but there is no Person with that id (did you mean 'ad\\u200ba'?).  refs/resolve\n");
    expect(stdout).not.toContain(ESC);
    expect(stdout).not.toContain('\u200b');
  });

  it('github: the annotations carry no control or zero-width character', async () => {
    const { stdout } = await runInProcess(['check', '-f', 'github'], root);
    expect(stdout).toContain("::error file=a\\|<img src=x onerror=alert(1)>.yaml,line=5,col=17,endLine=5,endColumn=27,title=refs/resolve::System 'crm': `roles.system-owner` names '\\x1b[31m|x', but there is no Person with that id.\n");
    expect(stdout).toContain("(did you mean 'ad\\u200ba'?).\n");
    expect(stdout).not.toContain(ESC);
    expect(stdout).not.toContain('\u200b');
  });
});

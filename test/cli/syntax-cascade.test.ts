import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { lines } from '../helpers/lines.js';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const PEOPLE = ['ada', 'grace', 'alan', 'edsger', 'barbara', 'donald', 'frances'];

/** Seven people, the third of them with a quote on line 10 that is never closed. */
const BROKEN_PEOPLE = lines(
  ...PEOPLE.flatMap((id, index) => [
    ...(index > 0 ? ['---'] : []),
    'kind: Person',
    id === 'alan' ? 'name: "Alan Turing' : `name: ${id[0]!.toUpperCase()}${id.slice(1)}`,
    `id: ${id}`,
  ]),
);

describe('one syntax error in a file of people', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('is reported where the quote opens, and the references to its people are not called missing', async () => {
    const root = makeRepo({ 'people.yaml': BROKEN_PEOPLE, 'team.yaml': lines('kind: Team', 'id: core', `members: [${PEOPLE.join(', ')}]`) });
    roots.push(root);
    expect(BROKEN_PEOPLE.split('\n')[9]).toBe('name: "Alan Turing');
    const result = await runInProcess(['check'], root);
    expect(result).toEqual({
      code: 1,
      stdout: lines(
        'people.yaml',
        '  10:7  error  The " that opens this value is never closed, so everything after it is read as part of the value: end the value with ", or remove the opening one  yaml/syntax',
        '',
        'team.yaml',
        "  3:23  error  Team 'core': `members[2]` names 'alan', which may be the id of an entity in people.yaml, but that file does not parse, so this reference and 4 others to ids in it could not be checked: fix people.yaml first.  refs/resolve",
        '',
        '✖ 2 problems (2 errors, 0 warnings, 0 notes) in 3 entities in 2 files.',
      ),
      stderr: '',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { validateSarif } from '../helpers/validate-sarif.js';

const FILES = { 'my docs/a #1 %.yaml': 'kind: Person\n', 'équipe/ünïcode.yaml': 'kind: Person\n' };

describe('file names with spaces, #, % and non-ASCII characters', () => {
  it('are readable in text output', async () => {
    const { stdout } = await runInProcess(['check'], makeRepo(FILES));
    expect(stdout.startsWith('my docs/a #1 %.yaml\n')).toBe(true);
    expect(stdout).toContain('\néquipe/ünïcode.yaml\n');
  });

  it('are percent-encoded in SARIF URIs, which still validate', async () => {
    const sarif = JSON.parse((await runInProcess(['check', '-f', 'sarif'], makeRepo(FILES))).stdout);
    expect(validateSarif(sarif)).toEqual([]);
    const uris = sarif.runs[0].results.map((result: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => result.locations[0]!.physicalLocation.artifactLocation.uri);
    expect([...new Set(uris)]).toEqual(['my%20docs/a%20%231%20%25.yaml', '%C3%A9quipe/%C3%BCn%C3%AFcode.yaml']);
  });
});

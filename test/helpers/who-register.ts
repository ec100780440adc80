import { lines } from './lines.js';

/**
 * A small register in which 'ada' holds a system (its owner), a risk's system-owner side, a column of a YAML RACI
 * and of a Markdown one, a team place (before another member, whose place then moves up) and another's deputy.
 */
export const REGISTER: Record<string, string> = {
  'people.yaml': lines(
    'kind: Person',
    'id: ada',
    'name: Ada Lovelace',
    'email: ada@example.com',
    'team: platform',
    '---',
    'kind: Person',
    'id: grace',
    'name: Grace Hopper',
    'email: grace@example.com',
    'team: platform',
    'deputy: ada',
    '---',
    'kind: Person',
    'id: linus',
    'name: Linus Torvalds',
    'team: kernel',
  ),
  'teams.yaml': lines('kind: Team', 'id: platform', 'members:', '  - ada', '  - linus', '---', 'kind: Team', 'id: kernel', 'members: [linus]'),
  'payments.yaml': lines('kind: Program', 'id: payments', 'roles:', '  program-manager: grace', 'systems: [pos]'),
  'pos.yaml': lines('kind: System', 'id: pos', 'roles:', '  system-owner: ada'),
  'risks.yaml': lines(
    'kind: Risk',
    'id: risk-outage',
    'system: pos',
    'program: payments',
    'severity: high',
    'likelihood: possible',
    'roles:',
    '  program-manager: grace',
    '  system-owner: ada',
  ),
  'release.yaml': lines(
    'kind: Raci',
    'id: release-raci',
    'scope: payments',
    'parties: [grace, ada, linus]',
    'tasks:',
    '  - name: Approve the release',
    '    critical: true',
    '    assignments: { grace: C, ada: A, linus: R }',
    '  - name: Deploy',
    '    assignments: { grace: A, ada: R, linus: C }',
  ),
  'cutover.md': lines(
    '---',
    'kind: Raci',
    'id: cutover-raci',
    'scope: pos',
    '---',
    '# Cut-over',
    '',
    '| Task | ada | grace | linus |',
    '|------|-----|-------|-------|',
    '| Plan the cut-over | A/R | C | I |',
    '| Run the cut-over | I | A | R |',
  ),
};

/** The same register with 'ada' removed by hand, as an offboarding would edit it: what --leaving must foresee. */
export const WITHOUT_ADA: Record<string, string> = {
  ...REGISTER,
  'people.yaml': REGISTER['people.yaml']!.split('---\n').slice(1).join('---\n').replace('deputy: ada\n', ''),
  'teams.yaml': REGISTER['teams.yaml']!.replace('  - ada\n', ''),
  'pos.yaml': lines('kind: System', 'id: pos', 'roles: {}'),
  'risks.yaml': REGISTER['risks.yaml']!.replace('  system-owner: ada\n', ''),
  'release.yaml': REGISTER['release.yaml']!.replace('[grace, ada, linus]', '[grace, linus]').replace(' ada: A,', '').replace(' ada: R,', ''),
  'cutover.md': REGISTER['cutover.md']!
    .replace('| Task | ada | grace | linus |', '| Task | grace | linus |')
    .replace('|------|-----|-------|-------|', '|------|-------|-------|')
    .replace('| Plan the cut-over | A/R | C | I |', '| Plan the cut-over | C | I |')
    .replace('| Run the cut-over | I | A | R |', '| Run the cut-over | A | R |'),
};

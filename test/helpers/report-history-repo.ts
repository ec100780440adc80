import { lines } from './lines.js';
import { scratchRepo, type ScratchRepo } from './scratch-git.js';

/**
 * A register committed over three months: in September a System without an owner (an error), fixed in October, and
 * in November a second System, again without one; a commit after the day the report is made is not read.
 */
export function historyRepo(): ScratchRepo {
  const repo = scratchRepo({ '.govlintrc.yaml': 'extends: govlint:recommended\n', 'people.yaml': lines('kind: Person', 'id: ada', 'name: Ada Lovelace') });
  repo.write({ 'pos.yaml': lines('kind: System', 'id: pos') });
  repo.commit('Add pos', '2026-09-10');
  repo.write({ 'pos.yaml': lines('kind: System', 'id: pos', 'roles: { system-owner: ada }') });
  repo.commit('Own pos', '2026-10-03');
  repo.write({ 'web.yaml': lines('kind: System', 'id: web') });
  repo.commit('Add web', '2026-11-05');
  repo.write({ 'web.yaml': lines('kind: System', 'id: web', 'roles: { system-owner: ada }') });
  repo.commit('Own web, later', '2026-12-01');
  return repo;
}

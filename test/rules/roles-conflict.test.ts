import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/roles-conflict.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'roles/conflict';
const PEOPLE = { 'people.yaml': lines('kind: Person', 'id: priya', '---', 'kind: Person', 'id: elena', '---', 'kind: Person', 'id: nadia') };
const WHY =
  'the program manager pushes delivery (schedule, budget) while the system owner guards the system’s long-term health, security and compliance, so one person in both has a conflict of interest: give one of the roles to someone else.';
const RISK_WHY =
  'a joint risk is owned from two sides, the program’s and the system’s, so that both perspectives weigh it; one person in both leaves one unheard: give one of the roles to someone else.';
const PRODUCT_WHY =
  'the product manager looks outward (vision, roadmap, stakeholders) and the product owner inward (the backlog, the team’s priorities), and one person doing both rarely has the time for either: give one of the roles to someone else.';

type Pair = { roles: string[]; scope: string; kinds?: string[] };

function lint(files: Record<string, string>, pairs?: Pair[]) {
  const options: Record<string, Record<string, unknown>> = pairs === undefined ? {} : { [RULE]: { pairs } };
  return findingsOf(lintFiles({ ...PEOPLE, ...files }, { rules: [rule], options }), RULE);
}

function check(files: Record<string, string>, pairs?: Pair[]) {
  return lint(files, pairs).map(brief);
}

function finding(file: string, [line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { ruleId: RULE, file, line, column, endLine, endColumn, message };
}

function program(manager: string, ...rows: string[]) {
  return { 'programs/omnichannel.yaml': lines('kind: Program', 'id: omnichannel', 'roles:', `  program-manager: ${manager}`, ...rows) };
}

function system(owner: string, ...rows: string[]) {
  return { 'systems/pos.yaml': lines('kind: System', 'id: pos', ...rows, 'roles:', `  system-owner: ${owner}`) };
}

const POS_CONFLICT_OWN_LINK = `System 'pos' has 'priya' as system owner, who is also program manager of Program 'omnichannel', named in its \`program\`: ${WHY}`;

describe('roles/conflict', () => {
  describe('valid', () => {
    it('accepts a program manager and a system owner who are different people', () => {
      expect(check({ ...program('priya', 'systems: [pos]'), ...system('elena', 'program: omnichannel') })).toEqual([]);
    });

    it("accepts a program manager who owns a system of no program of theirs", () => {
      const files = {
        ...program('priya'),
        ...system('priya', 'program: stores'),
        'programs/stores.yaml': lines('kind: Program', 'id: stores', 'roles:', '  program-manager: nadia'),
      };
      expect(check(files)).toEqual([]);
    });

    it('accepts a risk owned by two people', () => {
      const risk = { 'risks/outage.yaml': lines('kind: Risk', 'id: outage', 'roles:', '  program-manager: priya', '  system-owner: elena') };
      expect(check(risk)).toEqual([]);
    });

    it('leaves pairs that are not configured alone: a product manager may be its product owner by default', () => {
      const product = { 'products/app.yaml': lines('kind: Product', 'id: app', 'roles:', '  product-manager: nadia', '  product-owner: nadia') };
      expect(check(product)).toEqual([]);
    });

    it('by default links only Programs and Systems: a risk naming the program is not a conflict here', () => {
      const files = { ...program('priya'), 'risks/outage.yaml': lines('kind: Risk', 'id: outage', 'program: omnichannel', 'roles:', '  system-owner: priya') };
      expect(check(files)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it("reports the program manager owning one of the program's systems once, though the link is written both ways", () => {
      const findings = lint({ ...program('priya', 'systems: [pos]'), ...system('priya', 'program: omnichannel') });
      expect(findings.map(brief)).toEqual([finding('systems/pos.yaml', [5, 17, 5, 22], POS_CONFLICT_OWN_LINK)]);
      expect(findings[0]!.related).toEqual([
        {
          file: 'programs/omnichannel.yaml',
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 25,
          message: "Program 'omnichannel' has 'priya' as program manager here.",
        },
      ]);
    });

    it('reports a system that only the program lists, naming the link', () => {
      expect(check({ ...program('priya', 'systems:', '  - web', '  - pos'), ...system('[elena, priya]') })).toEqual([
        finding(
          'systems/pos.yaml',
          [4, 25, 4, 30],
          `System 'pos' has 'priya' as system owner, who is also program manager of Program 'omnichannel', which names it in \`systems\`: ${WHY}`,
        ),
      ]);
    });

    it('reports each system of the program the program manager owns', () => {
      const files = {
        ...program('priya', 'systems: [pos, web]'),
        ...system('priya'),
        'systems/web.yaml': lines('kind: System', 'id: web', 'program: omnichannel', 'roles:', '  system-owner: [priya]'),
      };
      expect(check(files)).toEqual([
        finding(
          'systems/pos.yaml',
          [4, 17, 4, 22],
          `System 'pos' has 'priya' as system owner, who is also program manager of Program 'omnichannel', which names it in \`systems\`: ${WHY}`,
        ),
        finding('systems/web.yaml', [5, 18, 5, 23], POS_CONFLICT_OWN_LINK.replace("'pos'", "'web'")),
      ]);
    });

    it('reports a risk owned from both sides by one person, on the system owner, with the program manager as related', () => {
      const findings = lint({ 'risks/outage.yaml': lines('kind: Risk', 'id: outage', 'roles:', '  program-manager: priya', '  system-owner: [elena, priya]') });
      expect(findings.map(brief)).toEqual([
        finding('risks/outage.yaml', [5, 25, 5, 30], `Risk 'outage' has 'priya' as both program manager and system owner: ${RISK_WHY}`),
      ]);
      expect(findings[0]!.related).toEqual([
        { file: 'risks/outage.yaml', line: 4, column: 20, endLine: 4, endColumn: 25, message: "Risk 'outage' has 'priya' as program manager here." },
      ]);
    });
  });

  describe('options', () => {
    it('adds a pair on the same Product, and a list replaces the default pairs', () => {
      const files = {
        ...program('priya', 'systems: [pos]'),
        ...system('priya'),
        'products/app.yaml': lines('kind: Product', 'id: app', 'roles:', '  product-manager: nadia', '  product-owner: nadia'),
      };
      expect(check(files, [{ roles: ['product-manager', 'product-owner'], scope: 'same', kinds: ['Product'] }])).toEqual([
        finding('products/app.yaml', [5, 18, 5, 23], `Product 'app' has 'nadia' as both product manager and product owner: ${PRODUCT_WHY}`),
      ]);
    });

    it('links entities of every kind when a related pair has no `kinds`', () => {
      const files = { ...program('priya'), 'risks/outage.yaml': lines('kind: Risk', 'id: outage', 'program: omnichannel', 'roles:', '  system-owner: priya') };
      expect(check(files, [{ roles: ['program-manager', 'system-owner'], scope: 'related' }])).toEqual([
        finding(
          'risks/outage.yaml',
          [5, 17, 5, 22],
          `Risk 'outage' has 'priya' as system owner, who is also program manager of Program 'omnichannel', named in its \`program\`: ${WHY}`,
        ),
      ]);
    });

    it('reports on the second role of the pair, and once when two pairs find the same conflict', () => {
      const files = { ...program('priya', 'systems: [pos]'), ...system('priya') };
      const reversed = { roles: ['system-owner', 'program-manager'], scope: 'related', kinds: ['Program', 'System'] };
      const expected = finding(
        'programs/omnichannel.yaml',
        [4, 20, 4, 25],
        `Program 'omnichannel' has 'priya' as program manager, who is also system owner of System 'pos', named in its \`systems\`: ${WHY}`,
      );
      expect(check(files, [reversed])).toEqual([expected]);
      expect(check(files, [reversed, { ...reversed, kinds: undefined }, { roles: ['program-manager', 'system-owner'], scope: 'related' }])).toEqual([expected]);
    });

    it('ends the message with the reason of the pair: its own `why`, or the generic one for roles govlint does not know', () => {
      const files = {
        'roles.yaml': lines('kind: Role', 'id: change-approver', '---', 'kind: Role', 'id: change-implementer'),
        'processes/change.yaml': lines('kind: Process', 'id: change', 'roles:', '  change-approver: nadia', '  change-implementer: nadia'),
      };
      const pair = { roles: ['change-approver', 'change-implementer'], scope: 'same' };
      const message = (why: string) => `Process 'change' has 'nadia' as both change approver and change implementer: ${why}`;
      expect(check(files, [pair])).toEqual([
        finding('processes/change.yaml', [5, 23, 5, 28], message('the two roles are meant to check each other: give one of them to someone else.')),
      ]);
      const why = 'nobody approves their own change (ITIL): let another approver decide.';
      expect(check(files, [{ ...pair, why } as Pair])).toEqual([finding('processes/change.yaml', [5, 23, 5, 28], message(why))]);
    });

    it('turns a pair off for the kinds it does not name', () => {
      const risk = { 'risks/outage.yaml': lines('kind: Risk', 'id: outage', 'roles:', '  program-manager: priya', '  system-owner: priya') };
      expect(check(risk, [{ roles: ['program-manager', 'system-owner'], scope: 'same', kinds: ['Program'] }])).toEqual([]);
      expect(check(risk, [{ roles: ['program-manager', 'system-owner'], scope: 'same' }])).toHaveLength(1);
    });
  });
});

import { AssertionError } from 'node:assert';
import { describe, expect, it } from 'vitest';
import { definePlugin, defineRule, describeEntity } from '../../src/index.js';
import personOverload from '../../src/rules/person-overload.js';
import processSingleOwner from '../../src/rules/process-single-owner.js';
import { RuleTester, type RuleTests } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

interface Outcome {
  title: string;
  error?: Error;
}

/** Runs the tests a RuleTester declares at once, each caught, in place of a test framework. */
function outcomes(declare: () => void): Outcome[] {
  const found: Outcome[] = [];
  const groups: string[] = [];
  RuleTester.describe = (title, body) => {
    groups.push(title);
    try {
      body();
    } finally {
      groups.pop();
    }
  };
  RuleTester.it = (title, body) => {
    const path = [...groups, title].join(' › ');
    try {
      body();
      found.push({ title: path });
    } catch (error) {
      found.push({ title: path, error: error as Error });
    }
  };
  try {
    declare();
  } finally {
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
  }
  return found;
}

function failures(rule: Parameters<RuleTester['run']>[0], tests: RuleTests, tester = new RuleTester()) {
  return outcomes(() => tester.run(rule, tests))
    .filter((outcome) => outcome.error)
    .map(({ title, error }) => ({ title, message: error!.message }));
}

const PROCESS_FILE = 'processes/incident.yaml';
const NO_OWNER =
  "Process 'incident' has no process owner: name exactly one person under `roles.process-owner`, accountable for the process's design and improvement.";
const OWNED = lines('kind: Process', 'id: incident', 'roles:', '  process-owner: ada');
const UNOWNED = lines('kind: Process', 'id: incident', 'roles:', '  process-manager: ada');
const TWO_UNOWNED = lines('kind: Process', 'id: incident', '---', 'kind: Process', 'id: incident');
const VALID = [{ filename: PROCESS_FILE, code: OWNED }];
const UNOWNED_FINDING = { message: NO_OWNER, line: 3, column: 1, endLine: 3, endColumn: 6 };

describe('RuleTester', () => {
  it('passes every case when the rule reports exactly the findings listed, and names the tests by rule, group and case', () => {
    const tests: RuleTests = {
      valid: [{ name: 'one owner', filename: PROCESS_FILE, code: OWNED }, lines('kind: System', 'id: pos')],
      invalid: [{ name: 'no owner', filename: PROCESS_FILE, code: UNOWNED, findings: [UNOWNED_FINDING] }],
    };
    expect(outcomes(() => new RuleTester().run(processSingleOwner, tests))).toEqual([
      { title: 'process/single-owner › valid › one owner' },
      { title: 'process/single-owner › valid › kind: System\nid: pos' },
      { title: 'process/single-owner › invalid › no owner' },
    ]);
  });

  it('fails an invalid case whose rule reports fewer findings than listed', () => {
    const [failure] = outcomes(() =>
      new RuleTester().run(processSingleOwner, {
        valid: VALID,
        invalid: [{ filename: PROCESS_FILE, code: UNOWNED, findings: [UNOWNED_FINDING, { ...UNOWNED_FINDING, line: 4 }] }],
      }),
    ).filter((outcome) => outcome.error);
    expect(failure!.error).toBeInstanceOf(AssertionError);
    expect(failure!.error!.message).toBe(`invalid case 1: process/single-owner should report 2 findings, and reported 1 finding:\n  ${PROCESS_FILE}:3:1 ${NO_OWNER}`);
  });

  it('fails an invalid case whose rule reports a finding not listed', () => {
    const [failure] = outcomes(() =>
      new RuleTester().run(processSingleOwner, {
        valid: VALID,
        invalid: [{ filename: PROCESS_FILE, code: TWO_UNOWNED, findings: [{ message: NO_OWNER, line: 1, column: 1 }] }],
      }),
    ).filter((outcome) => outcome.error);
    expect(failure!.error!.message).toBe(
      `invalid case 1: process/single-owner should report 1 finding, and reported 2 findings:\n  ${PROCESS_FILE}:1:1 ${NO_OWNER}\n  ${PROCESS_FILE}:4:1 ${NO_OWNER}`,
    );
  });

  it('fails an invalid case whose finding is at another column, showing both', () => {
    const [failure] = outcomes(() =>
      new RuleTester().run(processSingleOwner, {
        valid: VALID,
        invalid: [{ filename: PROCESS_FILE, code: UNOWNED, findings: [{ ...UNOWNED_FINDING, column: 2 }] }],
      }),
    ).filter((outcome) => outcome.error);
    const error = failure!.error as AssertionError;
    expect(error.message).toBe(`invalid case 1: process/single-owner reported findings other than those listed:\n  ${PROCESS_FILE}:3:1 ${NO_OWNER}`);
    expect(error.actual).toEqual([{ ...UNOWNED_FINDING, file: PROCESS_FILE }]);
    expect(error.expected).toEqual([{ ...UNOWNED_FINDING, column: 2, file: PROCESS_FILE }]);
  });

  it('fails on a wrong end, message or file, and checks the end only where a case gives it', () => {
    const invalid = [
      { filename: PROCESS_FILE, code: UNOWNED, findings: [{ ...UNOWNED_FINDING, endColumn: 7 }] },
      { filename: PROCESS_FILE, code: UNOWNED.replace('ada', 'grace'), findings: [{ ...UNOWNED_FINDING, message: `${NO_OWNER}!` }] },
      { filename: PROCESS_FILE, code: UNOWNED.replace('ada', 'alan'), findings: [{ ...UNOWNED_FINDING, file: 'elsewhere.yaml' }] },
      { filename: PROCESS_FILE, code: UNOWNED.replace('ada', 'zoe'), findings: [{ message: NO_OWNER, line: 3, column: 1 }] },
    ];
    expect(failures(processSingleOwner, { valid: VALID, invalid }).map(({ title }) => title)).toEqual([
      `process/single-owner › invalid › ${UNOWNED.trim()}`,
      `process/single-owner › invalid › ${UNOWNED.replace('ada', 'grace').trim()}`,
      `process/single-owner › invalid › ${UNOWNED.replace('ada', 'alan').trim()}`,
    ]);
  });

  it('fails a valid case the rule reports a finding in', () => {
    expect(failures(processSingleOwner, { valid: [{ filename: PROCESS_FILE, code: UNOWNED }], invalid: [{ filename: PROCESS_FILE, code: UNOWNED.replace('ada', 'bob'), findings: [UNOWNED_FINDING] }] })).toEqual([
      {
        title: `process/single-owner › valid › ${UNOWNED.trim()}`,
        message: `valid case 1: process/single-owner should report no finding, and reported 1 finding:\n  ${PROCESS_FILE}:3:1 ${NO_OWNER}`,
      },
    ]);
  });

  it('fails a valid case that does not parse, since it tests nothing', () => {
    expect(failures(processSingleOwner, { valid: ['kind: Process\nid: [incident\n'], invalid: [{ filename: PROCESS_FILE, code: UNOWNED, findings: [UNOWNED_FINDING] }] })).toEqual([
      { title: 'process/single-owner › valid › kind: Process\nid: [incident', message: expect.stringMatching(/^valid case 1 does not parse, so it tests nothing: register\.yaml:\d+:\d+ /) },
    ]);
  });

  it("validates options against the rule's schema, with the message a config would get, and fills in defaults", () => {
    const files = {
      'people.yaml': lines('kind: Person', 'id: ada'),
      'systems.yaml': lines('kind: System', 'id: pos', 'roles:', '  system-owner: ada', '---', 'kind: System', 'id: till', 'roles:', '  system-owner: ada'),
    };
    const overloaded = {
      message:
        "Person 'ada' is an owner or manager of 2 entities, more than 1: System 'pos' (system-owner), System 'till' (system-owner). One person cannot give that many the attention they need: hand some of them to others.",
      line: 2,
      column: 5,
      file: 'people.yaml',
    };
    expect(
      failures(personOverload, {
        valid: [{ files }, { files, options: { max: 0 } }, { files, options: { ignoreKinds: ['Rsik'] } }, { files, options: { maximum: 2 } }],
        invalid: [
          { files, options: { max: 1 }, findings: [overloaded] },
          { files, options: { max: 'one' }, findings: [overloaded] },
        ],
      }),
    ).toEqual([
      { title: 'person/overload › valid › people.yaml, systems.yaml', message: "valid case 2: rule 'person/overload' option `max` must be >= 1" },
      { title: 'person/overload › valid › people.yaml, systems.yaml', message: "valid case 3: rule 'person/overload' option `ignoreKinds[0]` names an unknown kind 'Rsik' (did you mean 'Risk'?)" },
      { title: 'person/overload › valid › people.yaml, systems.yaml', message: "valid case 4: rule 'person/overload' has an unknown option `maximum`; known options: max, ignoreKinds" },
      { title: 'person/overload › invalid › people.yaml, systems.yaml', message: "invalid case 2: rule 'person/overload' option `max` must be a whole number, not 'one'" },
    ]);
  });

  it('fails options given to a rule that takes none', () => {
    expect(failures(processSingleOwner, { valid: [{ filename: PROCESS_FILE, code: OWNED, options: { strict: true } }], invalid: [{ filename: PROCESS_FILE, code: UNOWNED, findings: [UNOWNED_FINDING] }] })).toEqual([
      { title: `process/single-owner › valid › ${OWNED.trim()}`, message: "valid case 1: rule 'process/single-owner' takes no options; set only its severity" },
    ]);
  });

  describe('fails a case that is not exercised', () => {
    it('a case without files', () => {
      expect(failures(processSingleOwner, { valid: [...VALID, {}, { files: {} }], invalid: [{ findings: [UNOWNED_FINDING] } as never] })).toEqual([
        { title: 'process/single-owner › valid › valid case 2', message: 'valid case 2 has no file: give `code` or `files`' },
        { title: 'process/single-owner › valid › valid case 3', message: 'valid case 3 has no file: give `code` or `files`' },
        { title: 'process/single-owner › invalid › invalid case 1', message: 'invalid case 1 has no file: give `code` or `files`' },
      ]);
    });

    it('an invalid case that lists no findings, or whose findings are written with a key the tester does not know', () => {
      const invalid = [
        { filename: PROCESS_FILE, code: UNOWNED, findings: [] },
        { filename: PROCESS_FILE, code: UNOWNED, errors: [UNOWNED_FINDING] } as never,
        { filename: PROCESS_FILE, code: UNOWNED, findings: [{ ...UNOWNED_FINDING, col: 1 }] } as never,
        { filename: PROCESS_FILE, code: UNOWNED, findings: [{ message: NO_OWNER, line: 3 }] } as never,
        { files: { [PROCESS_FILE]: UNOWNED, 'people.yaml': lines('kind: Person', 'id: ada') }, findings: [UNOWNED_FINDING] },
      ];
      expect(failures(processSingleOwner, { valid: VALID, invalid }).map(({ message }) => message)).toEqual([
        'invalid case 1 lists no `findings`: an invalid case names every finding it expects (a case without any is a valid one)',
        'invalid case 2 has an unknown key `errors`; known keys: name, code, filename, files, options, today, only, findings',
        'invalid case 3, finding 1, has an unknown key `col`; known keys: message, line, column, endLine, endColumn, file',
        'invalid case 4, finding 1, needs `column` as a number from 1',
        'invalid case 5, finding 1, must name its `file`: the case has several files and no `code`',
      ]);
    });

    it('a duplicate case, with the same files, options and day as an earlier one', () => {
      const invalid = [
        { filename: PROCESS_FILE, code: UNOWNED, findings: [UNOWNED_FINDING] },
        { name: 'the same again', files: { [PROCESS_FILE]: UNOWNED }, findings: [UNOWNED_FINDING] },
        { filename: PROCESS_FILE, code: UNOWNED, today: '2027-01-01', findings: [UNOWNED_FINDING] },
        { name: 'on the default day', filename: PROCESS_FILE, code: UNOWNED, today: '2026-11-22', options: {}, findings: [UNOWNED_FINDING] },
      ];
      expect(failures(processSingleOwner, { valid: [...VALID, ...VALID], invalid })).toEqual([
        { title: `process/single-owner › valid › ${OWNED.trim()}`, message: 'valid case 2 has the same files, options and day as valid case 1: remove it or make it test something else' },
        { title: 'process/single-owner › invalid › the same again', message: 'invalid case 2 has the same files, options and day as invalid case 1: remove it or make it test something else' },
        { title: 'process/single-owner › invalid › on the default day', message: 'invalid case 4 has the same files, options and day as invalid case 1: remove it or make it test something else' },
      ]);
    });

    it('an empty list of valid or invalid cases', () => {
      expect(failures(processSingleOwner, { valid: [], invalid: [] })).toEqual([
        {
          title: 'process/single-owner › valid › has valid cases',
          message: 'process/single-owner has no valid case: a rule is tested with at least one register it reports nothing in and one it reports findings in',
        },
        {
          title: 'process/single-owner › invalid › has invalid cases',
          message: 'process/single-owner has no invalid case: a rule is tested with at least one register it reports nothing in and one it reports findings in',
        },
      ]);
    });
  });

  it('fails a case whose rule throws, with the reason', () => {
    const broken = defineRule({
      meta: { id: 'broken', description: 'Throws.', severity: 'error' },
      check() {
        throw new Error('no such field');
      },
    });
    expect(failures(broken, { valid: VALID, invalid: [{ filename: PROCESS_FILE, code: UNOWNED, findings: [UNOWNED_FINDING] }] }).map(({ message }) => message)).toEqual([
      'valid case 1: rule broken failed: no such field',
      'invalid case 1: rule broken failed: no such field',
    ]);
  });

  it("runs a plugin's rule under its namespaced id, with the plugin's kinds, the day given, and suppressions applied", () => {
    const hasContract = defineRule({
      meta: { id: 'has-contract', description: 'A Vendor must have a contract.', severity: 'warning' },
      check({ model, report, today }) {
        for (const vendor of model.ofKind('Vendor')) {
          if (vendor.data.contract === undefined) report({ entity: vendor, path: ['id'], message: `${describeEntity(vendor)} has no contract on ${today}.` });
        }
      },
    });
    const plugin = definePlugin({
      name: 'vendors',
      kinds: { Vendor: { description: 'A supplier.', properties: { contract: { description: 'The contract.', type: 'string' } } } },
      rules: [hasContract],
    });
    const tester = new RuleTester({ plugins: [plugin], today: '2027-03-01' });
    const outcome = outcomes(() =>
      tester.run(hasContract, {
        valid: [lines('kind: Vendor', 'id: acme', 'contract: msa'), lines('# govlint-disable vendors/has-contract -- signed on paper', 'kind: Vendor', 'id: acme')],
        invalid: [
          { code: lines('kind: Vendor', 'id: acme'), findings: [{ message: "Vendor 'acme' has no contract on 2027-03-01.", line: 2, column: 5, endLine: 2, endColumn: 9 }] },
          { code: lines('kind: Vendor', 'id: acme'), today: '2027-04-01', findings: [{ message: "Vendor 'acme' has no contract on 2027-04-01.", line: 2, column: 5 }] },
        ],
      }),
    );
    expect(outcome.map(({ title, error }) => [title.split(' › ')[0], error?.message])).toEqual([
      ['vendors/has-contract', undefined],
      ['vendors/has-contract', undefined],
      ['vendors/has-contract', undefined],
      ['vendors/has-contract', undefined],
    ]);
  });

  it('without a test framework, runs each case at once and throws its failure', () => {
    expect(() => new RuleTester().run(processSingleOwner, { valid: [{ filename: PROCESS_FILE, code: UNOWNED }], invalid: [] })).toThrow(
      `valid case 1: process/single-owner should report no finding, and reported 1 finding:\n  ${PROCESS_FILE}:3:1 ${NO_OWNER}`,
    );
  });

  it('declares a case marked `only` through RuleTester.itOnly, which is the framework\'s it.only unless set', () => {
    const declared: string[] = [];
    const it = Object.assign((title: string) => declared.push(`it ${title}`), { only: (title: string) => declared.push(`it.only ${title}`) });
    RuleTester.describe = (_title, body) => body();
    RuleTester.it = it;
    try {
      new RuleTester().run(processSingleOwner, { valid: [{ name: 'owned', filename: PROCESS_FILE, code: OWNED, only: true }], invalid: [{ name: 'unowned', filename: PROCESS_FILE, code: UNOWNED, findings: [UNOWNED_FINDING] }] });
      RuleTester.it = (title: string) => declared.push(`plain it ${title}`);
      expect(() => new RuleTester().run(processSingleOwner, { valid: [{ filename: PROCESS_FILE, code: OWNED, only: true }], invalid: [] })).toThrow(
        'RuleTester: set RuleTester.itOnly to run cases marked `only` with this test framework',
      );
    } finally {
      RuleTester.describe = undefined;
      RuleTester.it = undefined;
    }
    expect(declared).toEqual(['it.only owned', 'it unowned']);
  });

  it('refuses a day that is not a date', () => {
    expect(() => new RuleTester({ today: '2027-02-30' })).toThrow("RuleTester: today must be a date written YYYY-MM-DD, not '2027-02-30'");
  });
});

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/docs-required.js';
import schemaValid from '../../src/rules/schema-valid.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'docs/required';
const SYSTEM = 'systems/pos.yaml';

function check(files: Record<string, string>, options?: { types: string[] }) {
  return findingsOf(lintFiles(files, { rules: [rule], options: options ? { [RULE]: options } : {} }), RULE).map(brief);
}

function system(...rows: string[]) {
  return { [SYSTEM]: lines('kind: System', 'id: pos', ...rows) };
}

/** A Markdown Document with these front matter lines after `kind` and `id`. */
function document(id: string, ...rows: string[]) {
  return { [`docs/${id}.md`]: lines('---', 'kind: Document', `id: ${id}`, ...rows, '---', `# ${id}`) };
}

/** The finding for a missing type; `about` names the Documents of no required type about the system, as the message lists them. */
function finding([line, column, endLine, endColumn]: [number, number, number, number], type: string, file = SYSTEM, id = 'pos', about?: string, keeper = '') {
  const add = `add a Document with \`type: ${type}\` that \`describes: [${id}]\`, or list one under \`documents\`${keeper}`;
  return {
    ruleId: RULE,
    file,
    line,
    column,
    endLine,
    endColumn,
    message:
      about === undefined
        ? `System '${id}' is active but has no ${type} document: ${add}.`
        : `System '${id}' is active but has no ${type} document, and ${about} about it: if ${about.startsWith('Documents') ? 'one of them' : 'that'} is its ${type}, set \`type: ${type}\` there, else ${add}.`,
  };
}

describe('docs/required', () => {
  describe('valid', () => {
    it('accepts an active system whose documents describe it', () => {
      const files = {
        ...system('lifecycle: active'),
        ...document('pos-architecture', 'type: architecture', 'describes: [pos]'),
        ...document('pos-sla', 'type: sla', 'describes: [pos, ecommerce]'),
      };
      expect(check(files)).toEqual([]);
    });

    it('accepts documents listed under `documents`', () => {
      const files = {
        ...system('lifecycle: active', 'documents: [pos-architecture, pos-sla]'),
        ...document('pos-architecture', 'type: architecture'),
        ...document('pos-sla', 'type: sla'),
      };
      expect(check(files)).toEqual([]);
    });

    it('accepts one document listed and one describing the system', () => {
      const files = {
        ...system('lifecycle: active', 'documents: [pos-architecture]'),
        ...document('pos-architecture', 'type: architecture'),
        ...document('pos-sla', 'type: sla', 'describes: [pos]'),
      };
      expect(check(files)).toEqual([]);
    });

    it('checks active systems only', () => {
      for (const lifecycle of ['planned', 'deprecated', 'retired']) expect(check(system(`lifecycle: ${lifecycle}`))).toEqual([]);
      expect(check(system('name: POS'))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports each missing type at `documents`', () => {
      const files = {
        ...system('lifecycle: active', 'documents:', '  - pos-runbook'),
        ...document('pos-runbook', 'type: runbook'),
      };
      const runbook = "Document 'pos-runbook' (`type: runbook`) is";
      expect(check(files)).toEqual([finding([4, 1, 4, 10], 'architecture', SYSTEM, 'pos', runbook), finding([4, 1, 4, 10], 'sla', SYSTEM, 'pos', runbook)]);
    });

    it('reports at the first key of a system without `documents`', () => {
      expect(check(system('lifecycle: active'))).toEqual([finding([1, 1, 1, 5], 'architecture'), finding([1, 1, 1, 5], 'sla')]);
    });

    it('does not count a document without `type`, or one describing another system', () => {
      const files = {
        ...system('lifecycle: active'),
        ...document('pos-architecture', 'describes: [pos]'),
        ...document('web-sla', 'type: sla', 'describes: [web]'),
      };
      const untyped = "Document 'pos-architecture' (no `type`) is";
      expect(check(files)).toEqual([finding([1, 1, 1, 5], 'architecture', SYSTEM, 'pos', untyped), finding([1, 1, 1, 5], 'sla', SYSTEM, 'pos', untyped)]);
    });

    it('names every document of another type about the system, and its system owner', () => {
      const files = {
        ...system('lifecycle: active', 'documents: [pos-levels]', 'roles:', '  system-owner: elena'),
        'people.yaml': lines('kind: Person', 'id: elena'),
        ...document('pos-levels', 'type: service-levels'),
        ...document('pos-architecture', 'type: architecture', 'describes: [pos]'),
        ...document('pos-notes', 'describes: [pos]'),
      };
      const about = "Documents 'pos-levels' (`type: service-levels`) and 'pos-notes' (no `type`) are";
      expect(check(files)).toEqual([finding([4, 1, 4, 10], 'sla', SYSTEM, 'pos', about, "; its system owner 'elena' maintains its documentation")]);
    });

    it('does not count an id in `documents` that is not a Document', () => {
      const files = {
        ...system('lifecycle: active', 'documents: [omnichannel]'),
        'programs/omnichannel.yaml': lines('kind: Program', 'id: omnichannel'),
        ...document('pos-sla', 'type: sla', 'describes: [pos]'),
      };
      expect(check(files)).toEqual([finding([4, 1, 4, 10], 'architecture')]);
    });

    it('reports every active system of a multi-document file at its own place', () => {
      const files = {
        'systems/all.yaml': lines('kind: System', 'id: pos', 'lifecycle: active', '---', 'kind: System', 'id: web', 'lifecycle: active', 'documents: [web-sla]'),
        ...document('web-sla', 'type: sla'),
        ...document('pos-architecture', 'type: architecture', 'describes: [pos]'),
      };
      expect(check(files)).toEqual([finding([1, 1, 1, 5], 'sla', 'systems/all.yaml'), finding([8, 1, 8, 10], 'architecture', 'systems/all.yaml', 'web')]);
    });
  });

  describe('options', () => {
    it('asks for the configured types instead of the defaults', () => {
      const files = {
        ...system('lifecycle: active', 'documents: [pos-architecture]'),
        ...document('pos-architecture', 'type: architecture'),
      };
      expect(check(files, { types: ['architecture'] })).toEqual([]);
      // Findings at one place are ordered by message.
      expect(check(files, { types: ['architecture', 'runbook', 'contract'] })).toEqual([
        finding([4, 1, 4, 10], 'contract'),
        finding([4, 1, 4, 10], 'runbook'),
      ]);
    });

    it('asks for nothing with an empty list', () => {
      expect(check(system('lifecycle: active'), { types: [] })).toEqual([]);
    });
  });

  describe('the Document `type` field it relies on', () => {
    it('is a lowercase word, checked by schema/valid', () => {
      const lint = (type: string) =>
        findingsOf(lintFiles(document('pos-sla', `type: ${type}`), { rules: [schemaValid] }), 'schema/valid').map(brief);
      expect(lint('service-level-2')).toEqual([]);
      expect(lint('SLA')).toEqual([
        {
          ruleId: 'schema/valid',
          file: 'docs/pos-sla.md',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 10,
          message:
            "Document 'pos-sla': `type` must be a lowercase word such as architecture, sla, runbook, policy or contract (letters, digits and '-'), not 'SLA'.",
        },
      ]);
    });
  });
});

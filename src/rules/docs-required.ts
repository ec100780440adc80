// Documentation is standardized: every system in operation needs its architecture and its service level agreement on record.
import { defineRule } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import type { Entity } from '../model/entity.js';
import { describeEntity } from '../model/entity.js';
import type { Model } from '../model/model.js';
import { entitiesOfKind } from '../model/lookup.js';
import { roleHolders } from '../model/roles.js';
import { docsUrl } from './helpers/docs-url.js';

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    types: {
      description: 'The Document types every active System needs, each a lowercase word (letters, digits and `-`). An empty list asks for nothing.',
      type: 'array',
      items: {
        title: "a lowercase word such as architecture, sla, runbook, policy or contract (letters, digits and '-')",
        description: 'A Document type.',
        type: 'string',
        pattern: '^[a-z][a-z0-9-]*$',
      },
      uniqueItems: true,
      default: ['architecture', 'sla'],
    },
  },
  additionalProperties: false,
} as const;

/** The options the rule gets, with the defaults filled in: read from the schema, so the two cannot disagree. */
type Options = OptionsOf<typeof OPTIONS>;

export default defineRule<Options>({
  meta: {
    id: 'docs/required',
    description: 'An active System must have a Document of each required type (default: architecture and sla).',
    severity: 'warning',
    docs: docsUrl('docs/required'),
    options: OPTIONS,
  },
  check({ model, options, report }) {
    const describing = documentsDescribing(model);
    const required = new Set<unknown>(options.types);
    for (const system of model.ofKind('System')) {
      if (system.data.lifecycle !== 'active') continue;
      const documents = [...new Set([...listedDocuments(model, system), ...(system.id === undefined ? [] : (describing.get(system.id) ?? []))])];
      const types = new Set(documents.map((document) => document.data.type));
      // Documents of no required type may be the missing one, typed otherwise: named so that nobody writes it twice.
      const untyped = documents.filter((document) => !required.has(document.data.type));
      for (const type of options.types) {
        if (types.has(type)) continue;
        report({ entity: system, path: ['documents'], target: 'key', message: messages.missing(system, type, untyped) });
      }
    }
  },
});

export const messages = {
  missing: (system: Entity, type: string, others: readonly Entity[]) => {
    const describesIt = system.id === undefined ? 'describes it' : `\`describes: [${system.id}]\``;
    const add = `add a Document with \`type: ${type}\` that ${describesIt}, or list one under \`documents\``;
    const owners = roleHolders(system, 'system-owner');
    const keeper = owners.length === 0 ? '' : `; its system owner ${owners.map((owner) => `'${owner}'`).join(' and ')} maintains its documentation`;
    if (others.length === 0) return `${describeEntity(system)} is active but has no ${type} document: ${add}${keeper}.`;
    const named = others.map((document) => `'${document.id ?? document.document.file.path}' (${typeof document.data.type === 'string' ? `\`type: ${document.data.type}\`` : 'no `type`'})`);
    const which = others.length === 1 ? `Document ${named[0]} is` : `Documents ${named.join(' and ')} are`;
    return `${describeEntity(system)} is active but has no ${type} document, and ${which} about it: if ${others.length === 1 ? 'that' : 'one of them'} is its ${type}, set \`type: ${type}\` there, else ${add}${keeper}.`;
  },
};

/** The Documents a System lists under `documents`; ids that do not resolve are refs/resolve's business. */
function listedDocuments(model: Model, system: Entity): Entity[] {
  const ids = Array.isArray(system.data.documents) ? system.data.documents : [];
  return ids.flatMap((id) => (typeof id === 'string' ? entitiesOfKind(model, id, 'Document') : []));
}

/** Documents by the ids they name in `describes`. */
function documentsDescribing(model: Model): Map<string, Entity[]> {
  const byId = new Map<string, Entity[]>();
  for (const document of model.ofKind('Document')) {
    const ids = Array.isArray(document.data.describes) ? document.data.describes : [];
    for (const id of new Set(ids)) {
      if (typeof id !== 'string') continue;
      byId.set(id, [...(byId.get(id) ?? []), document]);
    }
  }
  return byId;
}

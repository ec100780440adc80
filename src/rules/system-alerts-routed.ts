// Automated compliance checks only help when their alerts reach both perspectives: the system owner and the program manager.
import { defineRule } from '../api/types.js';
import type { OptionsOf } from '../api/options-of.js';
import type { Entity } from '../model/entity.js';
import { describeEntity } from '../model/entity.js';
import type { Model } from '../model/model.js';
import { programsOfSystem } from '../model/programs.js';
import { docsUrl } from './helpers/docs-url.js';
import { personHolders } from './helpers/linked.js';

const STREAMS = ['compliance', 'operational'] as const;
type Stream = (typeof STREAMS)[number];

/** The options schema: the config is checked against it, and ajv fills in its defaults. */
const OPTIONS = {
  type: 'object',
  properties: {
    require: {
      description:
        'Also report a System in operation (`lifecycle: active` or `deprecated`) that does not say where its alerts go: no `alerts.operational`, or no `alerts.compliance` while it lists `compliance` obligations. Off by default, so that a repo adopts `alerts` system by system.',
      type: 'boolean',
      default: false,
    },
  },
  additionalProperties: false,
} as const;

type Options = OptionsOf<typeof OPTIONS>;

/** A perspective an alert stream must reach: the role, who holds it, and how the message names it. */
interface Side {
  role: string;
  /** `its system owner`, `the program manager of Program 'clinical'`. */
  name: string;
  holders: string[];
}

/** Why the sides must receive the alerts: both, or the system owner alone for a system of no program. */
function why(sides: readonly Side[]): string {
  return sides.some((side) => side.role === 'program-manager')
    ? 'both the system owner and the program manager must receive them, one to fix the system, the other to re-plan and inform stakeholders'
    : 'the system owner must receive them, to fix the system';
}

export const messages = {
  unrouted: (system: Entity, stream: Stream, recipients: readonly string[], missing: readonly Side[], sides: readonly Side[]) =>
    `${describeEntity(system)} routes its ${stream} alerts ${recipients.length === 0 ? 'to nobody' : `to ${quoted(recipients)}, but not to ${missing.map(describeSide).join(' or to ')}`}: ${why(sides)}, so add ${additions(missing).join(' and ')} to \`alerts.${stream}\`.`,
  undeclared: (system: Entity, stream: Stream, sides: readonly Side[]) =>
    `${describeEntity(system)} is ${String(system.data.lifecycle)}${stream === 'compliance' ? ' with compliance obligations' : ''} but does not say where its ${stream} alerts go: ${why(sides)}, so add \`alerts.${stream}\` naming ${additions(sides).join(' and ')}.`,
};

export default defineRule<Options>({
  meta: {
    id: 'system/alerts-routed',
    description: "A System's compliance and operational alerts (`alerts`) must reach its system owner and the program manager of its program.",
    severity: 'warning',
    docs: docsUrl('system/alerts-routed'),
    options: OPTIONS,
  },
  check({ model, options, report }) {
    for (const system of model.ofKind('System')) {
      const alerts = isMapping(system.data.alerts) ? system.data.alerts : undefined;
      if (!alerts && !options.require) continue;
      const sides = sidesOf(model, system);
      for (const stream of STREAMS) {
        const recipients = alerts?.[stream];
        if (Array.isArray(recipients)) {
          const names = recipients.filter((recipient): recipient is string => typeof recipient === 'string');
          const missing = sides.filter((side) => !names.includes(side.role) && !side.holders.some((person) => names.includes(person)));
          if (missing.length > 0) report({ entity: system, path: ['alerts', stream], message: messages.unrouted(system, stream, names, missing, sides) });
        } else if (recipients === undefined && options.require && mustRoute(system, stream)) {
          report({ entity: system, path: ['alerts'], target: 'key', message: messages.undeclared(system, stream, sides) });
        }
      }
    }
  },
});

/** Whether the `require` option asks a System for this stream: in operation, and for compliance alerts, with obligations. */
function mustRoute(system: Entity, stream: Stream): boolean {
  if (system.data.lifecycle !== 'active' && system.data.lifecycle !== 'deprecated') return false;
  return stream === 'operational' || (Array.isArray(system.data.compliance) && system.data.compliance.length > 0);
}

/** The system owner, and the program manager of each Program the System belongs to (none for a system of no program). */
function sidesOf(model: Model, system: Entity): Side[] {
  return [
    { role: 'system-owner', name: 'its system owner', holders: personHolders(model, system, 'system-owner') },
    ...programsOfSystem(model, system).map(({ program }) => ({
      role: 'program-manager',
      name: `the program manager of ${describeEntity(program)}`,
      holders: personHolders(model, program, 'program-manager'),
    })),
  ];
}

function describeSide(side: Side): string {
  return side.holders.length === 0 ? side.name : `${side.name} (${quoted(side.holders)})`;
}

/** What to add for the missing sides, by role: the role, which follows its holder when that changes, or the holders by name. */
function additions(missing: readonly Side[]): string[] {
  const roles = [...new Set(missing.map((side) => side.role))];
  return roles.map((role) => {
    const holders = [...new Set(missing.filter((side) => side.role === role).flatMap((side) => side.holders))];
    return holders.length === 0 ? `\`${role}\`` : `\`${role}\` (or ${quoted(holders)})`;
  });
}

function quoted(ids: readonly string[]): string {
  return ids.map((id) => `'${id}'`).join(', ');
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

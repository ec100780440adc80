import { optionsInForce } from '../config/options-in-force.js';
import { departureFindings } from '../reports/leaving.js';
import { leavingJson, leavingText, whoJson, whoText } from '../reports/format-who.js';
import { whoHolds, type WhoSettings } from '../reports/who.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { refuseReadFiles } from './output-specs.js';
import { personArgument } from './person-argument.js';
import { runLint, type LintOptions } from './run-lint.js';
import { writeOutput } from './write-output.js';

export interface WhoOptions extends LintOptions {
  format: 'text' | 'json';
  output?: string;
  /** Check the register as if the person had left, and print the findings that would create. */
  leaving?: boolean;
}

/**
 * `govlint who <person>`: what a person holds (roles, RACI letters, teams, overdue reviews of what they own, their
 * load against person/overload); with --leaving, the findings their departure would create, the offboarding
 * checklist. Both read the whole register; `paths` narrows what is reported to the files named.
 */
export async function who(person: string, paths: string[], options: WhoOptions): Promise<number> {
  const run = await runLint(paths, options);
  const id = personArgument(run.result.model, person, 'who');
  if (options.output) refuseReadFiles([{ report: 'who report', file: options.output }], run.read);
  const inReported = <T extends { file: string }>(items: readonly T[]) => items.filter((item) => run.reported.has(item.file));
  let text: string;
  const report = whoHolds(run.result.model, id, run.result.findings, whoSettings(run.config));
  if (options.leaving) {
    const leaving = { person: report.person, findings: inReported(departureFindings(run.result, id, run.setup)) };
    text = options.format === 'json' ? leavingJson(leaving) : leavingText(leaving);
  } else {
    const shown = { ...report, roles: inReported(report.roles), raci: inReported(report.raci), teams: inReported(report.teams), overdue: inReported(report.overdue) };
    text = options.format === 'json' ? whoJson(shown) : whoText(shown);
  }
  await writeOutput(text, options.output);
  return 0;
}

/** The options in force of the rules whose counting `who` shares: person/overload, person/left-holds-roles. */
function whoSettings(config: ResolvedConfig): WhoSettings {
  const overload = optionsInForce(config, 'person/overload')!;
  const leaving = optionsInForce(config, 'person/left-holds-roles')!;
  return {
    overload: { ...(overload.on ? { max: overload.options.max as number } : {}), ignoreKinds: overload.options.ignoreKinds as string[] },
    historyFields: leaving.options.ignoreFields as string[],
  };
}

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { FORMAT_NAMES } from '../formatters/index.js';
import { UsageError } from '../util/usage-error.js';
import { collectFormat } from './output-specs.js';
import type { CalendarOptions } from './calendar-command.js';
import type { CheckOptions } from './check-command.js';
import type { DigestCommandOptions } from './digest-command.js';
import type { ExceptionsOptions } from './exceptions-command.js';
import type { ReportOptions } from './report-command.js';
import type { WhoOptions } from './who-command.js';
import { EXIT_CANNOT_CHECK } from './exit-code.js';
import { VERSION } from './version.js';
import { writeOutput } from './write-output.js';
import { writeStderr } from './write-stderr.js';

/** Runs the govlint command line and returns the exit code; never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('govlint')
    .description('Lint governance as code: people, roles, systems, programs, processes, products, risks and documents.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run govlint --help for usage)');

  let exitCode = 0;
  program
    .command('check')
    .description('check a governance repo (default: the current folder)')
    .argument('[paths...]', 'folders or files to report on; the whole repo is loaded so that references resolve')
    .option('-c, --config <file>', 'use this config file instead of searching for one; its folder is the root unless --root says otherwise')
    .option('-f, --format <format[:file]>', `output format (${FORMAT_NAMES.join(', ')}), to a file after a colon; repeat for several`, collectFormat)
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--root <dir>', "the governance repo's root (default: the config's folder, else the Git top level, else the current folder)")
    .option('--changed-since <ref>', 'report on files changed since this Git ref (commits since the merge base, staged, unstaged and untracked files), and on findings the change introduced in other files')
    .option('--baseline <file>', 'report only findings not recorded in this baseline (see govlint baseline)')
    .option('--sarif-category <id>', 'SARIF automationDetails.id, to keep several code-scanning runs apart')
    .option('--no-code', 'refuse JavaScript configs and plugins, to check untrusted changes such as pull requests from forks')
    .option('--cache', 'keep parsed files between runs, and parse again only those whose text changed')
    .option('--cache-location <path>', 'the file to keep them in, or a folder for govlint-parsed, implying --cache (default: .govlint-cache/parsed in the root, a folder that Git ignores)')
    .option('--today <date>', 'the date rules treat as today, YYYY-MM-DD (default: the current date)')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', parseCount)
    .option('-q, --quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('--owner <person>', "report only the findings this person (a Person's id) is accountable for")
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], options: CheckOptions) => {
      // Loaded on demand so that --version and --help start fast.
      const { check } = await import('./check-command.js');
      exitCode = await check(paths, options);
    });

  program
    .command('baseline')
    .description('record the current findings, so that check --baseline reports only new ones')
    .argument('[paths...]', 'folders or files to record findings for')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .option('-o, --output <file>', 'where to write the baseline (default: .govlint-baseline.json in the root)')
    .option('--root <dir>', "the governance repo's root")
    .option('--today <date>', 'the date rules treat as today, YYYY-MM-DD')
    .option('--no-code', 'refuse JavaScript configs and plugins')
    .action(async (paths: string[], options: { config?: string; output?: string; root?: string; today?: string; code: boolean }) => {
      const { baseline } = await import('./baseline-command.js');
      exitCode = await baseline(paths, options);
    });

  program
    .command('exceptions')
    .description('list the exceptions (govlint-disable comments): in force, with reason, approver and expiry; expired, unused and not valid')
    .argument('[paths...]', 'folders or files to list the exceptions of (default: the whole repo)')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('-o, --output <file>', 'write the list to a file instead of stdout')
    .option('--days <n>', 'mark exceptions that expire within this many days', parseCount, 30)
    .option('--root <dir>', "the governance repo's root")
    .option('--today <date>', 'the date rules treat as today, YYYY-MM-DD')
    .option('--no-code', 'refuse JavaScript configs and plugins')
    .action(async (paths: string[], options: ExceptionsOptions) => {
      const { exceptions } = await import('./exceptions-command.js');
      exitCode = await exceptions(paths, options);
    });

  program
    .command('digest')
    .description('a Markdown page per person: the findings they are to fix, by entity, and what falls due for them')
    .argument('[paths...]', 'folders or files to report on (default: the whole repo)')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .option('--out <dir>', 'write one page per person, <person id>.md, into this folder instead of one document to stdout')
    .option('--days <n>', 'list what falls due within this many days', parseCount, 30)
    .option('--root <dir>', "the governance repo's root")
    .option('--today <date>', 'the date rules treat as today, YYYY-MM-DD')
    .option('--no-code', 'refuse JavaScript configs and plugins')
    .action(async (paths: string[], options: DigestCommandOptions) => {
      const { digest } = await import('./digest-command.js');
      exitCode = await digest(paths, options);
    });

  program
    .command('who')
    .description("what a person holds: roles, RACI letters, teams, overdue reviews and load; with --leaving, what their departure would break")
    .argument('<person>', "the Person's id")
    .argument('[paths...]', 'folders or files to report on (default: the whole repo)')
    .option('--leaving', 'check the register as if the person had left, and list only the findings that would create: the offboarding checklist')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--root <dir>', "the governance repo's root")
    .option('--today <date>', 'the date rules treat as today, YYYY-MM-DD')
    .option('--no-code', 'refuse JavaScript configs and plugins')
    .action(async (person: string, paths: string[], options: WhoOptions) => {
      const { who } = await import('./who-command.js');
      exitCode = await who(person, paths, options);
    });

  program
    .command('calendar')
    .description('list what falls due (reviews, expiring exceptions and risk acceptances) in a window, overdue first, with owners')
    .argument('[paths...]', 'folders or files to list the due dates of (default: the whole repo)')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown', 'ics']).default('text'))
    .option('-o, --output <file>', 'write the calendar to a file instead of stdout')
    .option('--from <date>', 'the first day of the window, YYYY-MM-DD (default: today, or --today)')
    .option('--days <n>', 'how many days the window runs', parseCount, 90)
    .option('--root <dir>', "the governance repo's root")
    .option('--today <date>', 'the date rules treat as today, YYYY-MM-DD')
    .option('--no-code', 'refuse JavaScript configs and plugins')
    .action(async (paths: string[], options: CalendarOptions) => {
      const { calendar } = await import('./calendar-command.js');
      exitCode = await calendar(paths, options);
    });

  program
    .command('report')
    .description('write one self-contained HTML page for a steering committee: headline, program scorecards, risks, calendar, documents, people, exceptions')
    .argument('[paths...]', 'folders or files to report on (default: the whole repo)')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['html', 'json']).default('html'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--link-base <url>', "link files to this URL (a hosted repository's file view) instead of relative paths")
    .option('--history <months>', 'add the headline figures at the end of each of the last n months, from the Git history', parseCount)
    .option('--root <dir>', "the governance repo's root")
    .option('--today <date>', 'the date rules treat as today, YYYY-MM-DD')
    .option('--no-code', 'refuse JavaScript configs and plugins')
    .action(async (paths: string[], options: ReportOptions) => {
      const { report } = await import('./report-command.js');
      exitCode = await report(paths, options);
    });

  program
    .command('rules')
    .description('list every rule under the current config, with the severity it runs at')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options: { config?: string; format: 'text' | 'json' }) => {
      const [{ configFor }, { formatRuleList, listRules }] = await Promise.all([import('./config-for.js'), import('./rules-command.js')]);
      await writeOutput(formatRuleList(listRules(await configFor('.', options.config)), options.format));
    });

  program
    .command('explain')
    .description("show a rule's documentation: why it exists, what it finds, examples and options")
    .argument('<rule>', 'the rule id, such as process/single-owner')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .action(async (ruleId: string, options: { config?: string }) => {
      const [{ configFor }, { explainRule }] = await Promise.all([import('./config-for.js'), import('./explain-command.js')]);
      await writeOutput(await explainRule(await configFor('.', options.config), ruleId));
    });

  program
    .command('init')
    .description('start a governance repo: a config, an example of every kind, JSON Schemas and editor settings')
    .argument('[dir]', 'the folder to start it in, created if needed', '.')
    .option('--backstage', 'for a repo that keeps a Backstage catalog: a config that reads it, and no examples')
    .action(async (dir: string, options: { backstage?: boolean }) => {
      const { init } = await import('./init-command.js');
      await writeOutput(await init(dir, { backstage: options.backstage === true }));
    });

  program
    .command('schema')
    .description('write the JSON Schemas of every kind under the current config, for editors')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .option('-o, --out <dir>', 'the folder to write them to', '.govlint/schemas')
    .action(async (options: { config?: string; out: string }) => {
      const [{ configFor }, { writeSchemaFolder }] = await Promise.all([import('./config-for.js'), import('./schema-command.js')]);
      await writeOutput(await writeSchemaFolder(await configFor('.', options.config), options.out));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_CANNOT_CHECK;
    if (error instanceof UsageError) {
      writeStderr(error.message);
      return EXIT_CANNOT_CHECK;
    }
    writeStderr(`unexpected failure: ${(error as Error)?.message ?? String(error)}`);
    // The frames only: the message, which may quote the checked files, is printed escaped above.
    const stack = (error as Error)?.stack ?? '';
    if (process.env.DEBUG?.includes('govlint')) process.stderr.write(`${stack.slice(stack.indexOf('\n    at ') + 1)}\n`);
    else writeStderr('set DEBUG=govlint to see the stack trace, and please report it.');
    return EXIT_CANNOT_CHECK;
  }
}

/**
 * For the process: a promise that a plugin started and did not return (a rule that starts one and returns) fails
 * after the rule is done, where no rule failure can catch it. It is said in one line, instead of Node's stack trace
 * and exit code 1, and the run counts as incomplete: exit code 2.
 */
export function reportStrayRejection(reason: unknown): void {
  const message = reason instanceof Error ? reason.message : String(reason);
  writeStderr(`a promise that a plugin left behind failed, so the check may be incomplete: ${message}`);
  process.exitCode = EXIT_CANNOT_CHECK;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number of 0 or more');
  return Number(value);
}
